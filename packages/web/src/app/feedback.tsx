/** Loading, error and conflict messages, the same on every page. */
import { ERROR_CODES } from '@veza/core';
import i18next, { type TFunction } from 'i18next';
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

/**
 * An error in the reader's language: the server's error code translated (its English message is
 * for English readers, who get the detail); anything else (no network) as the browser said it.
 */
export function errorText(error: unknown, t: TFunction, language: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'conflict') return t('common.conflict');
    if (error.status === 404) return t('errors.notFound');
    const known = (ERROR_CODES as readonly string[]).includes(error.code);
    if (language === 'en' && error.message) return error.message;
    return known ? t(`errors.codes.${error.code}`) : t('errors.codes.internal');
  }
  return t('common.error', { message: error instanceof Error ? error.message : String(error) });
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const message = errorText(error, t, i18n.language);
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

/** The message of an API error for the given form field, if it names that field, in the reader's language. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.field !== field) return undefined;
  return i18next.language === 'en' ? error.message : i18next.t('validation.invalid');
}
