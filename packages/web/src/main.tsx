import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api.ts';
import { router } from './app/router.tsx';
import { sessionEndedByServer } from './app/session.ts';
import { initI18n } from './i18n/index.ts';
import './styles.css';

// A 401 in the middle of work means the session ended (idle, expired, revoked): back to the sign-in form.
const onError = (error: unknown) => {
  if (error instanceof ApiError && error.code === 'unauthenticated') sessionEndedByServer(queryClient);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      staleTime: 30_000,
      refetchOnWindowFocus: false,
    },
  },
});

// Installable, and the screening pages work with no network (public/sw.js); not in the dev server.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
