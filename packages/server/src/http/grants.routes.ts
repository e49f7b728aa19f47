import { grantPurposeSchema, grantRequestSchema, grantRevokeRequestSchema, KizukiError, type GranteeCandidate } from '@kizuki/core';
import { Hono } from 'hono';
import * as grants from '../services/grant.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

function revisionQuery(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new KizukiError('bad_request', `版番号「${text}」は1以上の整数で指定してください。`);
  return n;
}

/** /api/grants: what the actor's organization shares with others (共有の許可), and their revocation. */
export function grantRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.get('/', async (c) => c.json({ grants: await grants.listGivenGrants(deps, c.get('actor')) }));

  app.post('/', async (c) => {
    const input = parseInput(grantRequestSchema, await readJson(c));
    return c.json({ grant: await grants.createGrant(deps, c.get('actor'), input) }, 201);
  });

  app.get('/candidates', async (c) => {
    const purpose = parseInput(grantPurposeSchema, c.req.query('purpose'), 'purpose');
    const clientId = c.req.query('clientId');
    const organizations = await grants.listGranteeCandidates(deps, c.get('actor'), purpose, clientId === undefined || clientId === '' ? undefined : clientId);
    const candidates: GranteeCandidate[] = organizations.map(({ id, kind, name, insurerNumber }) => ({ id, kind, name, ...(insurerNumber ? { insurerNumber } : {}) }));
    return c.json({ organizations: candidates });
  });

  app.post('/:grantId/revoke', async (c) => {
    const input = parseInput(grantRevokeRequestSchema, await readJson(c));
    return c.json({ grant: await grants.revokeGrant(deps, c.get('actor'), c.req.param('grantId'), input.reason) });
  });

  return app;
}

/** /api/shared: what other organizations share with the actor's, read only through a live grant. */
export function sharedRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.get('/', async (c) => c.json({ grants: await grants.listReceivedGrants(deps, c.get('actor')) }));

  app.get('/:grantId/documents/:documentId', async (c) => {
    const { grantId, documentId } = c.req.param();
    const document = await grants.readSharedDocument(deps, c.get('actor'), grantId, documentId, revisionQuery(c.req.query('revision')));
    return c.json({ document });
  });

  return app;
}
