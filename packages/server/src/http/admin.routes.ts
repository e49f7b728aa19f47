import { loginNameSchema, roleSchema } from '@kizuki/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { createAccount } from '../services/account.service.js';
import { accountAdminRoles } from '../services/context.js';
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
    const clientId = c.req.query('clientId');
    const limit = Math.min(Number(c.req.query('limit') ?? 200) || 200, 1000);
    const entries = await deps.store.listAccessLog(c.get('actor').tenantId, { ...(clientId ? { clientId } : {}), limit });
    return c.json({ entries });
  });

  return app;
}
