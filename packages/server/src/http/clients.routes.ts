import { documentKindSchema, KizukiError, type CaseFileAnswer } from '@kizuki/core';
import { Hono } from 'hono';
import { z } from 'zod';
import * as caseFiles from '../services/case-file.service.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { readJson } from './errors.js';

const updateRequestSchema = z.object({
  baseRevision: z.number({ message: '編集元の版番号（baseRevision）を指定してください' }).int().positive(),
  body: z.record(z.string(), z.unknown(), { message: '書類の内容（body）をオブジェクトで送ってください' }),
});

const createDocumentRequestSchema = z.object({
  kind: documentKindSchema,
  body: z.record(z.string(), z.unknown(), { message: '書類の内容（body）をオブジェクトで送ってください' }),
});

function revisionParam(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new KizukiError('bad_request', `版番号「${text}」は1以上の整数で指定してください。`);
  return n;
}

/** /api/clients: the case files of the actor's organization. */
export function clientRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const clients = await caseFiles.listClientOverviews(deps, c.get('actor'), c.req.query('q'));
    return c.json({ clients });
  });

  app.post('/', async (c) => {
    const stored = await caseFiles.createClient(deps, c.get('actor'), await readJson(c));
    return c.json({ document: stored }, 201);
  });

  app.get('/:clientId', async (c) => {
    const caseFile: CaseFileAnswer = await caseFiles.readCaseFile(deps, c.get('actor'), c.req.param('clientId'));
    return c.json(caseFile);
  });

  app.get('/:clientId/documents', async (c) => {
    const kindText = c.req.query('kind');
    const kind = kindText === undefined ? undefined : parseInput(documentKindSchema, kindText, 'kind');
    const documents = await caseFiles.listDocuments(deps, c.get('actor'), c.req.param('clientId'), kind);
    return c.json({ documents });
  });

  app.post('/:clientId/documents', async (c) => {
    const input = parseInput(createDocumentRequestSchema, await readJson(c));
    const stored = await caseFiles.createDocument(deps, c.get('actor'), c.req.param('clientId'), input.kind, input.body);
    return c.json({ document: stored }, 201);
  });

  app.get('/:clientId/documents/:documentId', async (c) => {
    const { clientId, documentId } = c.req.param();
    return c.json({ document: await caseFiles.readDocument(deps, c.get('actor'), clientId, documentId) });
  });

  app.put('/:clientId/documents/:documentId', async (c) => {
    const { clientId, documentId } = c.req.param();
    const input = parseInput(updateRequestSchema, await readJson(c));
    const stored = await caseFiles.updateDocument(deps, c.get('actor'), clientId, documentId, input.baseRevision, input.body);
    return c.json({ document: stored });
  });

  app.get('/:clientId/documents/:documentId/revisions', async (c) => {
    const { clientId, documentId } = c.req.param();
    return c.json({ revisions: await caseFiles.listRevisions(deps, c.get('actor'), clientId, documentId) });
  });

  app.get('/:clientId/documents/:documentId/revisions/:revision', async (c) => {
    const { clientId, documentId, revision } = c.req.param();
    const doc = await caseFiles.readDocument(deps, c.get('actor'), clientId, documentId, revisionParam(revision));
    return c.json({ document: doc });
  });

  return app;
}
