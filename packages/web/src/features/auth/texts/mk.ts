/** Signing in in Macedonian. */
import type { Texts } from './en.ts';

export const mk: Texts = {
  signIn: {
    title: 'Најава во Веза',
    username: 'Корисничко име',
    password: 'Лозинка',
    totp: 'Код од апликацијата за автентикација или резервен код',
    submit: 'Најави се',
    wrongCredentials: 'Корисничкото име или лозинката се погрешни.',
    totpNeeded: 'Внесете го кодот од апликацијата за автентикација.',
    tooMany: 'Премногу неуспешни обиди. Почекајте {{seconds}} секунди и обидете се повторно.',
    sessionEnded: 'Вашата сесија истече. Најавете се повторно.',
  },
};
