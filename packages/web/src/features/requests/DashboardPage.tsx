/**
 * The coordinator's cooperation dashboard: per month and counterpart jurisdiction, requests sent
 * each way, open, overdue and answered, and the median hours to acknowledge and to answer.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { requestDashboard, requestDashboardCsvUrl, requestKeys } from './api.ts';

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState({ from: '', to: '' });
  const rows = useQuery({
    queryKey: requestKeys.dashboard(range),
    queryFn: () => requestDashboard(range),
  });
  const hours = { format: (v: number) => formatNumber(v, i18n.language) };
  const shown = (v: number | null) => (v === null ? '—' : hours.format(v));
  return (
    <section>
      <h1>{t('requests.dashboard')}</h1>
      <p className="lead">{t('requests.dashboardIntro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('requests.fromMonth')}</span>
          <input
            type="month"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
          />
        </label>
        <label>
          <span>{t('requests.toMonth')}</span>
          <input type="month" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </label>
        <a className="button secondary" href={requestDashboardCsvUrl(range)} download>
          {t('requests.csv')}
        </a>
      </form>
      {rows.isPending && <Loading />}
      {rows.isError && <ErrorMessage error={rows.error} onRetry={() => rows.refetch()} />}
      {rows.data && rows.data.rows.length === 0 && <p>{t('requests.none')}</p>}
      {rows.data && rows.data.rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('requests.month')}</th>
                <th scope="col">{t('requests.counterpart')}</th>
                <th scope="col">{t('requests.direction')}</th>
                <th scope="col">{t('requests.sentCount')}</th>
                <th scope="col">{t('requests.openCount')}</th>
                <th scope="col">{t('requests.overdue')}</th>
                <th scope="col">{t('requests.answeredCount')}</th>
                <th scope="col">{t('requests.medianAcknowledge')}</th>
                <th scope="col">{t('requests.medianAnswer')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.rows.map((r) => (
                <tr key={`${r.month}|${r.counterpart}|${r.direction}`}>
                  <td>{r.month}</td>
                  <td>{t(`jurisdictions.${r.counterpart}`)}</td>
                  <td>{t(`requests.directions.${r.direction}`)}</td>
                  <td>{r.sent}</td>
                  <td>{r.open}</td>
                  <td>{r.overdue}</td>
                  <td>{r.answered}</td>
                  <td>{shown(r.medianHoursToAcknowledge)}</td>
                  <td>{shown(r.medianHoursToAnswer)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
