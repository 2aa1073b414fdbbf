/** Signing in in Albanian (shqip). */
import type { Texts } from './en.ts';

export const sq: Texts = {
  signIn: {
    title: 'Hyni në Veza',
    username: 'Emri i përdoruesit',
    password: 'Fjalëkalimi',
    totp: 'Kodi nga aplikacioni i vërtetimit ose një kod rezervë',
    submit: 'Hyr',
    wrongCredentials: 'Emri i përdoruesit ose fjalëkalimi është i gabuar.',
    totpNeeded: 'Shkruani kodin nga aplikacioni i vërtetimit.',
    tooMany: 'Shumë përpjekje të dështuara. Prisni {{seconds}} sekonda dhe provoni përsëri.',
    sessionEnded: 'Seanca juaj ka përfunduar. Ju lutemi hyni përsëri.',
  },
};
