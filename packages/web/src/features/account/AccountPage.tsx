/** The signed-in user's own account: profile, password, second factor. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/Field.tsx';
import { ErrorMessage, fieldError } from '../../app/feedback.tsx';
import { forgetUser, ME_KEY, useSignedIn } from '../../app/session.ts';
import { changePassword, confirmTotp, enrolTotp, removeTotp, updateMe } from './api.ts';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  return (
    <section>
      <h1>{t('account.title')}</h1>
      {me.secondFactorRequired && (
        <p className="notice alert" role="alert" data-testid="second-factor-required">
          {t('account.secondFactorRequired')}
        </p>
      )}
      <h2>{t('account.profile')}</h2>
      <dl className="facts">
        <dt>{t('signIn.username')}</dt>
        <dd>{me.username}</dd>
        <dt>{t('account.jurisdiction')}</dt>
        <dd>{t(`jurisdictions.${me.jurisdiction}`)}</dd>
        <dt>{t('account.agency')}</dt>
        <dd>{me.agency.name}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>{me.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
      </dl>
      <NotificationEmail />
      <PasswordChange />
      <SecondFactor />
    </section>
  );
}

/** Where notification e-mails go: they say only that something is waiting in Veza. */
function NotificationEmail() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(me.email ?? '');
  const save = useMutation({
    mutationFn: () => updateMe({ email: email.trim() || null }),
    onSuccess: (next) => queryClient.setQueryData(ME_KEY, next),
  });
  return (
    <form
      className="form"
      aria-labelledby="email-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="email-title">{t('account.notificationEmail')}</h2>
      <p className="muted">{t('account.notificationEmailHelp')}</p>
      <Field label={t('account.email')} error={fieldError(save.error, 'email')}>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      {save.isSuccess && <p role="status">{t('common.saved')}</p>}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function PasswordChange() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      window.alert(t('account.passwordChanged'));
      forgetUser(client);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t('account.changePassword')}</h2>
      <Field label={t('account.currentPassword')} error={fieldError(change.error, 'currentPassword')}>
        <input
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </Field>
      <Field label={t('account.newPassword')} error={fieldError(change.error, 'newPassword')}>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
        />
      </Field>
      <button type="submit" disabled={change.isPending}>
        {t('account.changePassword')}
      </button>
    </form>
  );
}

function SecondFactor() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const enrol = useMutation({
    mutationFn: enrolTotp,
  });
  const confirm = useMutation({
    mutationFn: () => confirmTotp(code),
    onSuccess: (result) => {
      setRecoveryCodes(result.recoveryCodes);
      enrol.reset();
      client.invalidateQueries({ queryKey: ME_KEY });
    },
  });
  const remove = useMutation({
    mutationFn: () => removeTotp(password),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });

  return (
    <div className="card form">
      <h2>{t('account.twoFactor')}</h2>
      <p>
        {me.totpEnabled
          ? t('account.twoFactorOn', { count: me.recoveryCodesLeft })
          : t('account.twoFactorOff')}
      </p>
      {recoveryCodes && (
        <div className="recovery" role="status">
          <p>{t('account.recoveryCodes')}</p>
          <ul className="codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!me.totpEnabled && !enrol.data && (
        <button type="button" onClick={() => enrol.mutate()} disabled={enrol.isPending}>
          {t('account.enrol')}
        </button>
      )}
      {enrol.isError && <ErrorMessage error={enrol.error} />}
      {enrol.data && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm.mutate();
          }}
        >
          <p>{t('account.scan')}</p>
          <img
            className="qr"
            alt={enrol.data.uri}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrol.data.qrSvg)}`}
          />
          <p>
            <code>{enrol.data.secret}</code>
          </p>
          <Field label={t('account.code')} error={fieldError(confirm.error, 'code')}>
            <input
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
          <button type="submit" disabled={confirm.isPending}>
            {t('account.confirm')}
          </button>
        </form>
      )}
      {me.totpEnabled && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            remove.mutate();
          }}
        >
          <Field label={t('account.passwordToRemove')} error={fieldError(remove.error, 'password')}>
            <input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <button type="submit" className="danger" disabled={remove.isPending}>
            {t('account.remove')}
          </button>
        </form>
      )}
    </div>
  );
}
