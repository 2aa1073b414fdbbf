/**
 * A child's safeguards: the guardian, age assessments (presumed a child while any doubt remains),
 * and the best-interests assessment and determination, without which the case cannot close.
 */
import { useMutation } from '@tanstack/react-query';
import { AGE_ASSESSMENT_METHODS } from '@veza/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../i18n/format.ts';
import {
  appointGuardian,
  determineBestInterests,
  type ProtectionCaseView,
  recordAgeAssessment,
} from '../api.ts';
import { FoldForm, today, useCaseChange } from './shared.tsx';

type Props = { c: ProtectionCaseView };

export function ChildSection({ c }: Props) {
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatCalendarDate(d, i18n.language);
  const works = c.allowedActions.includes('update');
  if (!c.child && !c.ageInDoubt && c.ageAssessments.length === 0 && !works) return null;
  return (
    <>
      <h2>{t('protection.children.title')}</h2>
      <dl className="facts" data-testid="child-facts">
        {c.ageInDoubt && (
          <>
            <dt>{t('protection.children.age')}</dt>
            <dd>{t('protection.children.presumed')}</dd>
          </>
        )}
        {c.child && (
          <>
            <dt>{t('protection.children.guardian')}</dt>
            <dd>
              {c.guardianName
                ? `${c.guardianName} (${date(c.guardianAppointedOn!)})`
                : t('protection.children.noGuardian')}
            </dd>
            <dt>{t('protection.children.bestInterests')}</dt>
            <dd>
              {c.bestInterestsDeterminedOn
                ? `${date(c.bestInterestsDeterminedOn)}${c.bestInterestsDeterminedBy ? `, ${c.bestInterestsDeterminedBy}` : ''}`
                : t('protection.children.noBestInterests')}
            </dd>
          </>
        )}
      </dl>
      {c.ageAssessments.length > 0 && (
        <ul>
          {c.ageAssessments.map((a) => (
            <li key={`${a.assessedOn}-${a.method}-${a.by}`}>
              {date(a.assessedOn)}: {t(`protection.children.methods.${a.method}`)},{' '}
              {t('protection.children.range', { min: a.minimumAge, max: a.maximumAge })} ({a.by})
            </li>
          ))}
        </ul>
      )}
      {works && c.child && <Guardian c={c} />}
      {works && <AgeAssessment c={c} />}
      {works && c.child && <BestInterests c={c} />}
    </>
  );
}

function Guardian({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [guardianName, setName] = useState(c.guardianName ?? '');
  const [appointedOn, setOn] = useState(c.guardianAppointedOn ?? today());
  const save = useMutation({
    mutationFn: () => appointGuardian(c.id, { guardianName, appointedOn, version: c.version }),
    onSuccess: changed,
  });
  return (
    <FoldForm title={t('protection.children.appoint')} action={save} submit={t('protection.record')}>
      <label>
        <span>{t('protection.children.guardianName')}</span>
        <input value={guardianName} onChange={(e) => setName(e.target.value)} required minLength={2} />
      </label>
      <label>
        <span>{t('protection.children.appointedOn')}</span>
        <input type="date" value={appointedOn} max={today()} onChange={(e) => setOn(e.target.value)} />
      </label>
    </FoldForm>
  );
}

function AgeAssessment({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [method, setMethod] = useState<string>('documents');
  const [minimumAge, setMin] = useState(16);
  const [maximumAge, setMax] = useState(18);
  const [by, setBy] = useState('');
  const [assessedOn, setOn] = useState(today());
  const save = useMutation({
    mutationFn: () =>
      recordAgeAssessment(c.id, { assessedOn, method, minimumAge, maximumAge, by, version: c.version }),
    onSuccess: changed,
  });
  return (
    <FoldForm title={t('protection.children.recordAge')} action={save} submit={t('protection.record')}>
      <label>
        <span>{t('protection.children.method')}</span>
        <select value={method} onChange={(e) => setMethod(e.target.value)}>
          {AGE_ASSESSMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`protection.children.methods.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('protection.children.minimumAge')}</span>
        <input
          type="number"
          min={0}
          max={30}
          value={minimumAge}
          onChange={(e) => setMin(Number(e.target.value))}
        />
      </label>
      <label>
        <span>{t('protection.children.maximumAge')}</span>
        <input
          type="number"
          min={0}
          max={30}
          value={maximumAge}
          onChange={(e) => setMax(Number(e.target.value))}
        />
      </label>
      <label>
        <span>{t('protection.children.by')}</span>
        <input value={by} onChange={(e) => setBy(e.target.value)} required minLength={2} />
      </label>
      <label>
        <span>{t('protection.children.assessedOn')}</span>
        <input type="date" value={assessedOn} max={today()} onChange={(e) => setOn(e.target.value)} />
      </label>
    </FoldForm>
  );
}

function BestInterests({ c }: Props) {
  const { t } = useTranslation();
  const changed = useCaseChange(c);
  const [assessedOn, setAssessed] = useState(c.bestInterestsAssessedOn ?? today());
  const [determinedOn, setDetermined] = useState(c.bestInterestsDeterminedOn ?? today());
  const [determinedBy, setBy] = useState(c.bestInterestsDeterminedBy ?? '');
  const save = useMutation({
    mutationFn: () =>
      determineBestInterests(c.id, { assessedOn, determinedOn, determinedBy, version: c.version }),
    onSuccess: changed,
  });
  return (
    <FoldForm title={t('protection.children.determine')} action={save} submit={t('protection.record')}>
      <label>
        <span>{t('protection.children.assessedOn')}</span>
        <input type="date" value={assessedOn} max={today()} onChange={(e) => setAssessed(e.target.value)} />
      </label>
      <label>
        <span>{t('protection.children.determinedOn')}</span>
        <input
          type="date"
          value={determinedOn}
          max={today()}
          onChange={(e) => setDetermined(e.target.value)}
        />
      </label>
      <label>
        <span>{t('protection.children.determinedBy')}</span>
        <input value={determinedBy} onChange={(e) => setBy(e.target.value)} required minLength={2} />
      </label>
    </FoldForm>
  );
}
