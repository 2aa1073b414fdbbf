/** The screenings the user may see, newest first; what waits to be sent; and a new screening. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type Instrument, may } from '@veza/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { languageName } from '../../i18n/format.ts';
import { useJurisdictionDirectory } from '../directory/agencies.ts';
import { useDateTime } from '../requests/format.ts';
import { RecordPicker } from '../requests/RecordPicker.tsx';
import {
  getInstrument,
  linkScreeningPerson,
  listScreenings,
  recordScreenedPerson,
  SCREENINGS,
  screeningCounts,
  screeningKeys,
} from './api.ts';
import { useScreening } from './queries.ts';
import { discardQueued, useScreeningQueue } from './queue.ts';
import { ResultView } from './ResultView.tsx';

/** What analysts see of screening: counts per month, agency and outcome, those under 10 withheld. */
function ScreeningCounts() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const counts = useQuery({
    queryKey: screeningKeys.counts,
    queryFn: screeningCounts,
  });
  const agencies = useJurisdictionDirectory(me.jurisdiction);
  const agencyName = (id: string) => agencies.data?.agencies.find((a) => a.id === id)?.name ?? '—';
  if (counts.isPending) return <Loading />;
  if (counts.isError) return <ErrorMessage error={counts.error} onRetry={() => counts.refetch()} />;
  return (
    <section>
      <h2>{t('screening.counts')}</h2>
      <p className="muted">{t('screening.countsIntro')}</p>
      {counts.data.counts.length === 0 ? (
        <p>{t('screening.none')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="screening-counts">
            <thead>
              <tr>
                <th scope="col">{t('screening.month')}</th>
                <th scope="col">{t('screening.agency')}</th>
                <th scope="col">{t('screening.outcome')}</th>
                <th scope="col">{t('screening.count')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.data.counts.map((c) => (
                <tr key={`${c.month}-${c.agencyId}-${c.outcome}`}>
                  <td>{c.month}</td>
                  <td>{agencyName(c.agencyId)}</td>
                  <td>{t(`screening.outcomeShort.${c.outcome}`)}</td>
                  <td>{c.suppressed ? t('screening.fewerThan10') : c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ScreeningsPage() {
  const me = useSignedIn();
  if (!may(me.roles, 'readScreenings')) {
    return <ScreeningsHead>{may(me.roles, 'countScreenings') && <ScreeningCounts />}</ScreeningsHead>;
  }
  return <ScreeningsList />;
}

/** The page's title and the actions the user's roles allow. */
function ScreeningsHead({ children }: { children?: ReactNode }) {
  const me = useSignedIn();
  const { t } = useTranslation();
  return (
    <section>
      <div className="page-head">
        <h1>{t('screening.title')}</h1>
        <div className="actions">
          {may(me.roles, 'recordScreenings') && (
            <Link to="/screening/new" className="button">
              {t('screening.newScreening')}
            </Link>
          )}
          {may(me.roles, 'publishInstruments') && (
            <Link to="/screening/instruments" className="button secondary">
              {t('screening.instruments')}
            </Link>
          )}
          {may(me.roles, 'setReferralPathways') && (
            <Link to="/screening/pathways" className="button secondary">
              {t('screening.pathways')}
            </Link>
          )}
        </div>
      </div>
      {children}
    </section>
  );
}

function ScreeningsList() {
  const { t, i18n } = useTranslation();
  const formatDate = useDateTime();
  const { pending } = useScreeningQueue();
  const list = useQuery({
    queryKey: SCREENINGS,
    queryFn: listScreenings,
  });
  return (
    <ScreeningsHead>
      {pending.some((p) => p.state !== 'refused') && (
        <p className="notice" role="status" data-testid="waiting">
          {t('screening.waiting', { count: pending.filter((p) => p.state !== 'refused').length })}
        </p>
      )}
      {pending.some((p) => p.state === 'refused') && (
        <div className="error" role="alert" data-testid="refused">
          <p>
            {t('screening.refusedOnDevice', { count: pending.filter((p) => p.state === 'refused').length })}
          </p>
          <ul>
            {pending
              .filter((p) => p.state === 'refused')
              .map((p) => (
                <li key={p.id}>
                  {formatDate(p.storedAt)}: {p.error}{' '}
                  {p.kind === 'screening' && (
                    <Link to="/screening/new" search={{ resume: p.id }}>
                      {t('screening.correct')}
                    </Link>
                  )}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      if (window.confirm(t('screening.discardConfirm'))) void discardQueued(p.id);
                    }}
                  >
                    {t('screening.discard')}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.screenings.length === 0 && <p>{t('screening.none')}</p>}
      {list.data && list.data.screenings.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('screening.when')}</th>
                <th scope="col">{t('screening.outcome')}</th>
                <th scope="col">{t('screening.interviewLanguage')}</th>
                <th scope="col">{t('screening.by')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.screenings.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to="/screening/$screeningId" params={{ screeningId: s.id }}>
                      {formatDate(s.conductedAt)}
                    </Link>
                  </td>
                  <td>
                    {t(`screening.outcomes.${s.outcome}`)}
                    {s.child ? ` · ${t('screening.child')}` : ''}
                  </td>
                  <td>{languageName(s.interviewLanguage, i18n.language)}</td>
                  <td>
                    {s.by} · {s.agency.name}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ScreeningsHead>
  );
}

/** The person record the screening is about, for those who read investigation records. */
function PersonLink({
  screeningId,
  personId,
  presumedBirthYear,
}: {
  screeningId: string;
  personId: string | null;
  /** From the age the person gave, when they gave one. */
  presumedBirthYear: number | null;
}) {
  const me = useSignedIn();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picking, setPicking] = useState(false);
  const [creating, setCreating] = useState(false);
  const [names, setNames] = useState({ given: '', family: '' });
  const create = useMutation({
    mutationFn: async () => {
      const person = await recordScreenedPerson(names, presumedBirthYear);
      await linkScreeningPerson(screeningId, person.id);
    },
    onSuccess: () => {
      setCreating(false);
      return queryClient.invalidateQueries({ queryKey: screeningKeys.screening(screeningId) });
    },
  });
  const link = useMutation({
    mutationFn: (id: string | null) => linkScreeningPerson(screeningId, id),
    onSuccess: () => {
      setPicking(false);
      return queryClient.invalidateQueries({ queryKey: screeningKeys.screening(screeningId) });
    },
  });
  if (!may(me.roles, 'readInvestigationRecords')) return null;
  return (
    <section aria-labelledby="person-link">
      <h2 id="person-link">{t('screening.personRecord')}</h2>
      {personId ? (
        <p>
          <Link to="/persons/$personId" params={{ personId }} search={{ purpose: 'screening follow-up' }}>
            {t('screening.openPerson')}
          </Link>{' '}
          <button type="button" className="secondary" onClick={() => link.mutate(null)}>
            {t('screening.unlinkPerson')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('screening.noPerson')}</p>
      )}
      {!picking && !creating && !personId && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setPicking(true)}>
            {t('screening.linkPerson')}
          </button>
          {may(me.roles, 'writeInvestigationRecords') && (
            <button type="button" className="secondary" onClick={() => setCreating(true)}>
              {t('screening.createPerson')}
            </button>
          )}
        </div>
      )}
      {creating && (
        <form
          className="form-grid card"
          aria-label={t('screening.createPerson')}
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Field label={t('screening.givenNames')} error={fieldError(create.error, 'names.0.givenNames')}>
            <input value={names.given} onChange={(e) => setNames({ ...names, given: e.target.value })} />
          </Field>
          <Field label={t('screening.familyNames')} error={fieldError(create.error, 'names.0.familyNames')}>
            <input value={names.family} onChange={(e) => setNames({ ...names, family: e.target.value })} />
          </Field>
          {presumedBirthYear && (
            <p className="muted">{t('screening.presumedBirthYear', { year: presumedBirthYear })}</p>
          )}
          <div className="actions">
            <button type="submit" disabled={create.isPending}>
              {t('common.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setCreating(false)}>
              {t('common.cancel')}
            </button>
          </div>
          {create.error && <ErrorMessage error={create.error} />}
        </form>
      )}
      {picking && (
        <RecordPicker
          kind="person"
          purpose="linking a screening to a person record"
          onPick={(r) => link.mutate(r.id)}
        />
      )}
      {link.error && <ErrorMessage error={link.error} />}
    </section>
  );
}

/** One screening as recorded, explained with the instrument version it used. */
export function ScreeningPage() {
  const { screeningId } = useParams({ from: '/screening/$screeningId' });
  const { t } = useTranslation();
  const formatDate = useDateTime();
  const screening = useScreening(screeningId);
  const instrument = useQuery({
    queryKey: screeningKeys.instrument(screening.data?.instrument.id),
    queryFn: () => getInstrument(screening.data!.instrument.id),
    enabled: Boolean(screening.data),
  });
  if (screening.isPending || (screening.data && instrument.isPending)) return <Loading />;
  if (screening.isError) return <ErrorMessage error={screening.error} onRetry={() => screening.refetch()} />;
  if (instrument.isError) return <ErrorMessage error={instrument.error} />;
  const s = screening.data;
  return (
    <section>
      <h1>{t('screening.screeningOf', { date: formatDate(s.conductedAt) })}</h1>
      <p className="muted">
        {s.by} · {s.agency.name}
        {s.place ? ` · ${s.place}` : ''} · {s.instrument.key} v{s.instrument.version}
      </p>
      <ResultView
        instrument={instrument.data!.definition as Instrument}
        result={s.result}
        screeningId={s.id}
      />
      <PersonLink
        screeningId={s.id}
        personId={s.personId}
        presumedBirthYear={
          typeof s.answers.age === 'number'
            ? new Date(s.conductedAt).getUTCFullYear() - Math.floor(s.answers.age)
            : null
        }
      />
      <div className="actions">
        <Link to="/requests/new" search={{ screening: s.id, type: 'victim_referral' }} className="button">
          {t('screening.createReferral')}
        </Link>
      </div>
    </section>
  );
}
