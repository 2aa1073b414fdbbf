/** The regional directory: search by name in any script, filter by jurisdiction, agency type, language, availability. */

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { AGENCY_TYPES, JURISDICTIONS, may, SPOKEN_LANGUAGES } from '@veza/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { AgencyForm } from './AgencyForm.tsx';
import { directoryKeys, searchDirectory } from './api.ts';
import { ContactCard } from './ContactCard.tsx';
import { languageName } from './labels.ts';

export interface DirectorySearch {
  q?: string;
  jurisdiction?: string;
  agencyType?: string;
  language?: string;
  availability?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const oneOf = (value: unknown, allowed: readonly string[]) =>
  typeof value === 'string' && allowed.includes(value) ? value : undefined;

export function parseDirectorySearch(search: Record<string, unknown>): DirectorySearch {
  return {
    q: text(search.q),
    jurisdiction: oneOf(search.jurisdiction, JURISDICTIONS),
    agencyType: oneOf(search.agencyType, AGENCY_TYPES),
    language: oneOf(search.language, SPOKEN_LANGUAGES),
    availability: oneOf(search.availability, ['always', 'office_hours', 'now']),
  };
}

const route = getRouteApi('/directory');

export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [typed, setTyped] = useState(search.q ?? '');

  // Searching as one types, a moment after the last key, without a history entry per key.
  useEffect(() => {
    const handle = setTimeout(() => {
      if ((search.q ?? '') !== typed)
        navigate({ search: (prev) => ({ ...prev, q: typed || undefined }), replace: true });
    }, 250);
    return () => clearTimeout(handle);
  }, [typed, search.q, navigate]);

  const me = useSignedIn();
  const routerNavigate = useNavigate();
  const [addingAgency, setAddingAgency] = useState(false);
  const result = useQuery({
    queryKey: directoryKeys.search(search),
    queryFn: () => searchDirectory({ ...search }),
    placeholderData: keepPreviousData,
  });

  const setFilter = (name: keyof DirectorySearch, value: string) =>
    navigate({ search: (prev) => ({ ...prev, [name]: value || undefined }) });

  const languages = [...SPOKEN_LANGUAGES]
    .map((code) => ({ code, name: languageName(code, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <section>
      <h1>{t('directory.title')}</h1>
      <p className="lead">{t('directory.intro')}</p>
      {may(me.roles, 'editDirectory') &&
        (addingAgency ? (
          <AgencyForm
            onDone={(saved) => {
              setAddingAgency(false);
              if (saved)
                routerNavigate({ to: '/directory/agencies/$agencyId', params: { agencyId: saved.id } });
            }}
          />
        ) : (
          <button type="button" className="secondary" onClick={() => setAddingAgency(true)}>
            {t('directory.addAgency')}
          </button>
        ))}
      <search>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <label className="grow">
            <span>{t('directory.searchLabel')}</span>
            <input
              type="search"
              name="q"
              value={typed}
              placeholder={t('directory.searchPlaceholder')}
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          <label>
            <span>{t('directory.jurisdiction')}</span>
            <select
              value={search.jurisdiction ?? ''}
              onChange={(e) => setFilter('jurisdiction', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              {JURISDICTIONS.map((code) => (
                <option key={code} value={code}>
                  {t(`jurisdictions.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('directory.agencyType')}</span>
            <select value={search.agencyType ?? ''} onChange={(e) => setFilter('agencyType', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {AGENCY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`agencyTypes.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('directory.language')}</span>
            <select value={search.language ?? ''} onChange={(e) => setFilter('language', e.target.value)}>
              <option value="">{t('common.all')}</option>
              {languages.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('directory.availability')}</span>
            <select
              value={search.availability ?? ''}
              onChange={(e) => setFilter('availability', e.target.value)}
            >
              <option value="">{t('common.all')}</option>
              <option value="always">{t('availability.always')}</option>
              <option value="office_hours">{t('availability.officeHours')}</option>
              <option value="now">{t('availability.now')}</option>
            </select>
          </label>
        </form>
      </search>

      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <ErrorMessage error={result.error} onRetry={() => result.refetch()} />
      ) : (
        <div aria-live="polite" aria-busy={result.isFetching}>
          <h2>
            {t('directory.contactPoints')} <span className="count">({result.data.contactPoints.length})</span>
          </h2>
          {result.data.contactPoints.length === 0 ? (
            <p className="empty">{t('directory.noResults')}</p>
          ) : (
            <div className="cards" data-testid="contact-results">
              {result.data.contactPoints.map((contact) => (
                <ContactCard key={contact.id} contact={contact} />
              ))}
            </div>
          )}
          <h2>
            {t('directory.agencies')} <span className="count">({result.data.agencies.length})</span>
          </h2>
          {result.data.agencies.length === 0 ? (
            <p className="empty">{t('directory.noResults')}</p>
          ) : (
            <ul className="agency-list">
              {result.data.agencies.map((agency) => (
                <li key={agency.id}>
                  <span className="badge jurisdiction">{agency.jurisdiction}</span>{' '}
                  <Link to="/directory/agencies/$agencyId" params={{ agencyId: agency.id }}>
                    {agency.name}
                  </Link>
                  {agency.alternateName && <span className="muted"> · {agency.alternateName}</span>}
                  <span className="muted">
                    {' '}
                    · {t(`agencyTypes.${agency.type}`)} ·{' '}
                    {t('directory.contactCount', { count: agency.contactPointCount })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
