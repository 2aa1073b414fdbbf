/**
 * A score explained as a waterfall: the prior, then each field's weight in bits added in turn, each
 * bar running from the running total before the field to the total after it, then the result. A
 * table underneath the bars, so that screen readers get the numbers.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { PairExplanation } from '../../types.ts';

export function Waterfall({ explanation, caption }: { explanation: PairExplanation; caption: string }) {
  const { t, i18n } = useTranslation();
  const number = { format: (v: number) => formatNumber(v, i18n.language, { sign: true }) };
  const rows: { key: string; label: string; level: string; from: number; to: number; weight: number }[] = [];
  let running = explanation.priorWeight;
  rows.push({
    key: 'prior',
    label: t('person.duplicates.prior'),
    level: '',
    from: 0,
    to: running,
    weight: running,
  });
  for (const f of explanation.fields) {
    rows.push({
      key: f.field,
      label: t(`person.duplicates.fields.${f.field}`, { defaultValue: f.field }),
      level: t(`person.duplicates.levels.${f.level}`, { defaultValue: f.level }),
      from: running,
      to: running + f.weight,
      weight: f.weight,
    });
    running += f.weight;
  }
  const ends = rows.flatMap((r) => [r.from, r.to]);
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);
  const span = hi - lo || 1;
  const at = (x: number) => ((x - lo) / span) * 100;
  return (
    <table className="waterfall">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('person.duplicates.field')}</th>
          <th scope="col">{t('person.duplicates.level')}</th>
          <th scope="col">{t('person.duplicates.weight')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-field={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.level}</td>
            <td className="number">{number.format(r.weight)}</td>
            <td className="bar-cell" aria-hidden="true">
              <div className="track">
                <span className="zero" style={{ left: `${at(0)}%` }} />
                <span
                  className={r.weight >= 0 ? 'bar for' : 'bar against'}
                  style={{
                    left: `${at(Math.min(r.from, r.to))}%`,
                    width: `${Math.max(0.5, at(Math.max(r.from, r.to)) - at(Math.min(r.from, r.to)))}%`,
                  }}
                />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('person.duplicates.total')}</th>
          <td />
          <td className="number">{number.format(explanation.totalWeight)}</td>
          <td aria-hidden="true" />
        </tr>
      </tfoot>
    </table>
  );
}
