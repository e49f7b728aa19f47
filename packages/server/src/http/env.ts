import type { Hono } from 'hono';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { Actor, ServiceDeps } from '../services/context.js';

/** Hono context variables set by the session middleware. */
export interface AppEnv {
  Variables: {
    actor: Actor;
    csrfToken: string;
    sessionToken: string;
  };
}

export type AppDeps = ServiceDeps & {
  throttle: LoginThrottle;
  /** Always mark cookies Secure (behind a TLS-terminating proxy); otherwise only for https requests. */
  secureCookies?: boolean;
  /** Behind a reverse proxy: believe its X-Forwarded-For / X-Forwarded-Proto / X-Forwarded-Host headers. */
  trustProxy?: boolean;
  /** Folder of the built web UI; when absent only the API is served. */
  webRoot?: string;
  version: string;
};

export type AppRouter = Hono<AppEnv>;
