/** Sign-in: username and password, then the authenticator code when the account has one. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { errorText } from '../../app/feedback.tsx';
import { LanguageSwitcher } from '../../app/Shell.tsx';
import { adopt, ME_KEY, takeSessionEnded } from '../../app/session.ts';
import { signIn as sendSignIn } from '../account/api.ts';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [sessionEnded] = useState(takeSessionEnded);

  const signIn = useMutation({
    mutationFn: () => sendSignIn({ username, password, ...(needsTotp && totp ? { totp } : {}) }),
    onSuccess: async (me) => {
      await adopt(me);
      client.setQueryData(ME_KEY, me);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'totp_required') setNeedsTotp(true);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };

  const error = signIn.error;
  const message =
    error instanceof ApiError
      ? error.code === 'totp_required'
        ? t('signIn.totpNeeded')
        : error.code === 'too_many_attempts'
          ? t('signIn.tooMany', { seconds: error.retryAfterSeconds ?? 60 })
          : error.code === 'invalid_credentials'
            ? t('signIn.wrongCredentials')
            : errorText(error, t, i18n.language)
      : error
        ? String(error)
        : null;

  return (
    <div className="signin">
      <header className="signin-header">
        <p className="brand-name">{t('app.name')}</p>
        <p>{t('app.tagline')}</p>
        <LanguageSwitcher />
      </header>
      <main id="main">
        <form onSubmit={submit} className="card signin-form" aria-labelledby="signin-title">
          <h1 id="signin-title">{t('signIn.title')}</h1>
          <label>
            <span>{t('signIn.username')}</span>
            <input
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label>
            <span>{t('signIn.password')}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {needsTotp && (
            <label>
              <span>{t('signIn.totp')}</span>
              <input
                name="totp"
                autoComplete="one-time-code"
                inputMode="text"
                required
                // biome-ignore lint/a11y/noAutofocus: the second step of a form the person is filling in
                autoFocus
                value={totp}
                onChange={(e) => setTotp(e.target.value)}
              />
            </label>
          )}
          {sessionEnded && !message && (
            <p className="notice" role="status">
              {t('signIn.sessionEnded')}
            </p>
          )}
          {message && (
            <p className="error" role="alert">
              {message}
            </p>
          )}
          <button type="submit" disabled={signIn.isPending}>
            {t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
