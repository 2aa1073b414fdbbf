/**
 * The key that encrypts the offline queue: fetched from the server while online, kept for the
 * browser session only (never next to the queue), forgotten at sign-out.
 */
import { fetchQueueKey } from './api.ts';

const KEY_STORAGE = 'veza.queue-key';

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The user's queue key: from this browser session, or from the server when online. */
export async function queueKey(): Promise<CryptoKey> {
  let raw = sessionStorage.getItem(KEY_STORAGE);
  if (!raw) {
    raw = (await fetchQueueKey()).key;
    sessionStorage.setItem(KEY_STORAGE, raw);
  }
  return crypto.subtle.importKey('raw', fromBase64(raw) as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Fetches the key while online, so that a screening finished offline can still be kept. */
export async function prepareQueueKey(): Promise<void> {
  if (!sessionStorage.getItem(KEY_STORAGE)) await queueKey().catch(() => undefined);
}

/** Forgets the key (on sign-out): what waits stays encrypted until the user signs in again. */
export function forgetQueueKey(): void {
  sessionStorage.removeItem(KEY_STORAGE);
}
