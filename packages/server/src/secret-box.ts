/**
 * Sealing secrets the database keeps but must not be able to read by itself (TOTP secrets): AES-256-GCM
 * with a key that lives outside the database, in VEZA_SECRET_KEY (32 bytes, base64 or hex) or in a
 * key file (VEZA_SECRET_KEY_FILE, by default ./secrets/veza.key, created with mode 0600 on first
 * start). Each sealed value is bound to its row (the user's id as associated data), so a sealed
 * secret copied onto another account does not open. A copy of the database without the key gives
 * no second factor away. Below every layer, like errors.ts.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const PREFIX = 'v1:';

/** A 32-byte key from a key's text (base64 or hex), naming where it came from when it is not one. */
export function keyFrom(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold a 32-byte key, base64 or hex`);
  return key;
}

export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('a secret box needs a 32-byte key');
    this.#key = key;
  }

  static random(): SecretBox {
    return new SecretBox(randomBytes(32));
  }

  static isSealed(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  /** The secret sealed for the row it belongs to: v1:<iv, tag and ciphertext in base64>. */
  seal(secret: string, rowId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(rowId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  /** The secret, or an error when the key or the row is not the one it was sealed with. */
  open(value: string, rowId: string): string {
    if (!SecretBox.isSealed(value)) throw new Error('this secret is not sealed');
    const bytes = Buffer.from(value.slice(PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(rowId));
    decipher.setAuthTag(bytes.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(
        'the secret does not open with this key: is VEZA_SECRET_KEY the one it was sealed with?',
      );
    }
  }
}

/** The configured key: from the environment, else from the key file, created on first start. */
export function loadSecretBox(source: { secretKey: string | null; secretKeyFile: string }): SecretBox {
  if (source.secretKey) return new SecretBox(keyFrom(source.secretKey, 'VEZA_SECRET_KEY'));
  if (!existsSync(source.secretKeyFile)) {
    mkdirSync(dirname(source.secretKeyFile), { recursive: true, mode: 0o700 });
    writeFileSync(source.secretKeyFile, `${randomBytes(32).toString('base64')}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  }
  return new SecretBox(keyFrom(readFileSync(source.secretKeyFile, 'utf8'), source.secretKeyFile));
}

/** A key from a file (base64 or hex), for a command that names the file: the old key of a rotation. */
export function secretBoxFromFile(file: string): SecretBox {
  if (!existsSync(file)) throw new Error(`${file}: no such key file`);
  return new SecretBox(keyFrom(readFileSync(file, 'utf8'), file));
}
