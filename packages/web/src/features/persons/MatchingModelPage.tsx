/**
 * The matching model of the jurisdiction's duplicate search, for its coordinators: the version in
 * use with each field's levels and weights and what changed since the version before, how its
 * scores are calibrated, every version, bringing an earlier one back, pausing and resuming learning.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Calibration, calibratedProbability } from '@veza/core';
import type { MatchingModelView } from '@veza/core/api/matching';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { DUPLICATES, getMatchingModel, MATCHING_MODEL, restoreModelVersion, setLearning } from './api.ts';

/** The matching model as the API returns it (core/src/api/matching.ts). */
type MatchingModel = MatchingModelView;

export function MatchingModelPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const model = useQuery({
    queryKey: MATCHING_MODEL,
    queryFn: getMatchingModel,
  });
  const done = (data: MatchingModel) => {
    queryClient.setQueryData(MATCHING_MODEL, data);
    // The open suggestions are scored again by the model now in use.
    void queryClient.invalidateQueries({ queryKey: DUPLICATES });
  };
  const restore = useMutation({
    mutationFn: restoreModelVersion,
    onSuccess: done,
  });
  const learning = useMutation({
    mutationFn: setLearning,
    onSuccess: done,
  });
  if (model.isPending) return <Loading />;
  if (model.error) return <ErrorMessage error={model.error} />;
  const { active, previous, region, versions, waiting } = model.data;
  const signed = (v: number) => formatNumber(v, i18n.language, { sign: true });
  const before = (field: string, level: string) =>
    previous?.fields.find((f) => f.field === field)?.levels.find((l) => l.level === level)?.weight;
  return (
    <section>
      <h1>{t('matchingModel.title')}</h1>
      <p className="lead">{t('matchingModel.intro')}</p>
      {(restore.error || learning.error) && <ErrorMessage error={restore.error ?? learning.error} />}
      {!active ? (
        <p>{t('matchingModel.none')}</p>
      ) : (
        <>
          <div className="card" data-testid="model-in-use">
            <p>
              <strong>
                {t('matchingModel.inUse', {
                  version: active.version,
                  date: formatDateTime(active.estimatedAt, i18n.language),
                  records: active.records,
                })}
              </strong>
            </p>
            {active.reason === 'restored' && active.restoredFrom !== null && (
              <p>
                {t('matchingModel.restoredBy', {
                  version: active.restoredFrom,
                  user: active.changedBy ?? t('matchingModel.system'),
                })}
              </p>
            )}
            <p>
              {t('matchingModel.learntFrom', {
                same: active.sameDecisions,
                different: active.differentDecisions,
              })}
            </p>
            {active.calibration.pairs === 0 ? (
              <p>{t('matchingModel.uncalibrated')}</p>
            ) : (
              <CalibrationTable calibration={active.calibration} />
            )}
            {(waiting.same > 0 || waiting.different > 0) && (
              <p data-testid="waiting-decisions">
                {t('matchingModel.waiting', { same: waiting.same, different: waiting.different })}
              </p>
            )}
            <p role="status">
              {active.learningPaused ? t('matchingModel.paused') : t('matchingModel.learning')}
            </p>
            <button
              type="button"
              disabled={learning.isPending}
              onClick={() => learning.mutate(!active.learningPaused)}
            >
              {active.learningPaused ? t('matchingModel.resume') : t('matchingModel.pause')}
            </button>
          </div>

          <h2 id="model-weights-heading">{t('matchingModel.weights')}</h2>
          <p>{t('matchingModel.weightsIntro')}</p>
          <div className="table-wrap">
            <table data-testid="model-weights" aria-labelledby="model-weights-heading">
              <thead>
                <tr>
                  <th scope="col">{t('person.duplicates.level')}</th>
                  <th scope="col">{t('matchingModel.weight')}</th>
                  {previous && (
                    <th scope="col">{t('matchingModel.change', { version: previous.version })}</th>
                  )}
                </tr>
              </thead>
              {active.fields.map((f) => (
                <tbody key={f.field}>
                  <tr>
                    <th scope="colgroup" colSpan={previous ? 3 : 2}>
                      {t(`person.duplicates.fields.${f.field}`, { defaultValue: f.field })}
                    </th>
                  </tr>
                  {f.levels.map((l) => {
                    const old = before(f.field, l.level);
                    const change = old === undefined ? null : l.weight - old;
                    return (
                      <tr key={l.level} data-field={f.field} data-level={l.level}>
                        <td>{t(`person.duplicates.levels.${l.level}`, { defaultValue: l.level })}</td>
                        <td className="number">{signed(l.weight)}</td>
                        {previous && (
                          <td className="number" data-testid="weight-change">
                            {change === null || Math.abs(change) < 0.05 ? '—' : signed(change)}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}

      <h2 id="model-versions-heading">{t('matchingModel.versions')}</h2>
      <ol className="cards" data-testid="model-versions" aria-labelledby="model-versions-heading">
        {versions.map((v) => (
          <li key={v.id} className="card" data-version={v.version}>
            <h3>{t('matchingModel.versionTitle', { version: v.version })}</h3>
            <p>
              {formatDateTime(v.estimatedAt, i18n.language)} ·{' '}
              {v.reason === 'restored'
                ? t('matchingModel.restored', {
                    version: v.restoredFrom ?? '?',
                    user: v.changedBy ?? t('matchingModel.system'),
                  })
                : t('matchingModel.learnt')}
            </p>
            <p>
              {t('matchingModel.decisionCounts', { same: v.sameDecisions, different: v.differentDecisions })}
            </p>
            {v.active ? (
              <p>
                <strong>{t('matchingModel.current')}</strong>
              </p>
            ) : (
              <button type="button" disabled={restore.isPending} onClick={() => restore.mutate(v.id)}>
                {t('matchingModel.restore', { version: v.version })}
              </button>
            )}
          </li>
        ))}
      </ol>

      <h2>{t('matchingModel.regionTitle')}</h2>
      <p data-testid="region-model">
        {region
          ? t('matchingModel.regionInUse', {
              version: region.version,
              date: formatDateTime(region.estimatedAt, i18n.language),
              records: region.records,
              same: region.sameDecisions,
              different: region.differentDecisions,
            })
          : t('matchingModel.regionNone')}
      </p>
    </section>
  );
}

/** The model's own score against the score after calibration, at the scores users meet. */
const OWN_SCORES = [0.3, 0.5, 0.7, 0.9, 0.99, 0.999];

function CalibrationTable({ calibration }: { calibration: Calibration }) {
  const { t, i18n } = useTranslation();
  const score = (p: number) => formatNumber(p, i18n.language, { fractionDigits: p >= 0.99 ? 4 : 2 });
  return (
    <div className="table-wrap">
      <table data-testid="calibration">
        <caption>{t('matchingModel.calibration', { pairs: calibration.pairs })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matchingModel.ownScore')}</th>
            <th scope="col">{t('matchingModel.calibratedScore')}</th>
          </tr>
        </thead>
        <tbody>
          {OWN_SCORES.map((p) => (
            <tr key={p}>
              <td className="number">{score(p)}</td>
              <td className="number">{score(calibratedProbability(calibration, Math.log2(p / (1 - p))))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
