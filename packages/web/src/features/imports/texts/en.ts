/** Importing persons: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  imports: {
    warnings_one: '{{count}} row imported with something kept as written',
    warnings_few: '{{count}} rows imported with something kept as written',
    warnings_other: '{{count}} rows imported with something kept as written',
    noSourceKey: 'None: each row is known by its content',
    attachCase: 'Put the persons in a case (optional)',
    noCase: 'In no case',
    attachRole: 'Their role in the case',
    inNoCase: 'The persons will belong to no case: they can be found by search and added to cases later.',
    checkedReport:
      'Check only: of {{rows}} rows, {{valid}} can be imported ({{already}} of them already were), {{rejected}} would be refused.',
    attached_one: '{{count}} person put in case',
    attached_few: '{{count}} persons put in case',
    attached_other: '{{count}} persons put in case',
    title: 'Import persons',
    intro:
      'From a spreadsheet your unit keeps (CSV or XLSX). Every row is checked before anything is stored.',
    file: 'File',
    open: 'Import persons from a spreadsheet',
    preview: 'First rows of {{name}} ({{count}} rows in all)',
    mapping: 'Which column holds what',
    sourceKey: 'Row identifier (makes importing again safe)',
    notMapped: '— not in the file —',
    alias: 'Alias',
    documentNumber: 'Document number',
    documentCountry: 'Document issued by (country code)',
    notes: 'Notes',
    dateFormat: 'Dates are written',
    iso: 'Year first (2007-01-31)',
    dayFirst: 'Day first (31.01.2007)',
    check: 'Check every row',
    run: 'Import',
    skipBad: 'Import the good rows even if some are rejected',
    cancel: 'Cancel the import',
    progress: '{{done}} of {{total}} rows',
    report: '{{rows}} rows: {{created}} imported, {{already}} already imported, {{rejected}} rejected.',
    rejected: 'Rejected rows',
    line: 'Line {{line}}',
    cancelled: 'Cancelled: nothing was imported.',
    refused: 'Nothing was imported: correct the rejected rows, or import the good rows only.',
    checked: 'Checked: nothing was stored.',
  },
};

export type Texts = Leaves<typeof en>;
