/** The compose page as a route: what to follow up (a hit, a screening) comes in the address. */
import { useSearch } from '@tanstack/react-router';
import { ComposePage } from './ComposePage.tsx';

export function ComposeRoute() {
  return <ComposePage {...useSearch({ from: '/requests/new' })} />;
}
