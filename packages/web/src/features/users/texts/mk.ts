/** User administration in Macedonian. */
import type { Texts } from './en.ts';

export const mk: Texts = {
  users: {
    title: 'Корисници: {{jurisdiction}}',
    create: 'Создај корисник',
    username: 'Корисничко име',
    displayName: 'Име и презиме',
    roles: 'Улоги',
    agency: 'Агенција',
    password: 'Почетна лозинка',
    status: 'Статус',
    active: 'Активен',
    disabled: 'Оневозможен',
    disable: 'Оневозможи',
    enable: 'Повторно овозможи',
    showDisabled: 'Прикажи ги оневозможените корисници',
    twoFactor: 'Втор фактор',
    created: 'Корисникот {{username}} е создаден.',
  },
};
