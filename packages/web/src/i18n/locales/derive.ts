/** A locale written as another one with the words where it differs: the rest cannot drift apart. */
import type { Messages } from './en.ts';

export type MessageChanges<T = Messages> = {
  [K in keyof T]?: T[K] extends string ? string : MessageChanges<T[K]>;
};

export function withChanges<T>(base: T, changes: MessageChanges<T>): T {
  if (typeof base === 'string') return ((changes as unknown as string | undefined) ?? base) as T;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base as Record<string, unknown>)) {
    const change = (changes as Record<string, unknown>)[key];
    out[key] = change === undefined ? value : withChanges(value, change as MessageChanges<typeof value>);
  }
  return out as T;
}
