/** User administration for a jurisdiction's admins: create, disable, re-enable. */

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLES, type Role } from '@veza/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { CheckboxGroup } from '../../app/CheckboxGroup.tsx';
import { Field } from '../../app/Field.tsx';
import { FormActions } from '../../app/FormActions.tsx';
import { ErrorMessage, fieldError, Loading } from '../../app/feedback.tsx';
import { useSignedIn } from '../../app/session.ts';
import { useJurisdictionDirectory } from '../directory/agencies.ts';
import { createUser, listUsers, toggleUser, USERS, userKeys } from './api.ts';

export function UsersPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [showDisabled, setShowDisabled] = useState(false);
  const users = useQuery({
    queryKey: userKeys.list(showDisabled),
    queryFn: () => listUsers(showDisabled),
  });
  const toggle = useMutation({
    mutationFn: toggleUser,
    onSettled: () => client.invalidateQueries({ queryKey: USERS }),
  });

  return (
    <section>
      <h1>{t('users.title', { jurisdiction: t(`jurisdictions.${me.jurisdiction}`) })}</h1>
      <CreateUser />
      <label className="check">
        <input type="checkbox" checked={showDisabled} onChange={(e) => setShowDisabled(e.target.checked)} />
        {t('users.showDisabled')}
      </label>
      {toggle.isError && <ErrorMessage error={toggle.error} />}
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorMessage error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.agency')}</th>
                <th scope="col">{t('users.twoFactor')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <tr key={user.id}>
                  <td>{user.username}</td>
                  <td>{user.displayName}</td>
                  <td>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
                  <td>{user.agency.name}</td>
                  <td>{user.totpEnabled ? t('common.yes') : t('common.no')}</td>
                  <td>{user.disabled ? t('users.disabled') : t('users.active')}</td>
                  <td>
                    {user.allowedActions.includes('update') && (
                      <button
                        type="button"
                        className={user.disabled ? 'secondary' : 'danger'}
                        onClick={() => toggle.mutate(user)}
                      >
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CreateUser() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agencyId, setAgencyId] = useState(me.agency.id);
  const [roles, setRoles] = useState<Role[]>([]);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const agencies = useJurisdictionDirectory(me.jurisdiction, { enabled: open });
  const create = useMutation({
    mutationFn: () => createUser({ username, displayName, agencyId, roles, password }),
    onSuccess: (user) => {
      setCreated(user.username);
      setOpen(false);
      setUsername('');
      setDisplayName('');
      setRoles([]);
      setPassword('');
      client.invalidateQueries({ queryKey: USERS });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (!open) {
    return (
      <p>
        {created && (
          <span role="status" className="ok">
            {t('users.created', { username: created })}{' '}
          </span>
        )}
        <button type="button" onClick={() => setOpen(true)}>
          {t('users.create')}
        </button>
      </p>
    );
  }
  const known = ['username', 'displayName', 'agencyId', 'roles', 'password'];
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <Field label={t('users.username')} error={fieldError(create.error, 'username')}>
        <input required value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
      </Field>
      <Field label={t('users.displayName')} error={fieldError(create.error, 'displayName')}>
        <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </Field>
      <Field label={t('users.agency')} error={fieldError(create.error, 'agencyId')}>
        <select value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
          {(agencies.data?.agencies ?? [{ id: me.agency.id, name: me.agency.name }]).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      <CheckboxGroup
        legend={t('users.roles')}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        selected={roles}
        onChange={setRoles}
        error={fieldError(create.error, 'roles')}
      />
      <Field label={t('users.password')} error={fieldError(create.error, 'password')}>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      {create.error && !(create.error instanceof ApiError && known.includes(create.error.field ?? '')) && (
        <ErrorMessage error={create.error} />
      )}
      <FormActions pending={create.isPending} onCancel={() => setOpen(false)} />
    </form>
  );
}
