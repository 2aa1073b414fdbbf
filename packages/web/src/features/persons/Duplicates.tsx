/**
 * Possible duplicates on a person's page: each with how likely the engine thinks it is the same
 * person and why (a waterfall of field weights), to merge into this record or to set aside as not
 * the same; merges into this record can be undone.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { countryName } from '@veza/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatCalendarDate, formatNumber } from '../../i18n/format.ts';
import type { PersonSummary } from '../../types.ts';
import { DUPLICATES, decideDuplicate, listDuplicates, PERSON, personKeys, undoMerge } from './api.ts';
import { Waterfall } from './Waterfall.tsx';

function Summary({ person, purpose }: { person: PersonSummary; purpose: string }) {
  const { i18n } = useTranslation();
  return (
    <>
      <Link to="/persons/$personId" params={{ personId: person.id }} search={{ purpose }}>
        {person.displayName}
      </Link>{' '}
      <span className="muted">
        {[
          person.birthDate ? formatCalendarDate(person.birthDate, i18n.language) : null,
          person.nationalities.map((c) => countryName(c, i18n.language)).join(', '),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  );
}

export function Duplicates({
  personId,
  purpose,
  canChange,
}: {
  personId: string;
  purpose: string;
  canChange: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: personKeys.duplicates(personId, purpose),
    queryFn: () => listDuplicates(personId, purpose),
  });
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: DUPLICATES });
    queryClient.invalidateQueries({ queryKey: PERSON });
  };
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'merge' | 'reject' }) =>
      decideDuplicate(personId, id, decision),
    onSuccess: refresh,
  });
  const undo = useMutation({
    mutationFn: (mergeId: string) => undoMerge(personId, mergeId),
    onSuccess: refresh,
  });
  const percent = { format: (v: number) => formatNumber(v, i18n.language, { percent: true }) };

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => list.refetch()} />;
  const { duplicates, merges } = list.data;
  const failure = decide.error ?? undo.error;
  return (
    <section aria-labelledby="duplicates-title" className="duplicates">
      <h2 id="duplicates-title">{t('person.duplicates.title')}</h2>
      {failure && <ErrorMessage error={failure} />}
      {merges.map((m) => (
        <div key={m.id} className="card merged" role="status">
          {t('person.duplicates.merged')}: <Summary person={m.person} purpose={purpose} />{' '}
          {canChange && (
            <button
              type="button"
              className="secondary"
              disabled={undo.isPending}
              onClick={() => undo.mutate(m.id)}
            >
              {t('person.duplicates.undo')}
            </button>
          )}
        </div>
      ))}
      {duplicates.length === 0 && <p className="muted">{t('person.duplicates.none')}</p>}
      {duplicates.map((d) => (
        <article key={d.id} className="card duplicate" aria-label={d.person.displayName}>
          <p>
            <Summary person={d.person} purpose={purpose} />
          </p>
          <p>
            <span className={`badge band-${d.band}`} data-testid="band">
              {t(`person.duplicates.bands.${d.band}`)}
            </span>{' '}
            <strong>{t('person.duplicates.probability', { value: percent.format(d.probability) })}</strong>
          </p>
          <p className="muted">{t(`person.duplicates.bandMeaning.${d.band}`)}</p>
          {d.explanation.namesSwapped && <p className="muted">{t('person.duplicates.swapped')}</p>}
          <Waterfall explanation={d.explanation} caption={t('person.duplicates.why')} />
          {canChange && (
            <div className="actions">
              <button
                type="button"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: d.id, decision: 'merge' })}
              >
                {t('person.duplicates.merge')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: d.id, decision: 'reject' })}
              >
                {t('person.duplicates.reject')}
              </button>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
