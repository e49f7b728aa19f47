import { KizukiError } from '@kizuki/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { diffPolicyVersions, draftStart, previewPolicyEdit, viewPolicyVersion } from '../services/policy-versions.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

const previewRequestSchema = z.object({
  source: z.string({ error: '方針パックの内容（source）を文字で指定してください' }).min(1, { error: '方針パックの内容が空です' }).max(400_000, { error: '方針パックの内容が長すぎます' }),
  version: z.string({ error: '版は文字で指定してください' }).optional(),
});

function required(name: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new KizukiError('bad_request', `${name}を指定してください。`);
  return value;
}

/**
 * /api/policy: what is not a record save in 基本方針 — the start of a new draft, the preview of an
 * edit, a version resolved for reading, and the diff of two versions. Versions, acknowledgements
 * and 指標 activities themselves are saved through /api/records.
 */
export function policyRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.get('/start', async (c) => {
    const from = c.req.query('from') ?? 'latest';
    if (from !== 'latest' && from !== 'bundled') throw new KizukiError('bad_request', `from は latest か bundled で指定してください（「${from}」）。`);
    return c.json(await draftStart(deps, c.get('actor'), from));
  });

  app.post('/preview', async (c) => {
    const input = parseInput(previewRequestSchema, await readJson(c));
    return c.json(await previewPolicyEdit(deps, c.get('actor'), input));
  });

  app.get('/versions/:id', async (c) => {
    const text = c.req.query('revision');
    const revision = text === undefined ? undefined : Number(text);
    if (revision !== undefined && (!Number.isInteger(revision) || revision < 1)) throw new KizukiError('bad_request', `版番号「${text}」は1以上の整数で指定してください。`);
    return c.json(await viewPolicyVersion(deps, c.get('actor'), c.req.param('id'), revision));
  });

  app.get('/diff', async (c) => c.json(await diffPolicyVersions(deps, c.get('actor'), required('比較元の版（from）', c.req.query('from')), required('比較先の版（to）', c.req.query('to')))));

  return app;
}
