/** Time-based one-time passwords (RFC 6238) as a second factor, with single-use recovery codes. */
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { SecretBox } from '../../secret-box.ts';

const ISSUER = 'Veza';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(username: string, secret: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: 30, secret });
}

export async function enrolmentFor(
  username: string,
  secret: string,
): Promise<{ uri: string; qrSvg: string }> {
  const uri = totpFor(username, secret).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrSvg };
}

const PERIOD_MS = 30_000;

/**
 * The 30-second step whose code this is, accepting the current step and one either side for clock
 * drift; null when the code matches none. Callers refuse a step at or before the last one accepted,
 * so that an overheard code cannot be used again.
 */
export function totpStep(username: string, secret: string, code: string, at: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(username, secret).validate({ token, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / PERIOD_MS) + delta;
}

/** The account's TOTP secret, opened with the key outside the database (one stored before sealing reads as is). */
export function openTotpSecret(
  box: SecretBox,
  user: { id: string; totpSecret: string | null },
): string | null {
  if (!user.totpSecret) return null;
  return SecretBox.isSealed(user.totpSecret) ? box.open(user.totpSecret, user.id) : user.totpSecret;
}

/** A code that matches and is newer than the last one accepted. */
export function freshTotpStep(
  box: SecretBox,
  user: { id: string; username: string; totpSecret: string | null; totpLastStep: number | null },
  code: string,
  at: Date,
): number | null {
  const secret = openTotpSecret(box, user);
  if (!secret) return null;
  const step = totpStep(user.username, secret, code, at);
  return step !== null && (user.totpLastStep === null || step > Number(user.totpLastStep)) ? step : null;
}

export function totpCodeAt(username: string, secret: string, at: Date): string {
  return totpFor(username, secret).generate({ timestamp: at.getTime() });
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}
