import { inspectionSubmitRequestSchema, KizukiError } from '@kizuki/core';
import { Hono } from 'hono';
import * as inspection from '../services/inspection.service.js';
import { parseInput } from '../services/validate.js';
import { maxCsvUploadBytes } from './csv.routes.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

function whichQuery(text: string | undefined): 'submitted' | 'revised' {
  if (text === undefined || text === '' || text === 'submitted') return 'submitted';
  if (text === 'revised') return 'revised';
  throw new KizukiError('bad_request', `which「${text}」は submitted か revised で指定してください。`, { which: text });
}

/** /api/inspection: ケアプラン点検 beyond record saves (proposal, submission, reading the plan, 総評 draft). */
export function inspectionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.get('/offices', async (c) => c.json({ offices: await inspection.inspectableOffices(deps, c.get('actor')) }));

  app.get('/cases/:id/proposals', async (c) => c.json(await inspection.inspectionProposals(deps, c.get('actor'), c.req.param('id'))));

  app.post('/cases/:id/submit', async (c) => {
    const input = parseInput(inspectionSubmitRequestSchema, await readJson(c));
    return c.json(await inspection.submitInspectionPlan(deps, c.get('actor'), c.req.param('id'), input), 201);
  });

  app.get('/cases/:id/plan', async (c) => c.json({ reading: await inspection.readInspectionPlan(deps, c.get('actor'), c.req.param('id'), whichQuery(c.req.query('which'))) }));

  app.post('/cases/:id/csv', async (c) => {
    const body = c.req.raw.body;
    if (!body) throw new KizukiError('bad_request', 'ZIPファイルを本文として送ってください。');
    const source = { zipStream: body as unknown as AsyncIterable<Uint8Array>, maxBytes: maxCsvUploadBytes };
    return c.json(await inspection.importInspectionCsv(deps, c.get('actor'), c.req.param('id'), source, c.req.query('insuredNumber') || undefined, c.req.query('note') || undefined));
  });

  app.get('/summary-draft', async (c) => c.json(await inspection.inspectionSummaryDraft(deps, c.get('actor'), c.req.query('fiscalYear'))));

  return app;
}
