/**
 * Screenings and declines on their way to the server, kept on the device until the server has
 * them: in IndexedDB (never localStorage), encrypted with AES-GCM under the user's queue key. The
 * key comes from the server and is kept for the browser session only (queue-key.ts), so it does not
 * sit next to what it protects. Each submission carries the id its device gave it: the
 * server records it once however often it is sent, and the device deletes it once the server has
 * it. Waiting submissions are sent by themselves when the browser is back online, when the app
 * starts, and again from time to time while the server cannot be reached.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError } from '../../api.ts';
import { SCREENINGS, submitScreening } from './api.ts';
import { queueKey } from './queue-key.ts';

export interface Submission {
  kind: 'screening' | 'decline';
  id: string;
  body: Record<string, unknown>;
  state?: 'waiting' | 'sent' | 'refused';
  error?: string;
  /** The field the server (or the check before queueing) named, e.g. answers.age. */
  field?: string;
}

/** A submission the server would refuse: it is not kept to send later, the screener corrects it. */
export class SubmissionRefused extends Error {
  readonly field: string;
  constructor(message: string, field: string) {
    super(message);
    this.field = field;
  }
}

interface Stored {
  id: string;
  kind: Submission['kind'];
  state: 'waiting' | 'refused';
  error?: string;
  field?: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  storedAt: string;
}

interface QueueSchema extends DBSchema {
  outbox: { key: string; value: Stored };
}

/** How soon a round that could not reach the server is tried again, doubling up to the last. */
const RETRY_FIRST_MS = 2_000;
const RETRY_LAST_MS = 60_000;

let database: Promise<IDBPDatabase<QueueSchema>> | null = null;

function db() {
  database ??= openDB<QueueSchema>('veza-offline', 1, {
    upgrade(store) {
      store.createObjectStore('outbox', { keyPath: 'id' });
    },
  });
  return database;
}

async function seal(
  submission: Submission,
  state: Stored['state'],
  refusal?: { error: string; field?: string | undefined },
): Promise<Stored> {
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
    ...(refusal ? { error: refusal.error } : {}),
    ...(refusal?.field ? { field: refusal.field } : {}),
    iv,
    data,
    storedAt: new Date().toISOString(),
  };
}

async function unseal(stored: Stored): Promise<Submission> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: stored.iv as BufferSource },
    await queueKey(),
    stored.data,
  );
  const { kind, body } = JSON.parse(new TextDecoder().decode(plain));
  return {
    id: stored.id,
    kind,
    body,
    state: stored.state,
    ...(stored.error ? { error: stored.error } : {}),
    ...(stored.field ? { field: stored.field } : {}),
  };
}

// What the screens show: the submissions waiting (their ids and states only, nothing decrypted).
const listeners = new Set<() => void>();
let snapshot: (Pick<Submission, 'id' | 'kind' | 'state' | 'error' | 'field'> & { storedAt: string })[] = [];

async function refresh(): Promise<void> {
  const all = await (await db()).getAll('outbox');
  snapshot = all.map((s) => ({
    id: s.id,
    kind: s.kind,
    state: s.state,
    storedAt: s.storedAt,
    ...(s.error ? { error: s.error } : {}),
    ...(s.field ? { field: s.field } : {}),
  }));
  for (const listener of listeners) listener();
}

/** Sends one submission; the server answers 201 the first time and 200 after. */
type Outcome =
  | { state: 'sent' | 'offline' }
  | { state: 'refused'; error: string; field?: string | undefined };

async function send(submission: Submission): Promise<Outcome> {
  try {
    await submitScreening(submission.kind, submission.body);
    return { state: 'sent' };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500 && error.code !== 'unauthenticated')
      return { state: 'refused', error: error.message, field: error.field };
    return { state: 'offline' };
  }
}

/** A refused submission, opened to be corrected (it stays on the device until sent again). */
export async function openQueued(id: string): Promise<Submission | null> {
  const stored = await (await db()).get('outbox', id);
  return stored ? unseal(stored) : null;
}

/** Deletes a refused submission from the device, once the screener has said so. */
export async function discardQueued(id: string): Promise<void> {
  await (await db()).delete('outbox', id);
  await refresh();
}

let flushing: Promise<void> | null = null;
let again = false;
let retry: ReturnType<typeof setTimeout> | null = null;
let retryDelay = RETRY_FIRST_MS;

/**
 * Sends everything that waits, one at a time; each is deleted once the server has it. A call while
 * a round is running asks for another round after it (the network may have come back during it).
 * A round that could not reach the server tries again by itself, sooner at first and then less
 * often: the browser's `online` event can come before the network really carries requests, and
 * does not come at all for a server that was down.
 */
export function flush(): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  if (retry) clearTimeout(retry);
  retry = null;
  flushing = (async () => {
    let unreachable = false;
    try {
      for (const stored of await (await db()).getAll('outbox')) {
        if (stored.state === 'refused') continue;
        const outcome = await send(await unseal(stored));
        if (outcome.state === 'offline') {
          unreachable = true;
          break;
        }
        if (outcome.state !== 'refused') await (await db()).delete('outbox', stored.id);
        else
          await (await db()).put('outbox', {
            ...stored,
            state: 'refused',
            error: outcome.error,
            ...(outcome.field ? { field: outcome.field } : {}),
          });
      }
    } catch {
      unreachable = true; // e.g. the queue key could not be fetched
    } finally {
      flushing = null;
      await refresh();
    }
    if (again) {
      again = false;
      return flush();
    }
    if (unreachable && snapshot.some((s) => s.state === 'waiting')) {
      retry = setTimeout(() => void flush(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_LAST_MS);
    } else retryDelay = RETRY_FIRST_MS;
  })();
  return flushing;
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    retryDelay = RETRY_FIRST_MS;
    void flush();
  });
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
    if (navigator.onLine) void flush().then(() => queryClient.invalidateQueries({ queryKey: SCREENINGS }));
  }, [queryClient]);
  return {
    pending,
    /**
     * Checks the submission as the server will (`check`, from core), and throws SubmissionRefused
     * without keeping anything when it fails; else keeps it on the device first, then tries to
     * send it. A refusal by the server stays on the device, marked refused with the server's
     * words, until the screener corrects or discards it.
     */
    submit: async (
      submission: Submission,
      check: (body: Record<string, unknown>) => { field: string; message: string } | null,
    ): Promise<Submission> => {
      const problem = check(submission.body);
      if (problem) throw new SubmissionRefused(problem.message, problem.field);
      const store = await db();
      await store.put('outbox', await seal(submission, 'waiting'));
      await refresh();
      const outcome = await send(submission);
      if (outcome.state === 'sent') await store.delete('outbox', submission.id);
      if (outcome.state === 'refused') await store.put('outbox', await seal(submission, 'refused', outcome));
      await refresh();
      await queryClient.invalidateQueries({ queryKey: SCREENINGS });
      if (outcome.state === 'refused')
        return {
          ...submission,
          state: 'refused',
          error: outcome.error,
          ...(outcome.field ? { field: outcome.field } : {}),
        };
      return { ...submission, state: outcome.state === 'offline' ? 'waiting' : 'sent' };
    },
    discard: discardQueued,
  };
}
