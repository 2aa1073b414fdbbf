/** Every agency and contact point of one jurisdiction, for the pickers that choose among them. */
import { useQuery } from '@tanstack/react-query';
import { directoryKeys, searchDirectory } from './api.ts';

export function useJurisdictionDirectory(jurisdiction: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: directoryKeys.search({ jurisdiction, agencies: true }),
    queryFn: () => searchDirectory({ jurisdiction, limit: 500 }),
    enabled: Boolean(jurisdiction) && (options.enabled ?? true),
  });
}
