import { KizukiError, recordCreateRequestSchema, recordUpdateRequestSchema } from '@kizuki/core';
import { Hono } from 'hono';
import * as records from '../services/record.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

const scopes = ['own', 'received', 'all'] as const;

function scopeQuery(text: string | undefined): (typeof scopes)[number] {
  if (text === undefined || text === '') return 'all';
  const scope = scopes.find((s) => s === text);
  if (!scope) throw new KizukiError('bad_request', `範囲（scope）「${text}」は own, received, all のいずれかで指定してください。`, { scope: text });
  return scope;
}

function revisionParam(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new KizukiError('bad_request', `版番号「${text}」は1以上の整数で指定してください。`);
  return n;
}

/** /api/records: 組織の記録 of every kind (policy versions, 指標 activities, ケアプラン点検 …). */
export function recordRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.get('/', async (c) => {
    const list = await records.listRecords(deps, c.get('actor'), c.req.query('kind'), scopeQuery(c.req.query('scope')));
    return c.json({ records: list });
  });

  app.post('/', async (c) => {
    const input = parseInput(recordCreateRequestSchema, await readJson(c));
    return c.json({ record: await records.createRecord(deps, c.get('actor'), input) }, 201);
  });

  app.get('/:id', async (c) => c.json({ record: await records.readRecord(deps, c.get('actor'), c.req.param('id')) }));

  app.put('/:id', async (c) => {
    const input = parseInput(recordUpdateRequestSchema, await readJson(c));
    return c.json({ record: await records.updateRecord(deps, c.get('actor'), c.req.param('id'), input) });
  });

  app.get('/:id/revisions', async (c) => c.json({ revisions: await records.listRecordRevisions(deps, c.get('actor'), c.req.param('id')) }));

  app.get('/:id/revisions/:revision', async (c) => {
    const { id, revision } = c.req.param();
    return c.json({ record: await records.readRecord(deps, c.get('actor'), id, revisionParam(revision)) });
  });

  return app;
}

/** /api/area: the insurer's area (管内). */
export function areaRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));
  app.get('/offices', async (c) => c.json({ offices: await records.listAreaOffices(deps, c.get('actor')) }));
  return app;
}
