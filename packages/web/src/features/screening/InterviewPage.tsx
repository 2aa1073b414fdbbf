/**
 * The interview, phone-sized first. The screener's interface language and the interview language
 * are separate: a Serbian-speaking officer reads the questions to the person in Pashto, right to
 * left where the language writes so. Consent first, in the person's language; if they decline,
 * only an anonymous count is kept. Then one section at a time, back and forth; then the result,
 * scored on the device by the same function the server uses, with its explanation and the
 * recommended actions, and the buttons to refer the person.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import {
  type Answer,
  type Answers,
  checkAnswers,
  checkScreening,
  DeclineSubmit,
  type Instrument,
  type Question,
  RIGHT_TO_LEFT,
  type ScreeningLanguage,
  scoreScreening,
  textIn,
  visibleQuestions,
} from '@veza/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { languageName } from '../directory/labels.ts';
import { INSTRUMENTS, listInstruments } from './api.ts';
import { openQueued, type Submission, SubmissionRefused, useScreeningQueue } from './queue.ts';
import { prepareQueueKey } from './queue-key.ts';
import { ResultView } from './ResultView.tsx';

export type { InstrumentVersion } from './api.ts';

export function useInstruments() {
  return useQuery({
    queryKey: INSTRUMENTS,
    queryFn: listInstruments,
    staleTime: 5 * 60_000,
  });
}

/** The person's words: the text in the interview language, marked when unreviewed or not translated. */
function Spoken({
  texts,
  language,
  marked = true,
}: {
  texts: Instrument['title'];
  language: string;
  /** Whether to mark an unreviewed or missing translation here (once per question, not per answer). */
  marked?: boolean;
}) {
  const { t } = useTranslation();
  const shown = textIn(texts, language);
  const rtl = RIGHT_TO_LEFT.has(shown.language);
  return (
    <span lang={shown.language} dir={rtl ? 'rtl' : 'ltr'} className="spoken">
      {shown.text}
      {marked && !shown.translated && <span className="badge warn">{t('screening.notTranslated')}</span>}
      {marked && shown.translated && !shown.reviewed && (
        <span className="badge warn">{t('screening.unreviewed')}</span>
      )}
    </span>
  );
}

type Stage =
  | { step: 'setup' }
  | { step: 'consent' }
  | { step: 'section'; index: number }
  | { step: 'result' }
  | { step: 'declined' };

export function InterviewPage() {
  const { t, i18n } = useTranslation();
  const instruments = useInstruments();
  const queue = useScreeningQueue();
  const [stage, setStage] = useState<Stage>({ step: 'setup' });
  const [language, setLanguage] = useState<ScreeningLanguage>('en');
  const [place, setPlace] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [id, setId] = useState<string>(() => crypto.randomUUID());
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const [saved, setSaved] = useState<Submission | null>(null);
  // What is wrong with an answer, by question: shown at the question, which gets the focus.
  const [problem, setProblem] = useState<{ question: string; text: string } | null>(null);
  // A refusal: the server's (its words and the field it names), or one worded here (`text`).
  const [refused, setRefused] = useState<(Pick<Submission, 'error' | 'field'> & { text?: string }) | null>(
    null,
  );
  const { resume } = useSearch({ from: '/screening/new' });
  const focusAfterRender = useRef<string | null>(null);
  // A screening the server refused, opened from the list to be corrected: the same id, its answers.
  useEffect(() => {
    if (!resume) return;
    void openQueued(resume).then((submission) => {
      if (submission?.kind !== 'screening') return;
      const body = submission.body as {
        interviewLanguage: ScreeningLanguage;
        place: string | null;
        conductedAt: string;
        answers: Record<string, Answer>;
      };
      setId(submission.id);
      setLanguage(body.interviewLanguage);
      setPlace(body.place ?? '');
      setStartedAt(body.conductedAt);
      setAnswers(body.answers);
      setRefused(submission.error === undefined ? null : submission);
      setStage({ step: 'section', index: 0 });
    });
  }, [resume]);
  useEffect(() => {
    const question = focusAfterRender.current;
    if (!question) return;
    focusAfterRender.current = null;
    document
      .querySelector<HTMLElement>(
        `[data-testid="question-${CSS.escape(question)}"] input, [data-testid="question-${CSS.escape(question)}"] textarea`,
      )
      ?.focus();
  });
  const ids = { language: useId(), place: useId() };
  // While online, fetch the key that keeps a screening finished offline encrypted on this device.
  useEffect(() => {
    void prepareQueueKey();
  }, []);
  const current = instruments.data?.instruments[0];
  const instrument = current?.definition;
  const screenerLanguage = i18n.language;
  const shown = useMemo(
    () => (instrument ? visibleQuestions(instrument, answers as Answers) : []),
    [instrument, answers],
  );
  const result = useMemo(
    () => (instrument && stage.step === 'result' ? scoreScreening(instrument, answers as Answers) : null),
    [instrument, answers, stage.step],
  );

  if (instruments.isPending) return <Loading />;
  if (instruments.isError)
    return <ErrorMessage error={instruments.error} onRetry={() => instruments.refetch()} />;
  if (!current || !instrument) return <p>{t('screening.noInstrument')}</p>;

  const sections = instrument.sections
    .map((s) => ({ ...s, questions: s.questions.filter((q) => shown.some((v) => v.id === q.id)) }))
    .filter((s) => s.questions.length > 0);
  const set = (question: string, answer: Answer) => {
    setAnswers({ ...answers, [question]: answer });
    if (problem?.question === question) setProblem(null);
  };
  const sectionOf = (question: string) =>
    sections.findIndex((s) => s.questions.some((q) => q.id === question));
  /** Shows what is wrong at its question, in the section it is in, with the focus on it. */
  const showProblem = (field: string, text: string) => {
    const question = field.startsWith('answers.') ? field.slice('answers.'.length) : '';
    const at = sectionOf(question);
    if (at < 0) {
      // Not an answer (the time of the interview, the instrument): said above the first section.
      setRefused({ text });
      setStage({ step: 'section', index: 0 });
      return;
    }
    setProblem({ question, text });
    focusAfterRender.current = question;
    setStage({ step: 'section', index: at });
  };
  const problemText = (key: string, question: string) => {
    const q = sections.flatMap((s) => s.questions).find((x) => x.id === question);
    return key === 'answer_range' && q?.type === 'number'
      ? t('screening.problems.answer_range', { min: q.min ?? 0, max: q.max ?? '∞' })
      : t(`screening.problems.${key}`);
  };
  /** The refusal in the screener's words: the server's English as it is, else by the field it names. */
  const refusal =
    refused === null
      ? null
      : (refused.text ??
        (i18n.language === 'en'
          ? (refused.error ?? '')
          : refused.field === 'conductedAt'
            ? t('screening.problems.future')
            : refused.field?.startsWith('answers.')
              ? t('screening.problems.answer_invalid')
              : t('errors.codes.validation')));
  /** The answers given so far, of the questions shown: what the server will be sent. */
  const given = () =>
    Object.fromEntries(
      shown
        .filter((q) => answers[q.id] !== undefined && answers[q.id] !== '')
        .map((q) => [q.id, answers[q.id]]),
    );
  /** Checks the answers of the sections up to this one before going on. */
  const next = (index: number) => {
    const checked = checkAnswers(instrument, given());
    if (!checked.ok) {
      const question = checked.problem.field.slice('answers.'.length);
      if (sectionOf(question) <= index) {
        showProblem(checked.problem.field, problemText(checked.problem.key, question));
        return;
      }
    }
    setProblem(null);
    setStage({ step: 'section', index: index + 1 });
  };
  const unanswered = shown.filter(
    (q) => answers[q.id] === undefined || answers[q.id] === '' || answers[q.id] === null,
  );

  const finish = async () => {
    const submission: Submission = {
      kind: 'screening',
      id,
      body: {
        id,
        instrumentId: current.id,
        interviewLanguage: language,
        screenerLanguage,
        // A device whose clock ran ahead when the interview began (and was refused for it) sends now.
        conductedAt: new Date(Math.min(Date.parse(startedAt), Date.now())).toISOString(),
        place: place.trim() || null,
        consent: true,
        // Only what was asked: answers to questions that ended up hidden are not kept.
        answers: given(),
      },
    };
    const check = (body: Record<string, unknown>) => {
      const checked = checkScreening(instrument, body);
      if (checked.ok) return null;
      const question = checked.problem.field.replace(/^answers\./, '');
      return { field: checked.problem.field, message: problemText(checked.problem.key, question) };
    };
    try {
      setSaved(null);
      setRefused(null);
      setStage({ step: 'result' });
      const outcome = await queue.submit(submission, check);
      setSaved(outcome);
      if (outcome.state === 'refused') setRefused(outcome);
    } catch (error) {
      if (!(error instanceof SubmissionRefused)) throw error;
      showProblem(error.field, error.message);
    }
  };

  if (stage.step === 'setup') {
    return (
      <section className="interview">
        <h1>{t('screening.newScreening')}</h1>
        <p className="muted">
          {textIn(instrument.title, screenerLanguage).text} · v{current.version}
        </p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={ids.language}>{t('screening.interviewLanguage')}</label>
            <select
              id={ids.language}
              value={language}
              onChange={(e) => setLanguage(e.target.value as ScreeningLanguage)}
            >
              {instrument.languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l, i18n.language)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.place}>{t('screening.place')}</label>
            <input id={ids.place} value={place} onChange={(e) => setPlace(e.target.value)} />
          </div>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setStage({ step: 'consent' })}>
            {t('screening.start')}
          </button>
        </div>
      </section>
    );
  }

  if (stage.step === 'consent') {
    return (
      <section className="interview">
        <h1>{t('screening.consent')}</h1>
        <p className="muted">{t('screening.readConsent')}</p>
        <blockquote className="card">
          <Spoken texts={instrument.consent} language={language} />
          {language !== screenerLanguage && (
            <span className="screener-text" lang={screenerLanguage} data-testid="consent-screener">
              {textIn(instrument.consent, screenerLanguage).text}
            </span>
          )}
        </blockquote>
        <div className="actions">
          <button type="button" onClick={() => setStage({ step: 'section', index: 0 })}>
            {t('screening.agrees')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              setStage({ step: 'declined' });
              await queue.submit({ kind: 'decline', id, body: { id, conductedAt: startedAt } }, (body) => {
                const checked = DeclineSubmit.safeParse(body);
                return checked.success
                  ? null
                  : { field: 'conductedAt', message: t('screening.problems.invalid') };
              });
            }}
          >
            {t('screening.declines')}
          </button>
        </div>
      </section>
    );
  }

  if (stage.step === 'declined') {
    return (
      <section className="interview">
        <h1>{t('screening.declinedTitle')}</h1>
        <p>{t('screening.declinedText')}</p>
        <Link to="/screening" className="button">
          {t('screening.backToList')}
        </Link>
      </section>
    );
  }

  if (stage.step === 'result' && result) {
    return (
      <section className="interview">
        <h1>{t('screening.result')}</h1>
        {saved?.state === 'refused' ? (
          <div className="error" role="alert" data-testid="sync-state">
            <p>
              <strong>{t('screening.refused')}</strong> {refusal}
            </p>
            <p>{t('screening.refusedHelp')}</p>
            <button
              type="button"
              onClick={() =>
                saved.field
                  ? showProblem(saved.field, refusal ?? '')
                  : setStage({ step: 'section', index: 0 })
              }
            >
              {t('screening.correct')}
            </button>
          </div>
        ) : (
          <p role="status" data-testid="sync-state">
            {saved === null
              ? t('screening.saving')
              : saved.state === 'sent'
                ? t('screening.saved')
                : t('screening.waitingToSync')}
          </p>
        )}
        <ResultView instrument={instrument} result={result} screeningId={id} />
        <div className="actions">
          {saved?.state !== 'refused' && (
            <Link to="/requests/new" search={{ screening: id, type: 'victim_referral' }} className="button">
              {t('screening.createReferral')}
            </Link>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => setStage({ step: 'section', index: sections.length - 1 })}
          >
            {t('screening.back')}
          </button>
          <Link to="/screening" className="button secondary">
            {t('screening.backToList')}
          </Link>
        </div>
      </section>
    );
  }

  const index = stage.step === 'section' ? Math.min(stage.index, sections.length - 1) : 0;
  const section = sections[index]!;
  return (
    <section className="interview" dir="ltr">
      <p className="progress" aria-live="polite">
        {t('screening.progress', { current: index + 1, total: sections.length })}
      </p>
      <progress value={index + 1} max={sections.length} aria-hidden="true" />
      <h1>
        <Spoken texts={section.title} language={language} />
      </h1>
      <p className="muted">{textIn(section.title, screenerLanguage).text}</p>
      {refusal && (
        <p className="error" role="alert">
          {t('screening.refused')} {refusal}
        </p>
      )}
      <ol className="questions">
        {section.questions.map((q) => (
          <li key={q.id} className="card question" data-testid={`question-${q.id}`}>
            <QuestionField
              question={q}
              answer={answers[q.id]}
              onAnswer={(a) => set(q.id, a)}
              language={language}
              screenerLanguage={screenerLanguage}
              labels={instrument.answerLabels}
              problem={problem?.question === q.id ? problem.text : undefined}
            />
          </li>
        ))}
      </ol>
      <div className="actions">
        {index > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => setStage({ step: 'section', index: index - 1 })}
          >
            {t('screening.back')}
          </button>
        )}
        {index < sections.length - 1 ? (
          <button type="button" onClick={() => next(index)}>
            {t('screening.next')}
          </button>
        ) : (
          <button type="button" onClick={() => void finish()}>
            {t('screening.finish')}
          </button>
        )}
      </div>
      {index === sections.length - 1 && unanswered.length > 0 && (
        <p className="notice" data-testid="unanswered">
          {t('screening.unansweredBeforeFinish', { count: unanswered.length })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              const first = unanswered[0]!.id;
              focusAfterRender.current = first;
              setStage({ step: 'section', index: sectionOf(first) });
            }}
          >
            {t('screening.goToUnanswered')}
          </button>
        </p>
      )}
    </section>
  );
}

function QuestionField({
  question,
  answer,
  onAnswer,
  language,
  screenerLanguage,
  labels,
  problem,
}: {
  problem?: string | undefined;
  question: Question;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  language: string;
  screenerLanguage: string;
  labels: Instrument['answerLabels'];
}) {
  const { t } = useTranslation();
  const id = useId();
  const help = question.help ? textIn(question.help, screenerLanguage).text : null;
  const legend = (
    <>
      <Spoken texts={question.text} language={language} />
      {language !== screenerLanguage && (
        <span className="screener-text" lang={screenerLanguage}>
          {textIn(question.text, screenerLanguage).text}
        </span>
      )}
    </>
  );
  if (question.type === 'yes_no_unknown' || question.type === 'single' || question.type === 'multiple') {
    const options =
      question.type === 'yes_no_unknown'
        ? (['yes', 'no', 'unknown'] as const).map((v) => ({ id: v, text: labels[v] }))
        : (question.options ?? []);
    const multiple = question.type === 'multiple';
    const chosen = Array.isArray(answer) ? answer : [];
    return (
      <fieldset
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      >
        <legend>{legend}</legend>
        {help && <p className="help">{help}</p>}
        {problem && (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
        <div className={question.type === 'yes_no_unknown' ? 'choices inline' : 'choices'}>
          {options.map((o) => (
            <label key={o.id} className="choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${id}-${question.id}`}
                value={o.id}
                checked={multiple ? chosen.includes(o.id) : answer === o.id}
                onChange={(e) =>
                  onAnswer(
                    multiple
                      ? e.target.checked
                        ? [...chosen, o.id]
                        : chosen.filter((c) => c !== o.id)
                      : o.id,
                  )
                }
              />{' '}
              <Spoken texts={o.text} language={language} marked={false} />
              {language !== screenerLanguage && (
                <span className="screener-text" lang={screenerLanguage}>
                  {textIn(o.text, screenerLanguage).text}
                </span>
              )}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div className={problem ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{legend}</label>
      {help && <p className="help">{help}</p>}
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      {question.type === 'number' ? (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          min={question.min}
          max={question.max}
          value={typeof answer === 'number' ? answer : ''}
          onChange={(e) => onAnswer(e.target.value === '' ? null : Number(e.target.value))}
        />
      ) : question.type === 'date' ? (
        <input
          id={id}
          type="date"
          value={typeof answer === 'string' ? answer : ''}
          onChange={(e) => onAnswer(e.target.value || null)}
        />
      ) : (
        <textarea
          id={id}
          rows={3}
          value={typeof answer === 'string' ? answer : ''}
          onChange={(e) => onAnswer(e.target.value)}
        />
      )}
      {question.type === 'number' && <span className="muted">{t('screening.leaveEmpty')}</span>}
    </div>
  );
}
