/** Loading, error and conflict messages, the same on every page. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError && error.code === 'conflict'
      ? t('common.conflict')
      : error instanceof ApiError && error.status === 404
        ? t('errors.notFound')
        : t('common.error', { message: error instanceof Error ? error.message : String(error) });
  return (
    <div className="error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** The message of an API error for the given form field, if it names that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field === field ? error.message : undefined;
}
