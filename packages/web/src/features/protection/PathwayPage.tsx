/**
 * The jurisdiction's National Referral Mechanism pathway, for its coordinators: the days of
 * recovery and reflection its law gives (never fewer than the Convention's 30), how many years a
 * closed case is kept, and for each stage the kind of agency responsible and where a case may go
 * next. The server checks it (a stage that leads nowhere it has is refused, named).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AGENCY_TYPES, type NrmPathway } from '@veza/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { getPathway, PROTECTION, setPathway } from './api.ts';
import { ProtectionTabs } from './ProtectionTabs.tsx';

export function PathwayPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = useQuery({ queryKey: [...PROTECTION, 'pathway'], queryFn: getPathway });
  const [draft, setDraft] = useState<NrmPathway | null>(null);
  useEffect(() => {
    if (current.data && !draft) setDraft(current.data);
  }, [current.data, draft]);
  const save = useMutation({
    mutationFn: () => setPathway(draft!),
    onSuccess: (saved) => {
      client.setQueryData([...PROTECTION, 'pathway'], saved);
      setDraft(saved);
    },
  });
  return (
    <section>
      <h1>{t('protection.pathway.title')}</h1>
      <ProtectionTabs />
      <p className="lead">{t('protection.pathway.intro')}</p>
      {current.isPending && <Loading />}
      {current.isError && <ErrorMessage error={current.error} onRetry={() => current.refetch()} />}
      {draft && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <label>
            <span>{t('protection.pathway.reflectionDays')}</span>
            <input
              type="number"
              min={30}
              max={365}
              value={draft.reflectionDays}
              onChange={(e) => setDraft({ ...draft, reflectionDays: Number(e.target.value) })}
            />
          </label>
          <label>
            <span>{t('protection.pathway.retentionYears')}</span>
            <input
              type="number"
              min={1}
              max={30}
              value={draft.retentionYears}
              onChange={(e) => setDraft({ ...draft, retentionYears: Number(e.target.value) })}
            />
          </label>
          {draft.stages.map((stage, i) => (
            <fieldset key={stage.stage} className="card" data-testid={`pathway-${stage.stage}`}>
              <legend>{t(`protection.stages.${stage.stage}`)}</legend>
              <label>
                <span>{t('protection.pathway.responsible')}</span>
                <select
                  value={stage.responsible}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      stages: draft.stages.map((s, j) =>
                        j === i ? { ...s, responsible: e.target.value as typeof s.responsible } : s,
                      ),
                    })
                  }
                >
                  {AGENCY_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`agencyTypes.${type}`)}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset className="checks">
                <legend>{t('protection.pathway.next')}</legend>
                {draft.stages
                  .filter((s) => s.stage !== stage.stage)
                  .map((s) => (
                    <label key={s.stage} className="check">
                      <input
                        type="checkbox"
                        checked={stage.next.includes(s.stage)}
                        onChange={(e) =>
                          setDraft({
                            ...draft,
                            stages: draft.stages.map((x, j) =>
                              j === i
                                ? {
                                    ...x,
                                    next: e.target.checked
                                      ? [...x.next, s.stage]
                                      : x.next.filter((n) => n !== s.stage),
                                  }
                                : x,
                            ),
                          })
                        }
                      />
                      <span>{t(`protection.stages.${s.stage}`)}</span>
                    </label>
                  ))}
              </fieldset>
            </fieldset>
          ))}
          {save.isError && <ErrorMessage error={save.error} />}
          {save.isSuccess && (
            <p className="notice" role="status">
              {t('protection.pathway.saved')}
            </p>
          )}
          <button type="submit" disabled={save.isPending}>
            {t('protection.pathway.save')}
          </button>
        </form>
      )}
    </section>
  );
}
