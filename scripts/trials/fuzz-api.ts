/**
 * Every request body of the API through the real app (SQLite, and PostgreSQL when
 * TEST_DATABASE_URL is set), signed in as a role the authorization matrix allows: arbitrary JSON,
 * text that is not JSON, and the matrix's valid body with one value changed, removed or added
 * anywhere; ZIP and CSV uploads spoiled byte by byte. Every answer is below 500; every refusal
 * carries a stable code and a Japanese message; a refused request leaves every table as it was
 * (the access log and the sessions aside, which record the attempt).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFiles } from '@kizuki/core';
import fc from 'fast-check';
import { LoginThrottle } from '../../packages/server/src/auth/login-throttle.js';
import { matrixAccounts, matrixNow, matrixPassword, seedMatrixFixture } from '../../packages/server/src/http/authorization-matrix.fixture.js';
import { createApp } from '../../packages/server/src/http/app.js';
import { cellRequest } from '../../packages/server/src/http/authorization-matrix.requests.js';
import { authorizationMatrix, parseRow, roleKeys, type RoleKey } from '../../packages/server/src/http/authorization-matrix.table.js';
import { buildOpenApiDocument } from '../../packages/server/src/http/openapi.js';
import type { Store } from '../../packages/server/src/store/store.js';
import { openTestStore } from '../../packages/server/src/store/testing/test-stores.js';
import { TestAgent } from '../../packages/server/src/testing/test-agent.js';
import { japanese, runProperty, type FuzzOptions, type FuzzOutcome } from './fuzz-support.js';

interface Operation {
  requestBody?: { content?: Record<string, unknown> };
}

/** Tables a refused request may still write: who tried what, and the session it used. */
const journalTables = new Set(['access_log', 'access_log_anchors', 'sessions']);

async function fingerprint(store: Store): Promise<string> {
  const { tables } = await store.exportSnapshot();
  return JSON.stringify(Object.entries(tables).filter(([name]) => !journalTables.has(name)));
}

function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function edit(root: unknown, path: (string | number)[], change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = edit(copy[head!], rest, change);
  return copy;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', ' ', -1, 0, 1.5, 1e308, -1e308, true, [], {}, '2025-02-30', '令和元年13月1日', '\u0000', '<script>alert(1)</script>', '../../etc/passwd', 'x'.repeat(100_000), '💮𠮷', '0000000000', 'a: *nowhere', 'id: x\nextends: x\n', '{{', 'NaN'),
);

/** The valid body with one value changed, one key removed, or one unknown key added. */
function mutatedBody(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid);
  return fc.oneof(
    fc.tuple(fc.nat(), oddValue).map(([i, value]) => edit(valid, all[i % all.length]!, () => value)),
    fc.nat().map((i) => {
      const path = all[i % all.length]!;
      if (path.length === 0) return undefined;
      return edit(valid, path.slice(0, -1), (parent) => {
        if (Array.isArray(parent)) return (parent as unknown[]).filter((_, j) => j !== path[path.length - 1]);
        const { [path[path.length - 1]!]: _gone, ...rest } = parent as Record<string, unknown>;
        return rest;
      });
    }),
    fc.tuple(fc.nat(), fc.string({ maxLength: 12 }), oddValue).map(([i, key, value]) => edit(valid, all[i % all.length]!, (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...v, [key]: value } : v))),
  );
}

/** Bodies every JSON route is sent on every run, before the random ones. */
const hostileBodies = ['null', '[]', '0', 'true', '"x"', '{}', '', '{"baseRevision":null,"body":null}', '{"__proto__":null}'];

/** What is sent as the body: always text, so a JSON string value is sent as JSON, not raw. */
function jsonBodies(valid: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: mutatedBody(valid).map((v) => (v === undefined ? '' : JSON.stringify(v))) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }).map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '{', 'null', '[]', '"x"', '{"a":', '\uFEFF{}', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '1e999')) },
  );
}

const goldenDir = fileURLToPath(new URL('../../packages/server/src/csv/golden/kyotaku/', import.meta.url));
const goldenZip = zipFiles(readdirSync(goldenDir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(goldenDir, name))) })));

function binaryBodies(contentType: string): fc.Arbitrary<Uint8Array> {
  const base = contentType === 'application/zip' ? goldenZip : new TextEncoder().encode('名称,種別,日常生活圏域,地区\nひばり体操,通いの場,中央,ひばり町\n');
  return fc.oneof(
    fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => {
      const copy = base.slice();
      copy[at % copy.length] = byte;
      return copy;
    }),
    fc.nat().map((at) => base.slice(0, at % (base.length + 1))),
    fc.uint8Array({ maxLength: 3_000 }),
  );
}

interface Target {
  key: string;
  method: string;
  path: string;
  role: RoleKey | undefined;
  contentType: string;
  valid: unknown;
}

async function targets(fixture: Awaited<ReturnType<typeof seedMatrixFixture>>): Promise<Target[]> {
  const paths = (buildOpenApiDocument('fuzz') as { paths: Record<string, Record<string, Operation>> }).paths;
  const list: Target[] = [];
  let unique = 500_000;
  for (const [template, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const contentType = Object.keys(op.requestBody?.content ?? {})[0];
      if (!contentType) continue;
      const key = `${method.toUpperCase()} ${template}`;
      // A route without a row yet (the matrix test fails for it) is fuzzed as a care manager.
      const row = parseRow(key, authorizationMatrix[key] ?? 'cm', false);
      // The first role and context the matrix lets through (own ids, else ids shared with the role's organization).
      const cells = (['own', 'granted'] as const).flatMap((context) => roleKeys.map((r) => ({ role: r, context })));
      const allowed = cells.find(({ role: r, context }) => ['ok', 'pass'].includes(String(row.cell(r, context))));
      if (!row.public && allowed === undefined) continue;
      const role = row.public ? undefined : allowed?.role;
      const { path, body } = await cellRequest(key, role ?? 'cm', allowed?.context ?? 'own', fixture, ++unique);
      list.push({ key, method: method.toUpperCase(), path, role, contentType, valid: body ?? {} });
    }
  }
  return list;
}

async function fuzzBackend(backendName: 'sqlite' | 'postgres', options: FuzzOptions): Promise<FuzzOutcome[]> {
  const opened = await openTestStore(backendName);
  try {
    const { store } = opened;
    const fixture = await seedMatrixFixture(store);
    const app = createApp({ store, now: () => matrixNow, throttle: new LoginThrottle(), trustProxy: true, version: 'fuzz' });
    const agents = new Map<RoleKey, TestAgent>();
    const agentOf = async (role: RoleKey | undefined): Promise<TestAgent> => {
      if (role === undefined) return new TestAgent(app, matrixPassword);
      let agent = agents.get(role);
      if (!agent) {
        agent = new TestAgent(app, matrixPassword);
        await agent.login(matrixAccounts[role].login);
        agents.set(role, agent);
      }
      return agent;
    };
    const outcomes: FuzzOutcome[] = [];
    for (const target of await targets(fixture)) {
      const binary = target.contentType !== 'application/json';
      const bodies: fc.Arbitrary<string | Uint8Array> = binary ? binaryBodies(target.contentType) : jsonBodies(target.valid);
      const property = fc.asyncProperty(bodies, async (body) => {
        const agent = await agentOf(target.role);
        const before = await fingerprint(store);
        const res = await agent.request(target.method, target.path, body, binary ? { 'content-type': target.contentType } : { 'content-type': 'application/json' });
        if (res.status >= 500) throw new Error(`${res.status}: ${res.text.slice(0, 500)}`);
        if (res.status >= 400) {
          const error = (res.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
          const code = typeof error?.code === 'string' ? error.code : '';
          if (!/^[a-z_]+$/u.test(code)) throw new Error(`refusal without a stable code: ${res.text.slice(0, 300)}`);
          if (!japanese.test(String(error?.message))) throw new Error(`refusal without a Japanese message: ${res.text.slice(0, 300)}`);
          if ((await fingerprint(store)) !== before) throw new Error(`refused with ${res.status} ${code}, yet the data changed`);
        }
        return true;
      });
      const examples: [string | Uint8Array][] = binary ? [[new Uint8Array(0)]] : hostileBodies.map((b) => [b]);
      outcomes.push(await runProperty(`API ${backendName}: ${target.key}`, property, binary ? { ...options, numRuns: Math.max(1, Math.floor(options.numRuns / 2)) } : options, examples));
    }
    return outcomes;
  } finally {
    await opened.dispose();
  }
}

/** Fuzzes every request body on SQLite, and on PostgreSQL too when a database URL is given. */
export async function fuzzApi(options: FuzzOptions, databaseUrl?: string): Promise<FuzzOutcome[]> {
  const outcomes = await fuzzBackend('sqlite', options);
  if (databaseUrl) outcomes.push(...(await fuzzBackend('postgres', options)));
  return outcomes;
}
