/** Which roles may do what with investigation records: the capabilities core shares with the server. */
import { may } from '@veza/core';
import type { Me } from '../../types.ts';

export const readsCases = (me: Me) => may(me.roles, 'readInvestigationRecords');
export const writesCases = (me: Me) => may(me.roles, 'writeInvestigationRecords');
