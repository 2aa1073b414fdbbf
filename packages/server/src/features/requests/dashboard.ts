/**
 * The coordinator's view of cooperation: per month and counterpart jurisdiction, in each
 * direction, how many requests were sent, are open, overdue, answered, and the median hours to
 * acknowledge and to answer. Read under row-level security, which shows a coordinator every
 * request their jurisdiction is party to.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorContext } from '../../access/actor.ts';
import { mustHave } from '../../access/policies/capabilities.ts';
import { rowsOf } from '../../db/connection.ts';
import type { DashboardQuery, DashboardRow } from './schema.ts';

export async function requestDashboard(
  ctx: ActorContext,
  query: z.infer<typeof DashboardQuery>,
): Promise<DashboardRow[]> {
  mustHave(ctx.actor, 'readRequestsDashboard');
  const me = ctx.actor.jurisdiction;
  const now = ctx.now.toISOString();
  const from = query.from ? `${query.from}-01` : '1900-01-01';
  const to = query.to ?? '9999-12';
  const rows = rowsOf<Record<string, unknown>>(
    await ctx.tx.execute(sql`
      select to_char(sent_at at time zone 'UTC', 'YYYY-MM') as month,
        case when jurisdiction = ${me} then to_jurisdiction else jurisdiction end as counterpart,
        case when jurisdiction = ${me} then 'outgoing' else 'incoming' end as direction,
        count(*)::int as sent,
        (count(*) filter (where status in ('sent', 'acknowledged', 'in_progress')))::int as open,
        (count(*) filter (where status in ('sent', 'acknowledged', 'in_progress')
          and deadline < ${now}::timestamptz))::int as overdue,
        (count(*) filter (where answered_at is not null))::int as answered,
        percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - sent_at) / 3600)
          filter (where acknowledged_at is not null) as ack,
        percentile_cont(0.5) within group (order by extract(epoch from answered_at - sent_at) / 3600)
          filter (where answered_at is not null) as answer
      from requests
      where sent_at is not null and (jurisdiction = ${me} or to_jurisdiction = ${me})
        and sent_at >= ${from}::timestamptz
        and to_char(sent_at at time zone 'UTC', 'YYYY-MM') <= ${to}
      group by 1, 2, 3
      order by 1, 2, 3`),
  );
  const hours = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
  return rows.map((r) => ({
    month: String(r.month),
    counterpart: String(r.counterpart),
    direction: r.direction as DashboardRow['direction'],
    sent: Number(r.sent),
    open: Number(r.open),
    overdue: Number(r.overdue),
    answered: Number(r.answered),
    medianHoursToAcknowledge: hours(r.ack),
    medianHoursToAnswer: hours(r.answer),
  }));
}

const COLUMNS = [
  'month',
  'counterpart',
  'direction',
  'sent',
  'open',
  'overdue',
  'answered',
  'medianHoursToAcknowledge',
  'medianHoursToAnswer',
] as const;

/** The same rows as CSV: codes and numbers only, nothing a spreadsheet would run as a formula. */
export function dashboardCsv(rows: readonly DashboardRow[]): string {
  const header = [
    'month',
    'counterpart',
    'direction',
    'sent',
    'open',
    'overdue',
    'answered',
    'median_hours_to_acknowledge',
    'median_hours_to_answer',
  ];
  return [header, ...rows.map((r) => COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))))]
    .map((line) => line.join(','))
    .join('\r\n')
    .concat('\r\n');
}
