/** Every agency and contact point of one jurisdiction, for the pickers that choose among them. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api.ts';
import type { DirectoryResult } from '../../types.ts';

export function useJurisdictionDirectory(jurisdiction: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['directory', { jurisdiction, agencies: true }],
    queryFn: () => get<DirectoryResult>(`/api/directory?jurisdiction=${jurisdiction}&limit=500`),
    enabled: Boolean(jurisdiction) && (options.enabled ?? true),
  });
}
