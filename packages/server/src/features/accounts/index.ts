/** What other features use of accounts: the password rules and hashing, for users created by an admin. */
export { checkNewPassword, hashPassword } from './passwords.ts';
export { resealTotpSecrets, sealTotpSecrets } from './sealing.ts';
