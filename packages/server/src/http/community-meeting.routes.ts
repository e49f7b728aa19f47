import { KizukiError } from '@kizuki/core';
import { Hono } from 'hono';
import * as meetings from '../services/community-meeting.service.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';
import { requireSession } from './session.middleware.js';

/**
 * /api/community-meetings: the 地域ケア会議 steps that are not a plain record save. The presenting
 * office presents a case (`POST /presentations`, grant and presentation together) and lists its
 * presentations with the meetings' advice (`GET /presentations?clientId=`); the meeting's
 * organization lists and reads the cases presented to it through live grants (`GET /received`,
 * `GET /received/:ownerId/:presentationId`) and finalizes a record (`POST /:id/finalize`). The
 * meeting record itself is saved through /api/records (kind `community_care_meeting`).
 */
export function communityMeetingRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requireSession(deps));

  app.post('/presentations', async (c) => c.json(await meetings.presentCase(deps, c.get('actor'), await readJson(c)), 201));

  app.get('/presentations', async (c) => {
    const clientId = c.req.query('clientId');
    return c.json({ presentations: await meetings.listOwnPresentations(deps, c.get('actor'), clientId === undefined || clientId === '' ? undefined : clientId) });
  });

  app.get('/received', async (c) => c.json({ presentations: await meetings.listReceivedPresentations(deps, c.get('actor')) }));

  app.get('/received/:ownerId/:presentationId', async (c) => {
    const { ownerId, presentationId } = c.req.param();
    return c.json({ presentation: await meetings.readReceivedPresentation(deps, c.get('actor'), ownerId, presentationId) });
  });

  app.post('/:id/finalize', async (c) => {
    const body = (await readJson(c)) as { baseRevision?: unknown } | null;
    const base = body?.baseRevision;
    if (typeof base !== 'number' || !Number.isInteger(base) || base < 1) {
      throw new KizukiError('validation_failed', '編集元の版番号（baseRevision）を1以上の整数で指定してください。', { issues: [{ path: 'baseRevision', message: '編集元の版番号を1以上の整数で指定してください' }] });
    }
    return c.json(await meetings.finalizeMeeting(deps, c.get('actor'), c.req.param('id'), base));
  });

  return app;
}
