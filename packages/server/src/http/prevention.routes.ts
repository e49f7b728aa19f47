import { delegatedMonitoringRequestSchema, delegatedPlanSaveRequestSchema, preventionConfirmationRequestSchema } from '@kizuki/core';
import { Hono } from 'hono';
import * as center from '../services/prevention-delegation.service.js';
import * as office from '../services/prevention-office.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

/**
 * /api/prevention: 介護予防支援の委託. The center's side (委託状況, 確認欄) and the delegated
 * office's side (the plan it writes through the `delegated_prevention` grant).
 */
export function preventionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.get('/delegations', async (c) => c.json(await center.delegationOverview(deps, c.get('actor'))));

  app.post('/plans/:documentId/confirmation', async (c) => {
    const input = parseInput(preventionConfirmationRequestSchema, await readJson(c));
    return c.json({ document: await center.confirmDelegatedPlan(deps, c.get('actor'), c.req.param('documentId'), input) });
  });

  app.get('/delegated', async (c) => c.json({ delegations: await office.listReceivedDelegations(deps, c.get('actor')) }));

  app.get('/delegated/:grantId/clients/:clientId', async (c) => {
    const { grantId, clientId } = c.req.param();
    return c.json(await office.readDelegatedClient(deps, c.get('actor'), grantId, clientId));
  });

  app.put('/delegated/:grantId/clients/:clientId/plan', async (c) => {
    const { grantId, clientId } = c.req.param();
    const input = parseInput(delegatedPlanSaveRequestSchema, await readJson(c));
    return c.json({ plan: await office.saveDelegatedPlan(deps, c.get('actor'), grantId, clientId, input) });
  });

  app.post('/delegated/:grantId/clients/:clientId/monitorings', async (c) => {
    const { grantId, clientId } = c.req.param();
    const input = parseInput(delegatedMonitoringRequestSchema, await readJson(c));
    return c.json({ monitoring: await office.addDelegatedMonitoring(deps, c.get('actor'), grantId, clientId, input) }, 201);
  });

  return app;
}
