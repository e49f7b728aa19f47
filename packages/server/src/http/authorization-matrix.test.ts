import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent, type TestResponse } from '../testing/test-agent.js';
import { createApp } from './app.js';
import { matrixAccounts, matrixNow, matrixPassword, seedMatrixFixture, strangerMarker, type MatrixFixture } from './authorization-matrix.fixture.js';
import { cellRequest, matrixRequests } from './authorization-matrix.requests.js';
import { authorizationMatrix, parseRow, roleKeys, type Expectation, type RoleKey } from './authorization-matrix.table.js';
import { buildOpenApiDocument } from './openapi.js';

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
const tenantParams = /\{(clientId|documentId|recordId|grantId|caseId|ownerId|presentationId|id)\}/u;
const japanese = /[ぁ-んァ-ヶ一-龠]/u;
const denialCodes = new Set(['unauthenticated', 'forbidden', 'csrf_failed', 'not_found']);
/** The codes each refusal may carry (a role the policy bars from a step, such as turning 二要素認証 off, is forbidden too). */
const codesOfStatus: Record<number, readonly string[]> = { 401: ['unauthenticated'], 403: ['forbidden', 'two_factor_required'], 404: ['not_found'] };

/** `GET /api/clients/{clientId}` for every operation of the OpenAPI document. */
function documentedRoutes(): string[] {
  const paths = (buildOpenApiDocument('test') as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.entries(paths).flatMap(([path, ops]) => methods.filter((m) => m in ops).map((m) => `${m.toUpperCase()} ${path}`));
}

const samePattern = (route: string) => route.replace(/\{[^}]+\}|:[A-Za-z]+/gu, '{}');

function verdict(expected: Expectation, res: TestResponse, csrfCell = false): string | undefined {
  const code: unknown = res.json?.error?.code;
  const got = `${res.status}${typeof code === 'string' ? ` ${code}` : ''}`;
  if (res.status >= 500) return `5xx: ${got} ${res.text.slice(0, 200)}`;
  if (res.text.includes(strangerMarker)) return `another organization's data in the answer (${got})`;
  if (res.status >= 300) {
    if (typeof code !== 'string' || !/^[a-z_]+$/u.test(code)) return `refusal without a stable code: ${res.text.slice(0, 200)}`;
    if (!japanese.test(String(res.json.error.message))) return `refusal without a Japanese message: ${res.text.slice(0, 200)}`;
  }
  const ok = res.status >= 200 && res.status < 300;
  switch (expected) {
    case 'ok':
      return ok ? undefined : `expected 2xx, got ${got}: ${String(res.json?.error?.message ?? '')}`;
    case 'pass':
      return ok || ([400, 409, 413, 422].includes(res.status) && !denialCodes.has(String(code))) ? undefined : `expected authorized (2xx or a refused input), got ${got}`;
    case 'scoped':
    case 'na':
      return undefined;
    case 401:
    case 403:
    case 404: {
      const wanted = csrfCell ? ['csrf_failed'] : (codesOfStatus[expected] ?? []);
      return res.status === expected && wanted.includes(String(code)) ? undefined : `expected ${expected} ${wanted.join('|')}, got ${got}`;
    }
  }
}

describe.each(storeBackends())('authorization matrix on $name', (backend) => {
  let store: Store;
  let fixture: MatrixFixture;
  let app: ReturnType<typeof createApp>;
  const agents = new Map<RoleKey, TestAgent>();
  let unique = 0;

  beforeAll(async () => {
    store = await backend.open();
    fixture = await seedMatrixFixture(store);
    app = createApp({ store, now: () => matrixNow, throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signIn(role: RoleKey): Promise<TestAgent> {
    const agent = new TestAgent(app, matrixPassword);
    const res = await agent.login(matrixAccounts[role].login);
    if (res.status !== 200) throw new Error(`${role} could not sign in: ${res.text}`);
    return agent;
  }

  async function agentOf(role: RoleKey, fresh: boolean): Promise<TestAgent> {
    if (fresh) return signIn(role);
    const known = agents.get(role);
    if (known) return known;
    const agent = await signIn(role);
    agents.set(role, agent);
    return agent;
  }

  it('has one row for every route of the OpenAPI document, and none for a route that is gone', () => {
    const documented = documentedRoutes();
    expect(documented.filter((route) => !(route in authorizationMatrix)), 'routes without a row in authorization-matrix.table.ts').toEqual([]);
    expect(Object.keys(authorizationMatrix).filter((route) => !documented.includes(route)), 'rows for routes not in the OpenAPI document').toEqual([]);
    expect(Object.keys(matrixRequests).filter((route) => !(route in authorizationMatrix)), 'requests for routes without a row').toEqual([]);
  });

  it('documents every API route the app mounts', () => {
    const documented = new Set(documentedRoutes().map(samePattern));
    const mounted = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`);
    expect(mounted.length).toBeGreaterThan(50);
    expect([...new Set(mounted.filter((route) => !documented.has(samePattern(route))))], 'mounted routes missing from openapi.ts').toEqual([]);
  });

  it("shows the stranger's marker to the stranger itself, so its absence from every other answer means something", async () => {
    const stranger = new TestAgent(app, matrixPassword);
    expect((await stranger.login('mx.z.cm')).status).toBe(200);
    expect((await stranger.request('GET', '/api/clients')).text).toContain(strangerMarker);
  });

  it('answers every route × role × tenant, without a session and without the CSRF token, as the table says', { timeout: 180_000 }, async () => {
    const failures: string[] = [];
    const counts = { cells: 0, requests: 0 };
    const rows = documentedRoutes()
      .filter((key) => key in authorizationMatrix)
      .map((key) => {
        const spec = authorizationMatrix[key]!;
        const scoped = tenantParams.test(key) || /\b(other|granted):/u.test(spec);
        return { key, scoped, row: parseRow(key, spec, scoped) };
      })
      // Rows that end sessions run last, so they cannot sign out the agents of the other rows.
      .sort((a, b) => Number(a.row.fresh) - Number(b.row.fresh));

    for (const { key, scoped, row } of rows) {
      const [method = ''] = key.split(' ');
      for (const role of roleKeys) {
        for (const context of ['own', 'other', 'granted'] as const) {
          const expected = row.cell(role, context);
          counts.cells += 1;
          if (expected === 'na' || (!scoped && context !== 'own')) continue;
          try {
            const { path, body } = await cellRequest(key, role, context, fixture, ++unique);
            const res = await (await agentOf(role, row.fresh)).request(method, path, body);
            counts.requests += 1;
            const wrong = verdict(expected, res);
            if (wrong) failures.push(`${key} ${role}.${context}: ${wrong}`);
          } catch (error) {
            failures.push(`${key} ${role}.${context}: ${String(error)}`);
          }
        }
      }
      const { path, body } = await cellRequest(key, 'cm', 'own', fixture, ++unique);
      const anonymous = await new TestAgent(app, matrixPassword).request(method, path, body);
      counts.cells += 1;
      counts.requests += 1;
      const wrongAnonymous = verdict(row.noSession, anonymous);
      if (wrongAnonymous) failures.push(`${key} no session: ${wrongAnonymous}`);
      if (method !== 'GET') {
        const signedIn = await agentOf('cm', row.fresh);
        const noToken = new TestAgent(app, matrixPassword);
        noToken.cookie = signedIn.cookie;
        const res = await noToken.request(method, path, body);
        counts.cells += 1;
        counts.requests += 1;
        const wrong = verdict(row.noCsrf, res, row.noCsrf === 403);
        if (wrong) failures.push(`${key} no CSRF token: ${wrong}`);
      }
    }
    console.info(`authorization matrix on ${backend.name}: ${rows.length} routes, ${counts.cells} cells, ${counts.requests} requests`);
    expect(failures).toEqual([]);
  });
});
