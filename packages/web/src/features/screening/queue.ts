/**
 * Screenings and declines on their way to the server, kept on the device until the server has
 * them: in IndexedDB (never localStorage), encrypted with AES-GCM under the user's queue key. The
 * key comes from the server and is kept for the browser session only (queue-key.ts), so it does not
 * sit next to what it protects. Each submission carries the id its device gave it: the
 * server records it once however often it is sent, and the device deletes it once the server has
 * it. Waiting submissions are sent by themselves when the browser is back online, and when the
 * app starts.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError, post } from '../../api.ts';
import { queueKey } from './queue-key.ts';

export interface Submission {
  kind: 'screening' | 'decline';
  id: string;
  body: Record<string, unknown>;
  state?: 'waiting' | 'sent' | 'refused';
  error?: string;
}

interface Stored {
  id: string;
  kind: Submission['kind'];
  state: 'waiting' | 'refused';
  error?: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  storedAt: string;
}

interface QueueSchema extends DBSchema {
  outbox: { key: string; value: Stored };
}

let database: Promise<IDBPDatabase<QueueSchema>> | null = null;

function db() {
  database ??= openDB<QueueSchema>('veza-offline', 1, {
    upgrade(store) {
      store.createObjectStore('outbox', { keyPath: 'id' });
    },
  });
  return database;
}

async function seal(submission: Submission, state: Stored['state'], error?: string): Promise<Stored> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify({ kind: submission.kind, body: submission.body }));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    await queueKey(),
    plain,
  );
  return {
    id: submission.id,
    kind: submission.kind,
    state,
    ...(error ? { error } : {}),
    iv,
    data,
    storedAt: new Date().toISOString(),
  };
}

async function open(stored: Stored): Promise<Submission> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: stored.iv as BufferSource },
    await queueKey(),
    stored.data,
  );
  const { kind, body } = JSON.parse(new TextDecoder().decode(plain));
  return { id: stored.id, kind, body, state: stored.state, ...(stored.error ? { error: stored.error } : {}) };
}

// What the screens show: the submissions waiting (their ids and states only, nothing decrypted).
const listeners = new Set<() => void>();
let snapshot: Pick<Submission, 'id' | 'kind' | 'state' | 'error'>[] = [];

async function refresh(): Promise<void> {
  const all = await (await db()).getAll('outbox');
  snapshot = all.map((s) => ({
    id: s.id,
    kind: s.kind,
    state: s.state,
    ...(s.error ? { error: s.error } : {}),
  }));
  for (const listener of listeners) listener();
}

/** Sends one submission; the server answers 201 the first time and 200 after. */
async function send(submission: Submission): Promise<'sent' | 'refused' | 'offline'> {
  const path = submission.kind === 'screening' ? '/api/screenings' : '/api/screenings/declines';
  try {
    await post(path, submission.body);
    return 'sent';
  } catch (error) {
    if (error instanceof ApiError && error.status < 500 && error.code !== 'unauthenticated') return 'refused';
    return 'offline';
  }
}

let flushing: Promise<void> | null = null;

/** Sends everything that waits, one at a time; each is deleted once the server has it. */
export function flush(): Promise<void> {
  flushing ??= (async () => {
    try {
      for (const stored of await (await db()).getAll('outbox')) {
        if (stored.state === 'refused') continue;
        const outcome = await send(await open(stored));
        if (outcome === 'offline') break;
        if (outcome === 'sent') await (await db()).delete('outbox', stored.id);
        else await (await db()).put('outbox', { ...stored, state: 'refused' });
      }
    } finally {
      flushing = null;
      await refresh();
    }
  })();
  return flushing;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void flush().catch(() => undefined));
}

export function useScreeningQueue() {
  const queryClient = useQueryClient();
  const pending = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
  useEffect(() => {
    void refresh();
    if (navigator.onLine)
      void flush().then(() => queryClient.invalidateQueries({ queryKey: ['screenings'] }));
  }, [queryClient]);
  return {
    pending,
    /** Keeps the submission on the device first, then tries to send it. */
    submit: async (submission: Submission): Promise<Submission> => {
      const store = await db();
      await store.put('outbox', await seal(submission, 'waiting'));
      await refresh();
      const outcome = await send(submission);
      if (outcome === 'sent') await store.delete('outbox', submission.id);
      if (outcome === 'refused') await store.put('outbox', await seal(submission, 'refused'));
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['screenings'] });
      return { ...submission, state: outcome === 'offline' ? 'waiting' : outcome };
    },
  };
}
