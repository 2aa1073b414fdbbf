/** Importing persons in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  imports: {
    warnings_one: '{{count}} rresht u importua me diçka të ruajtur siç është shkruar',
    warnings_few: '{{count}} rreshta u importuan me diçka të ruajtur siç është shkruar',
    warnings_other: '{{count}} rreshta u importuan me diçka të ruajtur siç është shkruar',
    noSourceKey: 'Asnjë: çdo rresht njihet nga përmbajtja',
    attachCase: 'Vendosi personat në një rast (opsionale)',
    noCase: 'Në asnjë rast',
    attachRole: 'Roli i tyre në rast',
    inNoCase:
      'Personat nuk do t’i përkasin asnjë rasti: mund të gjenden me kërkim dhe të shtohen në raste më vonë.',
    checkedReport:
      'Vetëm kontroll: nga {{rows}} rreshta, {{valid}} mund të importohen ({{already}} prej tyre janë importuar tashmë), {{rejected}} do të refuzoheshin.',
    attached_one: '{{count}} person u vendos në rastin',
    attached_few: '{{count}} persona u vendosën në rastin',
    attached_other: '{{count}} persona u vendosën në rastin',
    title: 'Importi i personave',
    intro:
      'Nga një tabelë që mban njësia juaj (CSV ose XLSX). Çdo rresht kontrollohet para se të ruhet diçka.',
    file: 'Skedari',
    open: 'Importo persona nga një tabelë',
    preview: 'Rreshtat e parë të {{name}} ({{count}} rreshta gjithsej)',
    mapping: 'Cila kolonë mban çfarë',
    sourceKey: 'Identifikuesi i rreshtit (e bën të sigurt importin e përsëritur)',
    notMapped: '— nuk është në skedar —',
    alias: 'Nofka',
    documentNumber: 'Numri i dokumentit',
    documentCountry: 'Dokumenti lëshuar nga (kodi i shtetit)',
    notes: 'Shënime',
    dateFormat: 'Datat janë shkruar',
    iso: 'Së pari viti (2007-01-31)',
    dayFirst: 'Së pari dita (31.01.2007)',
    check: 'Kontrollo të gjithë rreshtat',
    run: 'Importo',
    skipBad: 'Importo rreshtat e rregullt edhe nëse disa refuzohen',
    cancel: 'Anulo importin',
    progress: '{{done}} nga {{total}} rreshta',
    report:
      '{{rows}} rreshta: {{created}} të importuar, {{already}} të importuar më parë, {{rejected}} të refuzuar.',
    rejected: 'Rreshtat e refuzuar',
    line: 'Rreshti {{line}}',
    cancelled: 'U anulua: asgjë nuk u importua.',
    refused: 'Asgjë nuk u importua: korrigjoni rreshtat e refuzuar ose importoni vetëm të rregulltit.',
    checked: 'U kontrollua: asgjë nuk u ruajt.',
  },
};
