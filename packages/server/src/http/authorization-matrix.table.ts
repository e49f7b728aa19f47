/**
 * Who may call every API route, as data: one line per route of the OpenAPI document. The test
 * (authorization-matrix.test.ts) sends each line's request (the path filled with the fixture's ids,
 * and what authorization-matrix.requests.ts adds: query, body, other ids) as every role, with ids of the own
 * organization, of a stranger, and of an organization that shared with it (a grant or a record
 * addressed or shared to the area), then without a session and, for state-changing methods,
 * without the CSRF token. A route of the OpenAPI document without a line fails the test.
 *
 * Notation, tokens separated by spaces:
 * - `all` (`all:EXP`) or role keys `cm` 介護支援専門員, `oa` 事業所管理者, `ad` システム管理者 (all three in the
 *   office), `cs` 地域包括支援センター職員, `is` 保険者職員: the roles allowed in their own organization.
 *   A role not named gets `deny` (403 unless `deny:404`).
 * - `ROLE:EXP` an allowed role's own-context answer; `ROLE.CONTEXT:EXP` any one cell.
 * - `own:EXP`, `other:EXP`, `granted:EXP` what allowed roles get in that context. Routes whose path
 *   names a tenant's id default to other:404 granted:404; routes without one are run in the own
 *   context and their answer must not hold a stranger's data (that is their other-tenant cell).
 * - `public` no session needed; `fresh` the call ends the session, so each cell signs in anew;
 *   `nosession:EXP`, `csrf:EXP` the answer without a session, or signed in without the CSRF token
 *   (defaults: 401 and 403, `ok` for public routes).
 * - EXP: `ok` 2xx; `pass` authorized but the fixture's body is refused as input (400/409 with a
 *   code); `401`, `403`, `404`; `na` the context does not exist for this route (no grant applies).
 */
export const authorizationMatrix: Record<string, string> = {
  'GET /api/health': 'public all',
  'GET /api/openapi.json': 'public all',
  'POST /api/auth/login': 'public all fresh',
  'POST /api/auth/logout': 'all fresh',
  'POST /api/auth/logout-all': 'all fresh',
  'POST /api/auth/password': 'all own:pass',
  'GET /api/auth/me': 'all',
  // The second step of a sign-in answers only the cookie of a first step that asked for it.
  'POST /api/auth/login/code': 'public all:401 nosession:401 csrf:401',
  'POST /api/auth/login/enroll': 'public all:401 nosession:401 csrf:401',
  'POST /api/auth/login/enroll/confirm': 'public all:401 nosession:401 csrf:401',
  'GET /api/auth/two-factor': 'all',
  'POST /api/auth/two-factor/enroll': 'all own:pass',
  'POST /api/auth/two-factor/confirm': 'all own:pass',
  'POST /api/auth/two-factor/recovery-codes': 'all own:pass',
  // 二要素認証 is always required of insurer staff and system administrators: they cannot turn it off.
  'POST /api/auth/two-factor/disable': 'all own:pass ad:403 is:403',

  'GET /api/clients': 'all',
  'POST /api/clients': 'all',
  'GET /api/clients/{clientId}': 'all',
  'GET /api/clients/{clientId}/documents': 'all',
  'POST /api/clients/{clientId}/documents': 'all',
  'GET /api/clients/{clientId}/documents/{documentId}': 'all',
  'PUT /api/clients/{clientId}/documents/{documentId}': 'all',
  'GET /api/clients/{clientId}/documents/{documentId}/revisions': 'all',
  'GET /api/clients/{clientId}/documents/{documentId}/revisions/{revision}': 'all',
  'GET /api/clients/{clientId}/audit': 'all',
  'GET /api/clients/{clientId}/policy': 'all',
  'GET /api/clients/{clientId}/fhir': 'all',
  'POST /api/clients/{clientId}/csv-export': 'all is:pass is.other:pass is.granted:pass',

  'GET /api/dashboard': 'all',
  'GET /api/policies': 'all',
  'GET /api/policies/{policyId}': 'all',
  'POST /api/audit': 'all own:pass',
  'POST /api/audit/csv': 'all',
  'POST /api/csv/import': 'all own:pass',

  'GET /api/admin/users': 'oa ad',
  'POST /api/admin/users': 'oa ad',
  'GET /api/admin/access-log': 'oa ad other:ok granted:ok',
  'GET /api/admin/access-log.csv': 'oa ad',
  'GET /api/admin/security': 'oa ad',
  'PUT /api/admin/security': 'oa ad',

  'GET /api/grants': 'cm oa cs',
  'POST /api/grants': 'cm oa cs',
  'GET /api/grants/candidates': 'cm oa cs other:404 granted:404',
  'POST /api/grants/{grantId}/revoke': 'cm oa cs',
  'GET /api/shared': 'cm oa cs is',
  'GET /api/shared/{grantId}/documents/{documentId}': 'cm oa cs is own:404 granted:ok',

  'GET /api/records': 'all',
  'POST /api/records': 'all ad:403 cs:pass is:pass',
  'GET /api/records/{recordId}': 'all granted:ok',
  'PUT /api/records/{recordId}': 'all ad:403 ad.other:404 ad.granted:404 is:pass',
  'GET /api/records/{recordId}/revisions': 'all granted:ok',
  'GET /api/records/{recordId}/revisions/{revision}': 'all granted:ok',
  'GET /api/area/offices': 'is',

  'GET /api/office/month': 'cm oa',
  'GET /api/office/concentration': 'cm oa',
  'GET /api/office/notifications': 'cm oa',
  'GET /api/office/emergency-list': 'cm oa',
  'GET /api/office/quality-template': 'cm oa',
  'GET /api/office/due': 'cm oa',

  'POST /api/region/resources/import': 'cs is own:pass',
  'GET /api/region/resources.csv': 'all',
  // Directory keepers only; the answer counts providers of the plans the keeper reads, no client.
  'GET /api/region/resources/provider-candidates': 'cs is',
  'GET /api/region/issues': 'all',
  'GET /api/region/issues/agenda': 'all',
  'GET /api/region/reports/unmet': 'all',

  'GET /api/policy/start': 'is',
  'POST /api/policy/preview': 'is',
  'GET /api/policy/versions/{recordId}': 'all granted:na',
  'GET /api/policy/diff': 'all other:404 granted:na',

  'GET /api/inspection/offices': 'oa cs is',
  'GET /api/inspection/cases/{caseId}/proposals': 'cm oa cs:404 granted:na',
  'POST /api/inspection/cases/{caseId}/submit': 'cm oa own:pass cs:404 granted:na',
  'GET /api/inspection/cases/{caseId}/plan': 'is oa:404 cs:404 granted:na',
  'POST /api/inspection/cases/{caseId}/csv': 'is own:pass oa:404 cs:404 granted:na',
  // The office and the center have no 自己点検 case in the demo's year: an authorized 404.
  'GET /api/inspection/summary-draft': 'oa:404 cs:404 is',

  'GET /api/effect/aggregates': 'oa',
  'PUT /api/effect/participation': 'oa',
  'POST /api/effect/aggregates/send': 'oa',
  'GET /api/effect/report': 'is',
  'GET /api/effect/benefit-review': 'cm oa cs is',

  'POST /api/community-meetings/presentations': 'cm oa cs own:pass other:404 granted:404',
  'GET /api/community-meetings/presentations': 'cm oa cs',
  'GET /api/community-meetings/received': 'cs is',
  'GET /api/community-meetings/received/{ownerId}/{presentationId}': 'cs is own:404 granted:ok is.granted:404',
  'POST /api/community-meetings/{id}/finalize': 'cs is own:pass is.own:404 granted:na',

  'GET /api/prevention/delegations': 'cs',
  'POST /api/prevention/plans/{documentId}/confirmation': 'cs own:pass granted:na',
  'GET /api/prevention/delegated': 'cm oa',
  'GET /api/prevention/delegated/{grantId}/clients/{clientId}': 'cm oa own:404 granted:ok',
  'PUT /api/prevention/delegated/{grantId}/clients/{clientId}/plan': 'cm oa own:404 granted:pass',
  'POST /api/prevention/delegated/{grantId}/clients/{clientId}/monitorings': 'cm oa own:404 granted:pass',
};

export type RoleKey = 'cm' | 'oa' | 'ad' | 'cs' | 'is';
export const roleKeys: readonly RoleKey[] = ['cm', 'oa', 'ad', 'cs', 'is'];
export type TenantContext = 'own' | 'other' | 'granted';
export type Expectation = 'ok' | 'pass' | 401 | 403 | 404 | 'na' | 'scoped';

const expectations = new Set(['ok', 'pass', '401', '403', '404', 'na']);

function expectation(text: string, where: string): Expectation {
  if (!expectations.has(text)) throw new Error(`${where}: 「${text}」は ok, pass, 401, 403, 404, na のいずれかです`);
  return /^\d+$/u.test(text) ? (Number(text) as 401 | 403 | 404) : (text as Expectation);
}

export interface ParsedRow {
  public: boolean;
  fresh: boolean;
  /** without a session; signed in without the CSRF token (state-changing methods) */
  noSession: Expectation;
  noCsrf: Expectation;
  cell(role: RoleKey, context: TenantContext): Expectation;
}

/** Reads one line of the table; `tenantScoped` says whether the request names a tenant's ids. */
export function parseRow(key: string, spec: string, tenantScoped: boolean): ParsedRow {
  const allowed = new Map<RoleKey, Expectation | undefined>();
  const contextDefault: Partial<Record<TenantContext, Expectation>> = {};
  const cells = new Map<string, Expectation>();
  let deny: Expectation = 403;
  let isPublic = false;
  let fresh = false;
  let noSession: Expectation | undefined;
  let noCsrf: Expectation | undefined;
  for (const token of spec.split(/\s+/u).filter(Boolean)) {
    const [head = '', value] = token.split(':');
    const [who = '', context] = head.split('.');
    if (token === 'public') isPublic = true;
    else if (token === 'fresh') fresh = true;
    else if (head === 'all') for (const r of roleKeys) allowed.set(r, value ? expectation(value, key) : allowed.get(r));
    else if (head === 'deny' && value) deny = expectation(value, key);
    else if (head === 'nosession' && value) noSession = expectation(value, key);
    else if (head === 'csrf' && value) noCsrf = expectation(value, key);
    else if ((head === 'own' || head === 'other' || head === 'granted') && value) contextDefault[head] = expectation(value, key);
    else if (roleKeys.includes(who as RoleKey) && context && value) cells.set(`${who}.${context}`, expectation(value, key));
    else if (roleKeys.includes(who as RoleKey) && !context) allowed.set(who as RoleKey, value ? expectation(value, key) : undefined);
    else throw new Error(`${key}: 表の書き方「${token}」が読めません`);
  }
  return {
    public: isPublic,
    fresh,
    noSession: noSession ?? (isPublic ? 'ok' : 401),
    noCsrf: noCsrf ?? (isPublic ? 'ok' : 403),
    cell(role, context) {
      const explicit = cells.get(`${role}.${context}`);
      if (explicit !== undefined) return explicit;
      if (!allowed.has(role)) return deny;
      const own = allowed.get(role);
      if (typeof own === 'number') return own;
      if (context === 'own') return own ?? contextDefault.own ?? 'ok';
      return contextDefault[context] ?? (tenantScoped ? 404 : 'scoped');
    },
  };
}
