/**
 * Retention of closed protection cases: each jurisdiction keeps them for a set number of years;
 * then they are listed for review and erased (the person's identifying fields removed, the
 * statistics kept). A case reopened meanwhile starts over.
 */
import { addYears } from './calendar.ts';

export function retentionDueOn(closedOn: string, years: number): string {
  return addYears(closedOn, years);
}

export function retentionDue(closedOn: string | null, years: number, today: string): boolean {
  return closedOn !== null && retentionDueOn(closedOn, years) <= today;
}
