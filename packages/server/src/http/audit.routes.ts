import { KizukiError, policySummary } from '@kizuki/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { getPolicyPack, getPolicyPacks, orderedPolicyPacks } from '../policy/load-packs.js';
import { auditCaseFiles, auditClient, auditDate, clientPolicy } from '../services/audit.service.js';
import { policyForInsurerNumber } from '../services/policy-versions.service.js';
import { auditCsv } from '../services/csv-audit.service.js';
import { maxCsvUploadBytes } from './csv.routes.js';
import { caseFileRoles } from '../services/context.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireRole } from './session.middleware.js';

const auditRequestSchema = z
  .object({
    caseFile: z.unknown().optional(),
    caseFiles: z.array(z.unknown()).optional(),
    policy: z.string({ error: 'policy はパックIDを文字で指定してください' }).optional(),
    asOf: z.string({ error: 'asOf は YYYY-MM-DD で指定してください' }).optional(),
  })
  .refine((r) => (r.caseFile === undefined) !== (r.caseFiles === undefined), { error: 'caseFile（1件）か caseFiles（配列）のどちらか一方を指定してください', path: ['caseFile'] });

/** Policy packs and the 気づき audit: /api/policies, /api/audit, /api/clients/:id/audit|policy. */
export function auditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // Paths are listed one by one: this router is mounted at /api, where a '*' would reach other routers.
  const allowed = requireRole(caseFileRoles);
  for (const path of ['/policies', '/policies/*', '/audit', '/audit/csv', '/clients/:clientId/policy', '/clients/:clientId/audit']) app.use(path, allowed);

  app.get('/policies', (c) =>
    c.json({
      policies: orderedPolicyPacks(getPolicyPacks()).map(policySummary),
    }),
  );
  app.get('/policies/:policyId', (c) => c.json({ pack: getPolicyPack(c.req.param('policyId')) }));

  app.post('/audit', async (c) => {
    const input = parseInput(auditRequestSchema, await readJson(c));
    const report = await auditCaseFiles(deps, c.get('actor'), { caseFiles: input.caseFiles ?? [input.caseFile], policy: input.policy, asOf: input.asOf });
    return c.json(report);
  });

  // ケアプラン点検 on a ZIP of ケアプランデータ連携 CSV from any vendor; nothing is stored.
  app.post('/audit/csv', async (c) => {
    const body = c.req.raw.body;
    if (!body) throw new KizukiError('bad_request', 'ケアプランデータ連携CSVのZIPファイルを本文として送ってください。');
    const actor = c.get('actor');
    const asOf = auditDate(deps, c.req.query('asOf'));
    const policy = c.req.query('policy');
    const report = await auditCsv(
      { zipStream: body as unknown as AsyncIterable<Uint8Array>, maxBytes: maxCsvUploadBytes },
      async (insurerNumber) => (policy !== undefined ? getPolicyPack(policy) : policyForInsurerNumber(deps.store, insurerNumber, actor.organization.policyPackId)),
      asOf,
    );
    return c.json(report);
  });

  app.get('/clients/:clientId/policy', async (c) => c.json({ pack: await clientPolicy(deps, c.get('actor'), c.req.param('clientId')) }));
  app.get('/clients/:clientId/audit', async (c) => {
    const { pack, asOf, result } = await auditClient(deps, c.get('actor'), c.req.param('clientId'), c.req.query('asOf'));
    return c.json({ policy: { id: pack.id, version: pack.version, chain: pack.chain }, asOf, result });
  });
  return app;
}
