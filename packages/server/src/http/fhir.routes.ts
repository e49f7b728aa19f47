import { toFhirBundle, type FhirBundle } from '@kizuki/core';
import { Hono } from 'hono';
import { exportCaseFile } from '../services/case-file-export.service.js';
import { caseFileRoles, type Actor, type ServiceDeps } from '../services/context.js';
import type { AppDeps, AppEnv } from './env.js';
import { requireRole } from './session.middleware.js';

/** FHIR requires UTF-8 to be stated explicitly (R4 http.html), which matters for Japanese text. */
const fhirJson = 'application/fhir+json; charset=utf-8';

/**
 * The case file of one client of the actor's tenant as a FHIR R4 Bundle. The read is logged as
 * `case_file.export`; another tenant's client is not_found. Bundle.timestamp is the export time.
 */
async function fhirExport(deps: ServiceDeps, actor: Actor, clientId: string): Promise<FhirBundle> {
  const at = deps.now().toISOString();
  const caseFile = await exportCaseFile(deps.store, actor.tenantId, clientId, actor.user.id, at);
  const users = await deps.store.listUsers(actor.tenantId);
  return toFhirBundle(caseFile, { timestamp: at, organization: actor.organization, userNames: Object.fromEntries(users.map((u) => [u.id, u.displayName])) });
}

/** GET /api/clients/:clientId/fhir — mounted at /api, behind the session check of /api/clients/*. */
export function fhirRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('/clients/:clientId/fhir', requireRole(caseFileRoles));
  app.get('/clients/:clientId/fhir', async (c) => {
    const bundle = await fhirExport(deps, c.get('actor'), c.req.param('clientId'));
    return c.body(JSON.stringify(bundle), 200, { 'Content-Type': fhirJson });
  });
  return app;
}
