import { accessLogQuerySchema, loginNameSchema, roleSchema, securitySettingsSchema } from '@kizuki/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { createAccount } from '../services/account.service.js';
import { exportAccessLogCsv, readAccessLog } from '../services/access-log.service.js';
import { accountAdminRoles } from '../services/context.js';
import { readSecuritySettings, saveSecuritySettings } from '../services/security-settings.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireRole } from './session.middleware.js';

export const newUserRequestSchema = z.object({
  login: loginNameSchema,
  displayName: z.string().trim().min(1, { message: '氏名を入力してください' }).max(100),
  role: roleSchema,
  password: z.string(),
});

/** Accounts and the access log of the actor's own organization (事業所管理者・システム管理者). */
export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireRole(accountAdminRoles));

  app.get('/users', async (c) => c.json({ users: await deps.store.listUsers(c.get('actor').tenantId) }));

  app.post('/users', async (c) => {
    const input = parseInput(newUserRequestSchema, await readJson(c));
    const user = await createAccount(deps, { ...input, organizationId: c.get('actor').tenantId });
    return c.json({ user }, 201);
  });

  app.get('/access-log', async (c) => {
    const query = parseInput(accessLogQuerySchema, c.req.query());
    return c.json(await readAccessLog(deps, c.get('actor'), query));
  });

  app.get('/access-log.csv', async (c) => {
    const query = parseInput(accessLogQuerySchema, c.req.query());
    const csv = await exportAccessLogCsv(deps, c.get('actor'), query);
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="access-log-${deps.now().toISOString().slice(0, 10)}.csv"`);
    return c.body(csv);
  });

  app.get('/security', async (c) => c.json(await readSecuritySettings(deps, c.get('actor'))));

  app.put('/security', async (c) => {
    const settings = parseInput(securitySettingsSchema, await readJson(c));
    return c.json(await saveSecuritySettings(deps, c.get('actor'), settings));
  });

  return app;
}
