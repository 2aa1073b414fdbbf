/** User administration's URLs and query keys. */
import { get, patch, post, queryString } from '../../api.ts';
import type { UserView } from '../../types.ts';

export const USERS = ['users'] as const;
export const userKeys = { list: (showDisabled: boolean) => [...USERS, showDisabled] as const };

export const listUsers = (showDisabled: boolean) =>
  get<{ users: UserView[] }>(
    `/api/users${queryString({ includeDisabled: showDisabled ? 'true' : undefined })}`,
  );

/** Disables an account, or enables it again, from the version the admin saw. */
export const toggleUser = (user: UserView) =>
  patch<UserView>(`/api/users/${user.id}`, { version: user.version, disabled: !user.disabled });

export const createUser = (body: {
  username: string;
  displayName: string;
  agencyId: string;
  roles: string[];
  password: string;
}) => post<UserView>('/api/users', body);
