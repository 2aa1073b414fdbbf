/** What other features use of accounts: the password rules and hashing, for users created by an admin. */
export { checkNewPassword, hashPassword } from './passwords.ts';
export { sealTotpSecrets } from './sealing.ts';
