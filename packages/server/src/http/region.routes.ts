import { KizukiError, resourceCsvEncodingSchema, type ProviderCandidatesAnswer } from '@kizuki/core';
import { Hono } from 'hono';
import { listProviderCandidates } from '../services/region-provider.service.js';
import { exportResourcesCsv, importResourcesCsv, maxResourceCsvBytes } from '../services/region.service.js';
import { parseInput } from '../services/validate.js';
import { addRegionIssueRoutes } from './region-issue.routes.js';
import type { AppDeps, AppEnv } from './env.js';
import { requireSession } from './session.middleware.js';

/**
 * /api/region: what is not a single record save. `POST /resources/import` takes a CSV file (UTF-8
 * or Shift_JIS) into the directory, all rows or none; `GET /resources.csv?encoding=` answers the
 * directory the organization reads; `GET /resources/provider-candidates` answers the 介護保険
 * providers the keeper's readable plans name that the directory lacks (counts only). Entries
 * themselves are read and saved through /api/records (kind `region_resource`, `region_unmet_need`).
 */
export function regionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.post('/resources/import', async (c) => {
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > maxResourceCsvBytes) throw new KizukiError('bad_request', 'CSVファイルが大きすぎます（5MBまで）。');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json({ report: await importResourcesCsv(deps, c.get('actor'), bytes) }, 201);
  });

  app.get('/resources.csv', async (c) => {
    const encoding = parseInput(resourceCsvEncodingSchema, c.req.query('encoding') ?? 'utf-8', 'encoding');
    const { bytes, count, changedCharacters } = await exportResourcesCsv(deps, c.get('actor'), encoding);
    const name = `shakai-shigen-${encoding === 'utf-8' ? 'utf8' : 'sjis'}.csv`;
    return c.body(Buffer.from(bytes), 200, {
      'Content-Type': `text/csv; charset=${encoding === 'utf-8' ? 'utf-8' : 'Shift_JIS'}`,
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Kizuki-Resources': String(count),
      'X-Kizuki-Csv-Conversions': String(changedCharacters),
    });
  });

  app.get('/resources/provider-candidates', async (c) => {
    const answer: ProviderCandidatesAnswer = await listProviderCandidates(deps, c.get('actor'));
    return c.json(answer);
  });

  addRegionIssueRoutes(app, deps);
  return app;
}
