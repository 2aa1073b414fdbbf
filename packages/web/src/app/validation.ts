/**
 * Checks a form's values with the same Zod schema the server uses, and words every problem in the
 * user's language, field by field, before anything is sent.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

function messageFor(issue: z.core.$ZodIssue, given: unknown, t: TFunction): string {
  if (given === undefined || given === null || (typeof given === 'string' && given.trim() === ''))
    return t('validation.required');
  const key = (issue as { params?: { key?: string } }).params?.key;
  if (key) return t(`validation.${key}`);
  const field = String(issue.path[issue.path.length - 1] ?? '');
  if (/currency/i.test(field)) return t('validation.currency');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      if (issue.origin === 'number' && Number(issue.minimum) === 0) return t('validation.not_negative');
      return t('validation.too_small');
    case 'too_big':
      return t('validation.too_big');
    case 'invalid_type':
      return issue.input === undefined || issue.input === ''
        ? t('validation.required')
        : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  t: TFunction,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= messageFor(issue, valueAt(value, issue.path), t);
  }
  return { ok: false, errors };
}
