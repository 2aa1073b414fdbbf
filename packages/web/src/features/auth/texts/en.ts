/** Signing in: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  signIn: {
    title: 'Sign in to Veza',
    username: 'Username',
    password: 'Password',
    totp: 'Code from your authenticator app or a recovery code',
    submit: 'Sign in',
    wrongCredentials: 'The username or password is wrong.',
    totpNeeded: 'Enter the code from your authenticator app.',
    tooMany: 'Too many failed attempts. Wait {{seconds}} seconds and try again.',
    sessionEnded: 'Your session has ended. Please sign in again.',
  },
};

export type Texts = Leaves<typeof en>;
