import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { KizukiError, twoFactorCodeRequestSchema, type LoginEnrollmentAnswer, type LoginSecondStep, type LogoutEverywhereAnswer, type SessionAnswer } from '@kizuki/core';
import { z } from 'zod';
import {
  changePassword,
  confirmLoginEnrollment,
  login,
  loginChallengeMs,
  loginWithCode,
  logout,
  logoutEverywhere,
  sessionAbsoluteMs,
  startLoginEnrollment,
  type LoginResult,
} from '../services/account.service.js';
import type { Actor } from '../services/context.js';
import { confirmEnrollment, disableTwoFactor, regenerateRecoveryCodes, startEnrollment, twoFactorStatus, userOf } from '../services/two-factor.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession, sessionCookieName } from './session.middleware.js';

export const loginRequestSchema = z.object({
  login: z.string({ message: 'ログイン名を入力してください' }).trim().min(1, { message: 'ログイン名を入力してください' }).max(64),
  password: z.string({ message: 'パスワードを入力してください' }).min(1, { message: 'パスワードを入力してください' }).max(200),
});

export const passwordChangeRequestSchema = z.object({
  currentPassword: z.string({ message: '現在のパスワードを入力してください' }).min(1, { message: '現在のパスワードを入力してください' }).max(200),
  newPassword: z.string({ message: '新しいパスワードを入力してください' }).max(200),
});

/** What the UI learns about the signed-in user (core `SessionAnswer`): never the password hash. */
export function sessionView(actor: Actor, csrfToken: string): SessionAnswer {
  const { user, organization } = actor;
  return {
    user: { id: user.id, login: user.login, displayName: user.displayName, role: user.role },
    organization: { id: organization.id, kind: organization.kind, name: organization.name },
    csrfToken,
  };
}

/** The peer address; behind a trusted proxy, the first X-Forwarded-For hop (otherwise a client could forge it). */
function clientAddress(c: Context, deps: AppDeps): string {
  const forwarded = deps.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}

function isHttps(c: Context, deps: AppDeps): boolean {
  return (
    deps.secureCookies === true ||
    new URL(c.req.url).protocol === 'https:' ||
    (deps.trustProxy === true && c.req.header('x-forwarded-proto') === 'https')
  );
}

/** The cookie of a sign-in waiting for its second step; sent only to the sign-in routes. */
export const loginChallengeCookieName = 'kizuki_login';
const challengePath = '/api/auth/login';

export function authRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // The server's clock (RFC 9110 Date), which an authenticator's code is checked against.
  app.use('*', async (c, next) => {
    await next();
    c.header('date', deps.now().toUTCString());
  });

  const startSession = (c: Context, result: LoginResult): SessionAnswer => {
    deleteCookie(c, loginChallengeCookieName, { path: challengePath });
    setCookie(c, sessionCookieName, result.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: isHttps(c, deps),
      path: '/',
      // The server ends the session (idle or absolute); the cookie need not outlive the longest it can live.
      maxAge: Math.floor(sessionAbsoluteMs / 1000),
    });
    return sessionView(result.actor, result.csrfToken);
  };

  const challengeToken = (c: Context): string => {
    const token = getCookie(c, loginChallengeCookieName);
    if (!token) throw new KizukiError('unauthenticated', 'ログインの確認の期限が切れました。もう一度ログイン名とパスワードを入力してください。');
    return token;
  };

  app.post('/login', async (c) => {
    const input = parseInput(loginRequestSchema, await readJson(c));
    const result = await login(deps, { ...input, clientAddress: clientAddress(c, deps) });
    if ('step' in result) {
      setCookie(c, loginChallengeCookieName, result.challengeToken, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: isHttps(c, deps),
        path: challengePath,
        maxAge: Math.floor(loginChallengeMs / 1000),
      });
      const answer: LoginSecondStep = { step: result.step };
      return c.json(answer);
    }
    return c.json(startSession(c, result));
  });

  app.post('/login/code', async (c) => {
    const { code } = parseInput(twoFactorCodeRequestSchema, await readJson(c));
    const result = await loginWithCode(deps, { challengeToken: challengeToken(c), code, clientAddress: clientAddress(c, deps) });
    return c.json(startSession(c, result));
  });

  app.post('/login/enroll', async (c) => c.json(await startLoginEnrollment(deps, challengeToken(c))));

  app.post('/login/enroll/confirm', async (c) => {
    const { code } = parseInput(twoFactorCodeRequestSchema, await readJson(c));
    const result = await confirmLoginEnrollment(deps, { challengeToken: challengeToken(c), code, clientAddress: clientAddress(c, deps) });
    const answer: LoginEnrollmentAnswer = { ...startSession(c, result.session), recoveryCodes: result.recoveryCodes };
    return c.json(answer);
  });

  app.use('/two-factor', requireSession(deps));
  app.use('/two-factor/*', requireSession(deps));
  app.get('/two-factor', async (c) => c.json(await twoFactorStatus(deps, userOf(c.get('actor')))));
  app.post('/two-factor/enroll', async (c) => c.json(await startEnrollment(deps, userOf(c.get('actor')))));
  app.post('/two-factor/confirm', async (c) => {
    const { code } = parseInput(twoFactorCodeRequestSchema, await readJson(c));
    return c.json(await confirmEnrollment(deps, userOf(c.get('actor')), code));
  });
  app.post('/two-factor/recovery-codes', async (c) => {
    const { code } = parseInput(twoFactorCodeRequestSchema, await readJson(c));
    return c.json(await regenerateRecoveryCodes(deps, c.get('actor'), code));
  });
  app.post('/two-factor/disable', async (c) => {
    const { code } = parseInput(twoFactorCodeRequestSchema, await readJson(c));
    await disableTwoFactor(deps, c.get('actor'), code);
    return c.body(null, 204);
  });

  app.use('/logout', requireSession(deps));
  app.post('/logout', async (c) => {
    await logout(deps, c.get('sessionToken'));
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.body(null, 204);
  });

  app.use('/logout-all', requireSession(deps));
  app.post('/logout-all', async (c) => {
    const answer: LogoutEverywhereAnswer = { ended: await logoutEverywhere(deps, c.get('actor')) };
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.json(answer);
  });

  app.use('/password', requireSession(deps));
  app.post('/password', async (c) => {
    const input = parseInput(passwordChangeRequestSchema, await readJson(c));
    await changePassword(deps, c.get('actor'), c.get('sessionToken'), input);
    return c.body(null, 204);
  });

  app.use('/me', requireSession(deps));
  app.get('/me', (c) => c.json(sessionView(c.get('actor'), c.get('csrfToken'))));

  return app;
}
