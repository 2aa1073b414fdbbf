/** Sign-in, sign-out and the signed-in user's own account. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { act, guardedBy, sessionOf } from '../../access/request.ts';
import { revokeSession, SESSION_COOKIE } from '../../access/sessions.ts';
import { AppError } from '../../errors.ts';
import {
  Done,
  Me,
  MeUpdate,
  PasswordChange,
  RecoveryCodes,
  SignInBody,
  TotpConfirm,
  TotpEnrolment,
  TotpRemove,
} from './schema.ts';
import {
  auditOwnAccount,
  changePassword,
  confirmTotp,
  deviceQueueKey,
  loadProfile,
  removeTotp,
  startTotpEnrolment,
  updateOwnAccount,
} from './service.ts';
import { signIn } from './sign-in.ts';

const tags = ['account'];

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  const { config } = request.server.veza;
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: config.sessionAbsoluteHours * 3600,
  });
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
}

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  guardedBy(app, 'self');
  const meOf = async (request: FastifyRequest) => {
    const profile = await act(request, loadProfile);
    const session = sessionOf(request);
    return {
      ...profile,
      csrfToken: session.csrfToken,
      sessionExpiresAt: session.expiresAt.toISOString(),
    };
  };

  app.post(
    '/api/auth/login',
    {
      config: { public: true, secondFactorSetup: true },
      schema: { tags, summary: 'Sign in', body: SignInBody, response: { 200: Me } },
    },
    async (request, reply) => {
      const { config, database, clock } = app.veza;
      const result = await signIn(
        database,
        {
          ...request.body,
          address: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          now: clock(),
        },
        {
          windowMs: config.signInWindowMinutes * 60_000,
          maxFailuresPerAccount: config.maxFailuresPerAccount,
          maxFailuresPerAddress: config.maxFailuresPerAddress,
        },
        app.veza.secrets,
      );
      if (result.outcome === 'rate_limited') {
        throw new AppError('too_many_attempts', 'too many failed sign-ins; wait and try again', {
          retryAfterSeconds: result.retryAfterSeconds,
        });
      }
      if (result.outcome === 'totp_required') {
        throw new AppError('totp_required', 'enter the code from your authenticator app', { field: 'totp' });
      }
      if (result.outcome === 'invalid_credentials') {
        throw new AppError('invalid_credentials', 'the username or password is wrong');
      }
      setSessionCookie(request, reply, result.token);
      request.sessionToken = result.token;
      return meOf(request);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { secondFactorSetup: true }, schema: { tags, summary: 'Sign out', response: { 200: Done } } },
    async (request, reply) => {
      await act(request, async (ctx) => {
        await revokeSession(ctx.tx, sessionOf(request).tokenHash, ctx.now);
        await auditOwnAccount(ctx, 'sign_out');
      });
      clearSessionCookie(request, reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      config: { secondFactorSetup: true },
      schema: { tags, summary: 'The signed-in user', response: { 200: Me } },
    },
    async (request) => meOf(request),
  );

  app.patch(
    '/api/me',
    {
      config: { secondFactorSetup: true },
      schema: {
        tags,
        summary: 'Remember the interface language; set the address for notification e-mails',
        body: MeUpdate,
        response: { 200: Me },
      },
    },
    async (request) => {
      await act(request, (ctx) => updateOwnAccount(ctx, request.body));
      return meOf(request);
    },
  );

  app.get(
    '/api/me/queue-key',
    {
      schema: {
        tags,
        summary: "The key that encrypts the user's offline queue on their devices (never cached)",
        response: { 200: z.object({ key: z.string() }) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { key: await act(request, (ctx) => deviceQueueKey(ctx)) };
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { secondFactorSetup: true },
      schema: {
        tags,
        summary: 'Change the password; ends every session',
        body: PasswordChange,
        response: { 200: Done },
      },
    },
    async (request, reply) => {
      await act(request, (ctx) =>
        changePassword(ctx, request.body.currentPassword, request.body.newPassword),
      );
      clearSessionCookie(request, reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/me/totp/enrol',
    {
      config: { secondFactorSetup: true },
      schema: { tags, summary: 'Start enrolling an authenticator app', response: { 200: TotpEnrolment } },
    },
    async (request) => act(request, (ctx) => startTotpEnrolment(ctx, request.server.veza.secrets)),
  );

  app.post(
    '/api/me/totp/confirm',
    {
      config: { secondFactorSetup: true },
      schema: {
        tags,
        summary: 'Confirm the authenticator with a code; returns recovery codes once',
        body: TotpConfirm,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) =>
      act(request, (ctx) => confirmTotp(ctx, request.body.code, request.server.veza.secrets)),
  );

  app.post(
    '/api/me/totp/remove',
    { schema: { tags, summary: 'Remove the second factor', body: TotpRemove, response: { 200: Done } } },
    async (request) => {
      await act(request, (ctx) => removeTotp(ctx, request.body.password));
      return { ok: true as const };
    },
  );
};
