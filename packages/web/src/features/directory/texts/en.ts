/**
 * The directory of agencies and contact points: the English texts, the reference every other language
 * matches key for key.
 */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  availability: {
    always: '24/7',
    officeHours: 'Office hours',
    now: 'Available now',
    hours: '{{days}}, {{opens}}–{{closes}} ({{timeZone}})',
    availableNow: 'available now',
    notNow: 'not available now',
  },
  directory: {
    title: 'Regional directory',
    intro: 'Every task force, agency and contact point of the region. Search by name in any script.',
    searchLabel: 'Name, function or agency',
    searchPlaceholder: 'e.g. Đorđević, Ђорђевић or Djordjevic',
    jurisdiction: 'Jurisdiction',
    agencyType: 'Agency type',
    language: 'Language spoken',
    availability: 'Availability',
    contactPoints: 'Contact points',
    agencies: 'Agencies',
    contactCount_one: '{{count}} contact point',
    contactCount_few: '{{count}} contact points',
    contactCount_other: '{{count}} contact points',
    noResults: 'Nothing matches. Try fewer words or another spelling.',
    function: 'Function',
    taskForce: 'Task force',
    phone: 'Phone',
    email: 'E-mail',
    languages: 'Languages',
    address: 'Address',
    agency: 'Agency',
    name: 'Name',
    addContact: 'Add a contact point',
    addAgency: 'Add an agency',
    editAgency: 'Edit agency',
    alternateName: 'Name in the other script or in English',
    editContact: 'Edit contact point',
    deleteConfirm: 'Remove {{name}} from the directory?',
    backToDirectory: 'Back to the directory',
    alwaysLabel: 'Around the clock (24/7)',
    officeHoursLabel: 'Office hours',
    days: 'Days',
    opens: 'Opens',
    closes: 'Closes',
    timeZone: 'Time zone',
  },
};

export type Texts = Leaves<typeof en>;
