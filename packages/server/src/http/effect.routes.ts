import { Hono } from 'hono';
import { benefitReview } from '../services/benefit-review.service.js';
import { effectReport, previewOfficeAggregates, sendOfficeAggregates, setParticipation } from '../services/effect.service.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

/** /api/effect: 方針の効果検証（指標 エ） and 給付実績の活用. Roles are checked in the services. */
export function effectRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));
  app.get('/aggregates', async (c) => c.json(await previewOfficeAggregates(deps, c.get('actor'))));
  app.put('/participation', async (c) => c.json({ record: await setParticipation(deps, c.get('actor'), await readJson(c)) }));
  app.post('/aggregates/send', async (c) => c.json(await sendOfficeAggregates(deps, c.get('actor'))));
  app.get('/report', async (c) => c.json(await effectReport(deps, c.get('actor'))));
  app.get('/benefit-review', async (c) => c.json(await benefitReview(deps, c.get('actor'), c.req.query('asOf'))));
  return app;
}
