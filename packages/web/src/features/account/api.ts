/** The signed-in user's own URLs: who they are, signing in and out, their settings and second factor. */
import type { InterfaceLocale } from '@veza/core';
import { get, patch, post } from '../../api.ts';
import type { Me } from '../../types.ts';

export const ME_KEY = ['me'] as const;

export const getMe = () => get<Me>('/api/me');
export const signIn = (body: { username: string; password: string; totp?: string }) =>
  post<Me>('/api/auth/login', body);
export const signOut = () => post('/api/auth/logout');
export const updateMe = (body: { email?: string | null; locale?: InterfaceLocale }) =>
  patch<Me>('/api/me', body);
export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  post('/api/me/password', body);
export const enrolTotp = () => post<{ secret: string; uri: string; qrSvg: string }>('/api/me/totp/enrol');
export const confirmTotp = (code: string) =>
  post<{ recoveryCodes: string[] }>('/api/me/totp/confirm', { code });
export const removeTotp = (password: string) => post('/api/me/totp/remove', { password });
