/** The placeholder of parts not built yet in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  coming: {
    title: '{{feature}}: ende e padisponueshme',
    body: 'Kjo pjesë e Vezës është në ndërtim. Këtu nuk regjistrohet ende asgjë dhe asgjë që bëni gjetkë nuk humbet për shkak të saj.',
    screening:
      'Identifikimi paraprak i personave në flukset e përziera migratore për tregues të trafikimit dhe cenueshmëri, pa internet dhe në gjuhën e tyre, me referim për mbrojtje.',
    protection:
      'Menaxhimi i rasteve në Mekanizmin Kombëtar të Referimit: identifikimi, periudha e rimëkëmbjes dhe reflektimit, ndihma, kthimi ose integrimi, me pëlqim.',
    cases:
      'Dosjet hetimore të kontrabandës dhe trafikimit: persona, telefona, automjete, dokumente dhe rrugë.',
    hits: 'Kontrolli përputhje/mospërputhje ndërmjet juridiksioneve mbi të dhëna të koduara që ruajnë privatësinë.',
    requests:
      'Kërkesa operacionale të sigurta ndërmjet agjencive, me kode trajtimi, afate dhe konfirmime marrjeje.',
    analysis: 'Grafikë rrjetesh, tendenca dhe harta, me fshehjen e numrave të vegjël.',
    knowledge: 'Praktika të mira, mësime të nxjerra, takime rajonale dhe pikat e tyre të veprimit.',
  },
};
