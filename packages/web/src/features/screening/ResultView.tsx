/**
 * The result, explained: the outcome and the rule that gave it, each element of the definition
 * with the indicators behind it and the answers that raised them, the vulnerabilities, and the
 * recommended actions with their reasons. In the screener's language.
 */
import { type Instrument, type ScreeningResult, textIn } from '@veza/core';
import { useTranslation } from 'react-i18next';

export function ResultView({ instrument, result }: { instrument: Instrument; result: ScreeningResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const label = (list: { id: string; label: Instrument['title'] }[], id: string) =>
    textIn(list.find((x) => x.id === id)?.label, lang).text || id;
  const questionText = (id: string) =>
    textIn(instrument.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text, lang).text;
  const present = result.elements.filter((e) => e.present);
  return (
    <div className="result">
      <p className={`outcome outcome-${result.outcome}`} data-testid="outcome">
        <strong>{t(`screening.outcomes.${result.outcome}`)}</strong>
      </p>
      <p>{textIn(result.rule.because, lang).text}</p>
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
                {e.positive ? t('screening.positive') : t('screening.notPositive')}
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
            {result.actions.map((a) => (
              <li key={a.id}>{label(instrument.actions, a.id)}</li>
            ))}
          </ul>
        </>
      )}
      {result.unanswered.length > 0 && (
        <p className="muted">{t('screening.unansweredCount', { count: result.unanswered.length })}</p>
      )}
    </div>
  );
}
