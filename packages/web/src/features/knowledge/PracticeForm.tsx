/**
 * Writing a practice, case brief or lesson learned: its text in Markdown (shown as it will be,
 * sanitised, before saving), a brief's sections after SHERLOC's template, its tags, the
 * jurisdictions it concerns, its language, and the cases of the writer's jurisdiction it draws on.
 * A new one is a draft of the writer's agency until published.
 */
import './texts/register.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  BRIEF_SECTIONS,
  CRIMES,
  EXPLOITATION_TYPES,
  JURISDICTIONS,
  MODUS_OPERANDI,
  may,
  PILLARS,
  PRACTICE_KINDS,
  type PracticeKind,
  SPOKEN_LANGUAGES,
} from '@veza/core';
import type { PracticeView } from '@veza/core/api/knowledge';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { languageName } from '../../i18n/format.ts';
import { listCases } from '../cases/api.ts';
import { createPractice, KNOWLEDGE, knowledgeKeys, updatePractice } from './api.ts';
import { KnowledgeTabs, MarkdownField } from './Shared.tsx';

type Sections = Record<(typeof BRIEF_SECTIONS)[number], string>;

export function NewPracticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section>
      <h1>{t('knowledge.practices.new')}</h1>
      <KnowledgeTabs />
      <PracticeForm
        onSaved={(p) => navigate({ to: '/knowledge/practices/$practiceId', params: { practiceId: p.id } })}
        onCancel={() => navigate({ to: '/knowledge' })}
      />
    </section>
  );
}

export function PracticeForm({
  practice,
  onSaved,
  onCancel,
}: {
  practice?: PracticeView;
  onSaved: (practice: PracticeView) => void;
  onCancel: () => void;
}) {
  const me = useSignedIn();
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<PracticeKind>(practice?.kind ?? 'practice');
  const [title, setTitle] = useState(practice?.title ?? '');
  const [summary, setSummary] = useState(practice?.summary ?? '');
  const [body, setBody] = useState(practice?.body.markdown ?? '');
  const [sections, setSections] = useState<Sections>(
    Object.fromEntries(BRIEF_SECTIONS.map((s) => [s, practice?.sections[s].markdown ?? ''])) as Sections,
  );
  const [pillars, setPillars] = useState(practice?.tags.pillars ?? []);
  const [crimes, setCrimes] = useState(practice?.tags.crimes ?? []);
  const [exploitation, setExploitation] = useState<string[]>(practice?.tags.exploitation ?? []);
  const [modusOperandi, setModusOperandi] = useState<string[]>(practice?.tags.modusOperandi ?? []);
  const [keywords, setKeywords] = useState((practice?.tags.keywords ?? []).join(', '));
  const [jurisdictions, setJurisdictions] = useState<string[]>(practice?.jurisdictions ?? [me.jurisdiction]);
  const [language, setLanguage] = useState<string>(practice?.language ?? defaultLanguage(i18n.language));
  const [cases, setCases] = useState<{ id: string; label: string }[]>(
    (practice?.cases ?? [])
      .filter((c) => c.caseId)
      .map((c) => ({ id: c.caseId!, label: `${c.caseType} ${c.year ?? ''}` })),
  );
  const save = useMutation({
    mutationFn: () => {
      const payload = {
        kind,
        title,
        summary,
        body,
        sections: kind === 'brief' ? sections : { lessons: sections.lessons },
        tags: {
          pillars,
          crimes,
          exploitation,
          modusOperandi,
          keywords: keywords
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
        },
        jurisdictions,
        language,
        caseIds: cases.map((c) => c.id),
      };
      return practice
        ? updatePractice(practice.id, { ...payload, version: practice.version })
        : createPractice(payload);
    },
    onSuccess: (saved) => {
      client.setQueryData(knowledgeKeys.practice(saved.id), saved);
      client.invalidateQueries({ queryKey: KNOWLEDGE });
      onSaved(saved);
    },
  });
  const error = (field: string) => fieldError(save.error, field);
  const shownSections = kind === 'brief' ? BRIEF_SECTIONS : (['lessons'] as const);
  return (
    <form
      className="form-grid card"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t('knowledge.practices.kind')} error={error('kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as PracticeKind)}>
          {PRACTICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`knowledge.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('knowledge.practices.titleField')} error={error('title')}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </Field>
      <Field label={t('knowledge.practices.summary')} error={error('summary')}>
        <textarea rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={2000} />
      </Field>
      <Field label={t('knowledge.practices.body')} error={error('body')}>
        <MarkdownField value={body} onChange={setBody} rows={10} />
      </Field>
      {shownSections.map((s) => (
        <Field key={s} label={t(`knowledge.sections.${s}`)} error={error('sections')}>
          <MarkdownField
            value={sections[s]}
            onChange={(v) => setSections({ ...sections, [s]: v })}
            rows={4}
          />
        </Field>
      ))}
      <CheckboxGroup
        legend={t('knowledge.tags.pillars')}
        options={PILLARS.map((v) => ({ value: v, label: t(`knowledge.pillars.${v}`) }))}
        selected={pillars}
        onChange={setPillars}
      />
      <CheckboxGroup
        legend={t('knowledge.tags.crimes')}
        options={CRIMES.map((v) => ({ value: v, label: t(`knowledge.crimes.${v}`) }))}
        selected={crimes}
        onChange={setCrimes}
      />
      <details>
        <summary>{t('knowledge.tags.more')}</summary>
        <CheckboxGroup
          legend={t('knowledge.tags.exploitation')}
          options={EXPLOITATION_TYPES.map((v) => ({
            value: v,
            label: t(`cases.exploitationTypes.${v}`, { defaultValue: v }),
          }))}
          selected={exploitation}
          onChange={setExploitation}
        />
        <CheckboxGroup
          legend={t('knowledge.tags.modusOperandi')}
          options={MODUS_OPERANDI.map((v) => ({ value: v, label: t(`cases.mo.${v}`, { defaultValue: v }) }))}
          selected={modusOperandi}
          onChange={setModusOperandi}
        />
      </details>
      <Field label={t('knowledge.tags.keywords')} error={error('tags')}>
        <input value={keywords} onChange={(e) => setKeywords(e.target.value)} />
      </Field>
      <CheckboxGroup
        legend={t('knowledge.practices.jurisdictions')}
        options={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
        selected={jurisdictions}
        onChange={setJurisdictions}
        error={error('jurisdictions')}
      />
      <Field label={t('knowledge.practices.language')} error={error('language')}>
        <select value={language} onChange={(e) => setLanguage(e.target.value)}>
          {SPOKEN_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageName(l, i18n.language)}
            </option>
          ))}
        </select>
      </Field>
      {may(me.roles, 'readInvestigationRecords') && (
        <CasePicker cases={cases} onChange={setCases} error={error('caseIds')} />
      )}
      {save.isError && <ErrorMessage error={save.error} />}
      <FormActions pending={save.isPending} onCancel={onCancel} />
    </form>
  );
}

/** The interface language as the practice's language, where it is one a practice can be written in. */
function defaultLanguage(locale: string): string {
  const base = locale.split('-')[0]!;
  return (SPOKEN_LANGUAGES as readonly string[]).includes(base) ? base : 'en';
}

/** Cases of the writer's jurisdiction the practice draws on: others see them only anonymised. */
function CasePicker({
  cases,
  onChange,
  error,
}: {
  cases: { id: string; label: string }[];
  onChange: (cases: { id: string; label: string }[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const found = useQuery({
    queryKey: [...KNOWLEDGE, 'case-picker', asked],
    enabled: asked.length > 0,
    queryFn: () => listCases({ q: asked, limit: 10 }),
  });
  return (
    <fieldset>
      <legend>{t('knowledge.practices.cases')}</legend>
      <p className="muted">{t('knowledge.practices.casesHelp')}</p>
      <ul className="plain">
        {cases.map((c) => (
          <li key={c.id}>
            {c.label}{' '}
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(cases.filter((x) => x.id !== c.id))}
            >
              {t('knowledge.practices.unlink')}
            </button>
          </li>
        ))}
      </ul>
      <Field label={t('knowledge.practices.findCase')} error={error}>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setAsked(q.trim());
            }
          }}
          onBlur={() => setAsked(q.trim())}
        />
      </Field>
      {found.data && found.data.cases.length === 0 && (
        <p className="muted">{t('knowledge.picker.nothing')}</p>
      )}
      <ul className="picker-results">
        {found.data?.cases
          .filter((c) => !cases.some((x) => x.id === c.id))
          .map((c) => (
            <li key={c.id}>
              {c.reference} {c.title}{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() => onChange([...cases, { id: c.id, label: `${c.reference} ${c.title}` }])}
              >
                {t('knowledge.practices.link')}
              </button>
            </li>
          ))}
      </ul>
    </fieldset>
  );
}
