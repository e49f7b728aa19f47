import { serveStatic } from '@hono/node-server/serve-static';
import { KizukiError } from '@kizuki/core';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { adminRoutes } from './admin.routes.js';
import { auditRoutes } from './audit.routes.js';
import { authRoutes } from './auth.routes.js';
import { clientRoutes } from './clients.routes.js';
import { csvRoutes } from './csv.routes.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { effectRoutes } from './effect.routes.js';
import type { AppDeps, AppEnv } from './env.js';
import { errorResponse, nulRefused } from './errors.js';
import { fhirRoutes } from './fhir.routes.js';
import { officeRoutes } from './office.routes.js';
import { grantRoutes, sharedRoutes } from './grants.routes.js';
import { inspectionRoutes } from './inspection.routes.js';
import { areaRoutes, recordRoutes } from './records.routes.js';
import { policyRoutes } from './policy.routes.js';
import { regionRoutes } from './region.routes.js';
import { communityMeetingRoutes } from './community-meeting.routes.js';
import { preventionRoutes } from './prevention.routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { requireSession, sameOriginGuard } from './session.middleware.js';

/** Builds the whole HTTP application: JSON API under /api and the web UI at /. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.onError((error, c) => errorResponse(c, error));

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    // No eval and no inline script: the web build is module files only (its zod runs without JIT, see web/src/no-eval.ts).
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', backend: deps.store.backend, version: deps.version }));
  app.get('/api/openapi.json', (c) => c.json(buildOpenApiDocument(deps.version)));

  app.use('/api/*', async (c, next) => {
    if (/%00/u.test(c.req.url)) throw nulRefused();
    await next();
  });
  app.use('/api/*', sameOriginGuard(deps));
  app.route('/api/auth', authRoutes(deps));

  app.use('/api/clients/*', requireSession(deps));
  app.use('/api/clients', requireSession(deps));
  app.route('/api/clients', clientRoutes(deps));
  app.route('/api', fhirRoutes(deps));
  app.route('/api', csvRoutes(deps));

  app.route('/api/dashboard', dashboardRoutes(deps));

  app.use('/api/policies', requireSession(deps));
  app.use('/api/policies/*', requireSession(deps));
  app.use('/api/audit', requireSession(deps));
  app.use('/api/audit/*', requireSession(deps));
  app.route('/api', auditRoutes(deps));

  app.use('/api/admin/*', requireSession(deps));
  app.route('/api/admin', adminRoutes(deps));

  app.route('/api/grants', grantRoutes(deps));
  app.route('/api/records', recordRoutes(deps));
  app.route('/api/area', areaRoutes(deps));
  app.route('/api/shared', sharedRoutes(deps));
  app.route('/api/effect', effectRoutes(deps));
  app.route('/api/inspection', inspectionRoutes(deps));
  app.route('/api/policy', policyRoutes(deps));
  app.route('/api/office', officeRoutes(deps));
  app.route('/api/region', regionRoutes(deps));
  app.route('/api/community-meetings', communityMeetingRoutes(deps));
  app.route('/api/prevention', preventionRoutes(deps));

  app.all('/api/*', (c) => {
    throw new KizukiError('not_found', `APIのパス「${c.req.path}」はありません。`);
  });

  if (deps.webRoot && existsSync(deps.webRoot)) {
    const root = deps.webRoot;
    app.use('/*', serveStatic({ root }));
    // Client-side routes fall back to the single page.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
}
