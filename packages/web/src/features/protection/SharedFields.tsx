/** The fields of a case that travelled with a referral, a share or a transfer: only those. */
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, languageName } from '../../i18n/format.ts';

export function SharedFields({ shared }: { shared: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const text = (field: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    if (field === 'languages' && Array.isArray(value))
      return value.map((l) => languageName(String(l), i18n.language)).join(', ');
    if (field === 'child') return value ? t('common.yes') : t('common.no');
    if (field === 'stage') return t(`protection.stages.${String(value)}`);
    if (field === 'guardian' && typeof value === 'object') return (value as { name: string }).name;
    if (field === 'reflection' && typeof value === 'object')
      return t('protection.noRemovalUntilShort', {
        date: formatCalendarDate((value as { lastDay: string }).lastDay, i18n.language),
      });
    if (field === 'needs' && typeof value === 'object') {
      const needs = (value as { needs: Record<string, { level: string }> }).needs;
      return Object.entries(needs)
        .filter(([, r]) => r.level !== 'none')
        .map(
          ([a, r]) =>
            `${t(`protection.assessment.areas.${a}`)}: ${t(`protection.assessment.levels.${r.level}`)}`,
        )
        .join('; ');
    }
    return String(value);
  };
  const entries = Object.entries(shared);
  if (entries.length === 0) return <p className="muted">{t('protection.sharing.nothing')}</p>;
  return (
    <dl className="facts" data-testid="shared-fields">
      {entries.map(([field, value]) => (
        <div key={field}>
          <dt>{t(`protection.sharing.fieldNames.${field}`)}</dt>
          <dd>{text(field, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
