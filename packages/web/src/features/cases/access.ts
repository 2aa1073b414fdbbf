/** Which roles may do what with investigation records, as the server decides it (features/cases/policy.ts). */
import type { Me } from '../../types.ts';

export const readsCases = (me: Me) =>
  me.roles.some((r) => r === 'investigator' || r === 'prosecutor' || r === 'coordinator');
export const writesCases = (me: Me) => me.roles.some((r) => r === 'investigator' || r === 'prosecutor');
