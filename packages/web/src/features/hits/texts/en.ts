/** Cross-jurisdiction hits: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  hits: {
    title: 'Hits in other jurisdictions',
    intro:
      'Another jurisdiction holds something on one of your persons. Here is whom to ask; what their record says stays with them until they share it.',
    none: 'No hits on your jurisdiction’s persons.',
    about: 'Hit on {{name}}',
    newCount_one: '{{count}} new hit',
    newCount_few: '{{count}} new hits',
    newCount_other: '{{count}} new hits',
    yourPerson: 'Your person',
    yourVehicle: 'Your vehicle',
    evidence: 'What matched',
    agency: 'Agency that holds the record',
    contacts: 'Whom to ask',
    found: 'Found',
    status: 'Your decision',
    confirm: 'Confirmed after the exchange',
    notRelevant: 'Not relevant',
    requestDetails: 'Request details',
    filters: 'Which hits',
    decisions: 'Your decision',
    tab: '{{label}} ({{count}})',
    band: 'Strength',
    kind: 'Record',
    kinds: { person: 'Persons', vehicle: 'Vehicles' },
    noneHere: 'No hits here.',
    all: 'All',
    bands: {
      strong: 'Strong hit',
      probable: 'Probable hit',
      possible: 'Possible hit',
    },
    evidenceKinds: {
      name: 'name',
      birth_date: 'birth date',
      birth_year: 'birth year',
      phone: 'phone',
      document: 'document',
      plate: 'vehicle plate',
    },
    statuses: {
      new: 'not looked at yet',
      not_relevant: 'not relevant',
      confirmed: 'confirmed',
    },
  },
};

export type Texts = Leaves<typeof en>;
