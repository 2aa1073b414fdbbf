/** Who is signed in: /api/me, kept in the query cache; a 401 means nobody. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post, setCsrfToken } from '../api.ts';
import { setLocale, storedLocale } from '../i18n/index.ts';
import type { Me } from '../types.ts';

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await get<Me>('/api/me');
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

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}
