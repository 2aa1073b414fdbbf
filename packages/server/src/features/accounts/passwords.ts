/** Password hashing with argon2id at OWASP's recommended cost, and the rules a new password must meet. */
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../errors.ts';

// Algorithm.Argon2id is a const enum, which isolated modules cannot import: 2 is its value.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the username does not exist, so that a wrong name costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoyHash ??= hashPassword('decoy password that matches nothing');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

export function checkNewPassword(password: string, username: string, field = 'newPassword'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation', `the password must have at least ${MIN_PASSWORD_LENGTH} characters`, {
      field,
    });
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw new AppError('validation', 'the password must not contain the username', { field });
  }
}
