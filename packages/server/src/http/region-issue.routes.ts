import type { Hono } from 'hono';
import { councilAgenda, issueRegister, parseStatuses, unmetNeedReport } from '../services/region-issue.service.js';
import type { AppDeps, AppEnv } from './env.js';

/**
 * 地域課題 register and its reports, computed from the records the organization reads. The issues
 * themselves are created and saved through /api/records (kind `region_issue`), which checks the
 * status steps and the linked evidence.
 * - `GET /issues`: every issue with its evidence counted by quarter, and the 地域ケア会議 candidates not yet taken up;
 * - `GET /issues/agenda?status=council,developing`: the 協議体's agenda;
 * - `GET /reports/unmet`: unmet needs by 圏域, kind and quarter.
 * Added to the /api/region app, behind its session check.
 */
export function addRegionIssueRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/issues', async (c) => c.json(await issueRegister(deps, c.get('actor'))));

  app.get('/issues/agenda', async (c) => {
    const statuses = parseStatuses(c.req.query('status'));
    return c.json({ agenda: await councilAgenda(deps, c.get('actor'), statuses) });
  });

  app.get('/reports/unmet', async (c) => c.json({ report: await unmetNeedReport(deps, c.get('actor')) }));
}
