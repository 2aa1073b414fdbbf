/**
 * The placeholder of parts not built yet: the English texts, the reference every other language
 * matches key for key.
 */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  coming: {
    title: '{{feature}}: not available yet',
    body: 'This part of Veza is being built. Nothing is recorded here yet, and nothing you do elsewhere is lost by its absence.',
    screening:
      'Screening of people in mixed migration flows for trafficking indicators and vulnerabilities, offline and in their language, with referral to protection.',
    protection:
      'National Referral Mechanism case management: identification, reflection period, assistance, return or integration, with consent.',
    cases:
      'Investigation records of smuggling and trafficking cases: persons, phones, vehicles, documents and routes.',
    hits: 'Hit/no-hit matching across jurisdictions on privacy-preserving encodings.',
    requests:
      'Secure operational requests between agencies, with handling codes, deadlines and acknowledgements.',
    analysis: 'Network graphs, trends and maps, with small counts suppressed.',
    knowledge: 'Best practices, lessons learned, regional meetings and their action points.',
  },
};

export type Texts = Leaves<typeof en>;
