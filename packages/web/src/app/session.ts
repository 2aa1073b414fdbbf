/** Who is signed in: /api/me, kept in the query cache; a 401 means nobody. */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../api.ts';
import { getMe, ME_KEY, signOut } from '../features/account/api.ts';
import { forgetQueueKey } from '../features/screening/queue-key.ts';
import { setLocale, storedLocale } from '../i18n/index.ts';
import type { Me } from '../types.ts';

export { ME_KEY };

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await getMe();
    await adopt(me);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Takes the CSRF token and the user's remembered language from a fresh /api/me. */
export async function adopt(me: Me) {
  setCsrfToken(me.csrfToken);
  if (me.locale && me.locale !== storedLocale()) await setLocale(me.locale);
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in user, for components that only render inside the signed-in shell. */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn outside the signed-in shell');
  return data;
}

let ended = false;

/** The server ended the session: forget the user and tell them why on the sign-in form. */
export function sessionEndedByServer(client: QueryClient) {
  ended = true;
  // After the failing query has settled, not from inside its own error callback.
  queueMicrotask(() => forgetUser(client));
}

/** Drops everything fetched for the user who is no longer signed in, and shows the sign-in form. */
export function forgetUser(client: QueryClient) {
  setCsrfToken(null);
  // The offline queue stays encrypted on the device until this user signs in again.
  forgetQueueKey();
  // The service worker's copies of /api/me and the instruments go too.
  navigator.serviceWorker?.controller?.postMessage({ type: 'signed-out' });
  client.setQueryData(ME_KEY, null);
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
}

/** Whether the last session ended on the server's side; asking clears it. */
export function takeSessionEnded(): boolean {
  const value = ended;
  ended = false;
  return value;
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => forgetUser(client),
  });
}
