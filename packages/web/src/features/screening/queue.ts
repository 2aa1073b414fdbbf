/**
 * Sending screenings and declines to the server. Each carries the id its device gave it, so the
 * server records it once however often it is sent. When the network is down the submission waits
 * and is sent again when the browser is back online.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { ApiError, post } from '../../api.ts';

export interface Submission {
  kind: 'screening' | 'decline';
  id: string;
  body: Record<string, unknown>;
  state?: 'waiting' | 'sent' | 'refused';
  error?: string;
}

const waiting = new Map<string, Submission>();
const listeners = new Set<() => void>();
let snapshot: Submission[] = [];

function changed() {
  snapshot = [...waiting.values()];
  for (const listener of listeners) listener();
}

async function send(submission: Submission): Promise<Submission> {
  const path = submission.kind === 'screening' ? '/api/screenings' : '/api/screenings/declines';
  try {
    await post(path, submission.body);
    waiting.delete(submission.id);
    changed();
    return { ...submission, state: 'sent' };
  } catch (error) {
    if (error instanceof ApiError) {
      // The server answered: it will not take this one. Keep it visible with the reason.
      const refused = { ...submission, state: 'refused' as const, error: error.message };
      waiting.set(submission.id, refused);
      changed();
      return refused;
    }
    const held = { ...submission, state: 'waiting' as const };
    waiting.set(submission.id, held);
    changed();
    return held;
  }
}

/** Sends everything that waits, once the browser is back online. */
export async function flush(): Promise<void> {
  for (const submission of [...waiting.values()]) if (submission.state !== 'refused') await send(submission);
}

if (typeof window !== 'undefined') window.addEventListener('online', () => void flush());

export function useScreeningQueue() {
  const queryClient = useQueryClient();
  const pending = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
  return {
    pending,
    submit: async (submission: Submission) => {
      const result = await send(submission);
      await queryClient.invalidateQueries({ queryKey: ['screenings'] });
      return result;
    },
  };
}
