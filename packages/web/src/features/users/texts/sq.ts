/** User administration in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  users: {
    title: 'Përdoruesit: {{jurisdiction}}',
    create: 'Krijo një përdorues',
    username: 'Emri i përdoruesit',
    displayName: 'Emri',
    roles: 'Rolet',
    agency: 'Agjencia',
    password: 'Fjalëkalimi fillestar',
    status: 'Statusi',
    active: 'Aktiv',
    disabled: 'Çaktivizuar',
    disable: 'Çaktivizo',
    enable: 'Riaktivizo',
    showDisabled: 'Shfaq përdoruesit e çaktivizuar',
    twoFactor: 'Faktori i dytë',
    created: 'Përdoruesi {{username}} u krijua.',
  },
};
