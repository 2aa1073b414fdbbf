/** An honest empty state for a capability that is not built yet. */
import { useTranslation } from 'react-i18next';

export type ComingFeature =
  | 'screening'
  | 'protection'
  | 'cases'
  | 'hits'
  | 'requests'
  | 'analysis'
  | 'knowledge';

export function ComingPage({ feature }: { feature: ComingFeature }) {
  const { t } = useTranslation();
  return (
    <section className="coming">
      <h1>{t('coming.title', { feature: t(`nav.${feature}`) })}</h1>
      <p className="lead">{t(`coming.${feature}`)}</p>
      <p>{t('coming.body')}</p>
    </section>
  );
}
