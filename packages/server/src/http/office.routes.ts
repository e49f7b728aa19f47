import { Hono } from 'hono';
import { readEmergencyList, readOfficeConcentration, readOfficeDue, readOfficeMonth, readOfficeNotifications, readQualityTemplate } from '../services/office.service.js';
import type { AppDeps, AppEnv } from './env.js';
import { requireRole, requireSession } from './session.middleware.js';

/** /api/office: the office's compliance computed over its case files and records (the records themselves go through /api/records). */
export function officeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps), requireRole(['office_admin', 'care_manager']));
  app.get('/month', async (c) => c.json(await readOfficeMonth(deps, c.get('actor'), c.req.query('month'))));
  app.get('/concentration', async (c) => c.json(await readOfficeConcentration(deps, c.get('actor'), c.req.query('period'))));
  app.get('/notifications', async (c) => c.json(await readOfficeNotifications(deps, c.get('actor'), c.req.query('month'))));
  app.get('/due', async (c) => c.json(await readOfficeDue(deps, c.get('actor'))));
  app.get('/quality-template', async (c) => c.json(await readQualityTemplate(deps, c.get('actor'))));
  app.get('/emergency-list', async (c) => c.json(await readEmergencyList(deps, c.get('actor'))));
  return app;
}
