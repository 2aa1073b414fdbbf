/** User administration: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  users: {
    title: 'Users of {{jurisdiction}}',
    create: 'Create a user',
    username: 'Username',
    displayName: 'Name',
    roles: 'Roles',
    agency: 'Agency',
    password: 'Initial password',
    status: 'Status',
    active: 'Active',
    disabled: 'Disabled',
    disable: 'Disable',
    enable: 'Re-enable',
    showDisabled: 'Show disabled users',
    twoFactor: 'Second factor',
    created: 'User {{username}} created.',
  },
};

export type Texts = Leaves<typeof en>;
