import { Hono } from 'hono';
import { caseFileRoles } from '../services/context.js';
import { readDashboard } from '../services/dashboard.service.js';
import type { AppDeps, AppEnv } from './env.js';
import { requireRole, requireSession } from './session.middleware.js';

/** /api/dashboard: what is due across the office's clients today (the home page after login). */
export function dashboardRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // The session check lives here so mounting the router is a single line in app.ts.
  app.use('*', requireSession(deps), requireRole(caseFileRoles));
  app.get('/', async (c) => c.json(await readDashboard(deps, c.get('actor'))));
  return app;
}
