import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { changePassword, login, logout, logoutEverywhere, sessionAbsoluteMs } from '../services/account.service.js';
import type { Actor } from '../services/context.js';
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

/** What the UI learns about the signed-in user: never the password hash. */
export function sessionView(actor: Actor, csrfToken: string) {
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

export function authRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.post('/login', async (c) => {
    const input = parseInput(loginRequestSchema, await readJson(c));
    const result = await login(deps, { ...input, clientAddress: clientAddress(c, deps) });
    setCookie(c, sessionCookieName, result.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: isHttps(c, deps),
      path: '/',
      // The server ends the session (idle or absolute); the cookie need not outlive the longest it can live.
      maxAge: Math.floor(sessionAbsoluteMs / 1000),
    });
    return c.json(sessionView(result.actor, result.csrfToken));
  });

  app.use('/logout', requireSession(deps));
  app.post('/logout', async (c) => {
    await logout(deps, c.get('sessionToken'));
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.body(null, 204);
  });

  app.use('/logout-all', requireSession(deps));
  app.post('/logout-all', async (c) => {
    const ended = await logoutEverywhere(deps, c.get('actor'));
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.json({ ended });
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
