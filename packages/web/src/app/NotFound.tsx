import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('errors.notFound')}</h1>
      <p>
        <Link to="/directory">{t('directory.backToDirectory')}</Link>
      </p>
    </section>
  );
}
