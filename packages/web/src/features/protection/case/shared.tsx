/** What the sections of a protection case share: applying a change, today, the directory's agencies. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/feedback.tsx';
import { agenciesOf, PROTECTION, type ProtectionCaseView, protectionKeys } from '../api.ts';

export const today = () => new Date().toISOString().slice(0, 10);
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Puts the server's new view of the case in place and refreshes the lists. */
export function useCaseChange(c: Pick<ProtectionCaseView, 'id'>) {
  const client = useQueryClient();
  return (updated: ProtectionCaseView) => {
    client.setQueryData(protectionKeys.one(c.id), updated);
    return client.invalidateQueries({ queryKey: [...PROTECTION, 'list'] });
  };
}

/** The agencies of a jurisdiction, optionally without one (the case's own). */
export function useAgencies(jurisdiction: string, without?: string) {
  const agencies = useQuery({
    queryKey: protectionKeys.agencies(jurisdiction),
    queryFn: () => agenciesOf(jurisdiction),
    staleTime: 300_000,
  });
  return (agencies.data?.agencies ?? []).filter((a) => a.id !== without);
}

export function AgencySelect({
  value,
  onChange,
  agencies,
  label,
}: {
  value: string;
  onChange: (id: string) => void;
  agencies: readonly { id: string; name: string; type: string }[];
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} required>
        <option value="">{t('protection.chooseAgency')}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({t(`agencyTypes.${a.type}`)})
          </option>
        ))}
      </select>
    </label>
  );
}

/** What a form of the case page submits: a mutation with no variables. */
interface CaseAction {
  mutate: () => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * A section of the case page that opens to a form: its fields, then the server's refusal if there
 * was one, then the button that submits it (disabled while it is sent, or when `disabled`).
 */
export function FoldForm({
  title,
  open,
  testId,
  action,
  submit,
  disabled = false,
  children,
}: {
  title: string;
  open?: boolean;
  testId?: string;
  action: CaseAction;
  submit: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Fold title={title} {...(open !== undefined ? { open } : {})} {...(testId ? { testId } : {})}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          action.mutate();
        }}
      >
        {children}
        {action.isError && <ErrorMessage error={action.error} />}
        <button type="submit" disabled={action.isPending || disabled}>
          {submit}
        </button>
      </form>
    </Fold>
  );
}

/** A section of the case page that opens to a form. */
function Fold({
  title,
  open,
  children,
  testId,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <details className="card" open={open} data-testid={testId}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
