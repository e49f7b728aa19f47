import { KizukiError } from '@kizuki/core';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { authenticate } from '../services/account.service.js';
import type { AppDeps, AppEnv } from './env.js';

export const sessionCookieName = 'kizuki_session';
export const csrfHeaderName = 'X-CSRF-Token';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses cross-site state changes: an Origin (or Referer) naming another host is refused
 * even before authentication, which also protects the login form.
 */
export function sameOriginGuard(deps: Pick<AppDeps, 'trustProxy'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (unsafeMethods.has(c.req.method)) {
      const origin = c.req.header('origin') ?? c.req.header('referer');
      const host = (deps.trustProxy ? c.req.header('x-forwarded-host') : undefined) ?? c.req.header('host');
      if (origin && host && safeHost(origin) !== host) {
        throw new KizukiError('csrf_failed', '別のサイトからの送信は受け付けられません。画面を開き直してください。');
      }
    }
    await next();
  };
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** Requires a valid session; on unsafe methods also the session's CSRF token in a header. */
export function requireSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessionCookieName);
    const auth = token ? await authenticate(deps, token) : undefined;
    if (!token || !auth) {
      throw new KizukiError('unauthenticated', 'ログインしてください。（セッションが無いか、有効期限が切れています）');
    }
    if (unsafeMethods.has(c.req.method)) {
      const sent = c.req.header(csrfHeaderName) ?? '';
      const a = Buffer.from(sent);
      const b = Buffer.from(auth.csrfToken);
      if (a.length !== b.length || !timingSafeEqual(a, b)) {
        throw new KizukiError('csrf_failed', '送信を確認できませんでした（CSRFトークンが一致しません）。画面を読み込み直してください。');
      }
    }
    c.set('actor', auth.actor);
    c.set('csrfToken', auth.csrfToken);
    c.set('sessionToken', token);
    await next();
  };
}

/** Only these roles may use a route; others get 403 with a Japanese message. */
export function requireRole(roles: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('actor').user.role)) {
      throw new KizukiError('forbidden', 'この操作を行う権限がありません。');
    }
    await next();
  };
}
