/** Dates and times of requests in the reader's language. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';

export function useDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  return (iso) => formatDateTime(iso, i18n.language);
}

/** A shared value as text: lists joined, records as their values, nothing as a dash. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(shownValue).join('; ') : '—';
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(shownValue)
      .join(' · ');
  return String(value);
}
