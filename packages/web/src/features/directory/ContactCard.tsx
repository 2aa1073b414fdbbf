/** One contact point as the directory shows it: who, where, how to reach them and when. */
import { Link } from '@tanstack/react-router';
import { formatPhone } from '@veza/core';
import { useTranslation } from 'react-i18next';
import type { ContactPoint } from '../../types.ts';
import { availabilityText, languageName } from './labels.ts';

export function ContactCard({ contact, actions }: { contact: ContactPoint; actions?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card contact" aria-labelledby={`contact-${contact.id}`}>
      <header>
        <h3 id={`contact-${contact.id}`}>{contact.name}</h3>
        <span className="badge jurisdiction" title={t(`jurisdictions.${contact.jurisdiction}`)}>
          {contact.jurisdiction}
        </span>
        {contact.isDemo && <span className="badge demo">{t('app.demo')}</span>}
      </header>
      <p className="function">{contact.function}</p>
      <p>
        <Link to="/directory/agencies/$agencyId" params={{ agencyId: contact.agency.id }}>
          {contact.agency.name}
        </Link>{' '}
        <span className="muted">({t(`agencyTypes.${contact.agency.type}`)})</span>
      </p>
      <dl className="facts">
        {contact.taskForce && (
          <>
            <dt>{t('directory.taskForce')}</dt>
            <dd>{contact.taskForce}</dd>
          </>
        )}
        {contact.phone && (
          <>
            <dt>{t('directory.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone}`}>{formatPhone(contact.phone)}</a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>{t('directory.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        <dt>{t('directory.languages')}</dt>
        <dd>{contact.languages.map((code) => languageName(code, i18n.language)).join(', ')}</dd>
        <dt>{t('directory.availability')}</dt>
        <dd>
          {availabilityText(contact.availability, t, i18n.language)}{' '}
          <span className={contact.availableNow ? 'status on' : 'status off'}>
            {contact.availableNow ? t('availability.availableNow') : t('availability.notNow')}
          </span>
        </dd>
      </dl>
      {actions && <footer className="actions">{actions}</footer>}
    </article>
  );
}
