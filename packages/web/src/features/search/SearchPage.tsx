/** The one search box over investigation records, and why each hit matched. */
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../app/feedback.tsx';
import { searchKeys, searchRecords } from './api.ts';

const route = getRouteApi('/search');

export function SearchPage() {
  const { t } = useTranslation();
  const { q } = route.useSearch();
  const result = useQuery({
    queryKey: searchKeys.query(q),
    queryFn: () => searchRecords(q),
    enabled: Boolean(q),
  });
  return (
    <section>
      <h1>
        {t('search.title')}
        {q ? `: ${q}` : ''}
      </h1>
      {!q ? null : result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <ErrorMessage error={result.error} />
      ) : result.data.hits.length === 0 ? (
        <p className="empty">{t('search.none')}</p>
      ) : (
        <ol className="hits" data-testid="search-hits">
          {result.data.hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              {hit.kind === 'person' ? (
                <Link
                  to="/persons/$personId"
                  params={{ personId: hit.id }}
                  search={{ purpose: `${t('search.title')}: ${q}` }}
                >
                  {hit.label}
                </Link>
              ) : (
                <Link to="/cases/$caseId" params={{ caseId: hit.caseId ?? '' }}>
                  {hit.label}
                </Link>
              )}
              {hit.detail && <span className="muted"> · {hit.detail}</span>}{' '}
              <span className="reasons">{hit.reasons.map((r) => t(`search.reasons.${r}`)).join(' + ')}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
