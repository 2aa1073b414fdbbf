/** My account: the English texts, the reference every other language matches key for key. */
import type { Leaves } from '../../../i18n/texts.ts';

export const en = {
  account: {
    title: 'My account',
    notificationEmail: 'E-mail for notifications',
    notificationEmailHelp:
      'Veza e-mails you only that something is waiting for you, never what. Leave empty for none.',
    email: 'E-mail address',
    profile: 'Profile',
    agency: 'Agency',
    roles: 'Roles',
    jurisdiction: 'Jurisdiction',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password (at least 12 characters)',
    passwordChanged: 'Password changed. All your sessions have ended; sign in with the new password.',
    twoFactor: 'Second factor (authenticator app)',
    twoFactorOn: 'On. {{count}} recovery codes left.',
    secondFactorRequired:
      'Your role sees victims, so your account needs a second factor before anything else. Set up an authenticator app below; until then no other page opens.',
    twoFactorOff: 'Off. Turn it on to protect your account with a code from your phone.',
    enrol: 'Set up an authenticator app',
    scan: 'Scan this code with your authenticator app, or enter the key by hand:',
    code: 'Six-digit code',
    confirm: 'Confirm',
    recoveryCodes:
      'Recovery codes: keep them somewhere safe. Each works once if you lose your phone. They are shown only now.',
    remove: 'Remove the second factor',
    passwordToRemove: 'Your password',
  },
};

export type Texts = Leaves<typeof en>;
