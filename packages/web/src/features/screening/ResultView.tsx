/**
 * The result, explained: the outcome and the rule that gave it, each element of the definition
 * with the indicators behind it and the answers that raised them, the vulnerabilities, and the
 * recommended actions with their reasons. In the screener's language.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type Instrument, type ScreeningResult, textIn } from '@veza/core';
import { useTranslation } from 'react-i18next';
import { listPathways, PATHWAYS } from './api.ts';

/** Where each action leads in the jurisdiction (kept by the service worker for offline use). */
export function usePathways() {
  return useQuery({
    queryKey: PATHWAYS,
    queryFn: listPathways,
    staleTime: 5 * 60_000,
  });
}

export function ResultView({
  instrument,
  result,
  screeningId,
}: {
  instrument: Instrument;
  result: ScreeningResult;
  /** When the screening is recorded: each action offers a referral to the agency that provides it. */
  screeningId?: string;
}) {
  const { t, i18n } = useTranslation();
  const pathways = usePathways().data?.pathways ?? [];
  const lang = i18n.language;
  const label = (list: { id: string; label: Instrument['title'] }[], id: string) =>
    textIn(list.find((x) => x.id === id)?.label, lang).text || id;
  const questionText = (id: string) =>
    textIn(instrument.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text, lang).text;
  const present = result.elements.filter((e) => e.present);
  // Results recorded before an instrument named them have neither.
  const missing = result.missingSections ?? [];
  const decisive = result.decisive ?? [];
  const answerText = (questionId: string, answer: ScreeningResult['decisive'][number]['answer']) => {
    const question = instrument.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
    const one = (value: string) =>
      question?.type === 'yes_no_unknown'
        ? textIn(instrument.answerLabels[value as 'yes' | 'no' | 'unknown'], lang).text
        : textIn(question?.options?.find((o) => o.id === value)?.text, lang).text || value;
    if (Array.isArray(answer)) return answer.map(one).join(', ');
    return typeof answer === 'string' ? one(answer) : String(answer);
  };
  return (
    <div className="result">
      <p className={`outcome outcome-${result.outcome}`} data-testid="outcome">
        <strong>{t(`screening.outcomes.${result.outcome}`)}</strong>
      </p>
      {result.unanswered.length > 0 && (
        <p className="notice" data-testid="incomplete">
          {t('screening.incomplete', { count: result.unanswered.length })}
        </p>
      )}
      <p>{textIn(result.rule.because, lang).text}</p>
      {missing.length > 0 && (
        <p className="notice" data-testid="screen-again">
          {t('screening.screenAgain', {
            sections: missing
              .map((id) => textIn(instrument.sections.find((s) => s.id === id)?.title, lang).text || id)
              .join(', '),
          })}
        </p>
      )}
      {decisive.length > 0 && (
        <>
          <h2>{t('screening.decisive')}</h2>
          <ul data-testid="decisive">
            {decisive.map((b) => (
              <li key={b.question}>
                “{questionText(b.question)}” → {answerText(b.question, b.answer)}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.child && (
        <p className="notice">
          {t(result.ageBasis === 'appearance' ? 'screening.childByAppearance' : 'screening.childByAge')}
        </p>
      )}
      {present.length > 0 && (
        <>
          <h2>{t('screening.elements')}</h2>
          <ul className="elements">
            {present.map((e) => (
              <li key={e.id} data-testid={`element-${e.id}`}>
                <strong>{label(instrument.elements, e.id)}</strong>:{' '}
                {e.kind === 'act'
                  ? t('screening.actOnly')
                  : e.positive
                    ? t('screening.positive')
                    : t('screening.notPositive')}
                <ul>
                  {result.indicators
                    .filter((i) => i.element === e.id)
                    .map((i) => (
                      <li key={i.id}>
                        {label(instrument.indicators, i.id)} ({t(`screening.strengths.${i.strength}`)}) ←{' '}
                        {i.because.map((b) => `“${questionText(b.question)}”`).join('; ')}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.vulnerabilities.length > 0 && (
        <>
          <h2>{t('screening.vulnerabilities')}</h2>
          <ul>
            {result.vulnerabilities.map((v) => (
              <li key={v.id}>
                {label(instrument.vulnerabilities, v.id)}
                {v.serious ? ` (${t('screening.serious')})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.actions.length > 0 && (
        <>
          <h2>{t('screening.actions')}</h2>
          <ul data-testid="actions">
            {result.actions.map((a) => {
              const pathway = pathways.find((p) => p.action === a.id);
              return (
                <li key={a.id}>
                  {label(instrument.actions, a.id)}
                  {pathway && (
                    <>
                      {' → '}
                      {pathway.agency.name}
                      {pathway.contactPoint ? ` (${pathway.contactPoint.name})` : ''}{' '}
                      {screeningId && (
                        <Link
                          to="/requests/new"
                          search={{
                            screening: screeningId,
                            agency: pathway.agency.id,
                            type: 'victim_referral',
                          }}
                        >
                          {t('screening.referThere')}
                        </Link>
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {result.unanswered.length > 0 && (
        <p className="muted">{t('screening.unansweredCount', { count: result.unanswered.length })}</p>
      )}
    </div>
  );
}
