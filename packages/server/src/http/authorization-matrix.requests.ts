import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFiles } from '@kizuki/core';
import { matrixAccounts, matrixPassword, type CellIds, type MatrixFixture } from './authorization-matrix.fixture.js';
import type { RoleKey, TenantContext } from './authorization-matrix.table.js';

/** What one cell sends beyond the method and the path template. */
export interface CellRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface CellInput {
  ids: CellIds;
  role: RoleKey;
  context: TenantContext;
  /** different for every call, for names and numbers that must be unique */
  unique: number;
  fixture: MatrixFixture;
  login: string;
  password: string;
}

const goldenZip = (() => {
  const dir = fileURLToPath(new URL('../csv/golden/kyotaku/', import.meta.url));
  return zipFiles(readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })));
})();

const hitachiYaml = readFileSync(fileURLToPath(new URL('../../../core/policies/hitachi.yaml', import.meta.url)), 'utf8');

async function currentDocument(input: CellInput) {
  return input.fixture.store.getDocument(input.ids.organization.id, input.ids.documentId);
}

async function currentRecord(input: CellInput) {
  const { organization } = input.ids;
  const area = organization.kind === 'insurer' ? organization.insurerNumber : organization.defaultInsurerNumber;
  return input.fixture.store.readRecord({ tenantId: organization.id, ...(area ? { areaInsurerNumber: area } : {}) }, input.ids.recordId);
}

async function grantRequest(input: CellInput) {
  const { ids, fixture } = input;
  const base = { reason: '権限の表の確認', validUntil: '2026-03-31' };
  if (ids.organization.kind === 'community_center') {
    return { ...base, granteeOrganizationId: 'demo-office', purpose: 'delegated_prevention', items: [{ clientId: ids.clientId, kind: 'prevention_plan' }] };
  }
  const client = await fixture.store.getClientSummary(ids.organization.id, ids.clientId);
  const insurer = (await fixture.store.listOrganizations()).find((o) => o.kind === 'insurer' && o.insurerNumber === client?.insurerNumber);
  return { ...base, granteeOrganizationId: insurer?.id ?? 'demo-insurer-hitachi', purpose: 'care_plan_inspection', items: [{ clientId: ids.clientId, documentId: ids.documentId }] };
}

/** Requests of the routes that need more than their path filled in. */
export const matrixRequests: Record<string, (input: CellInput) => CellRequest | Promise<CellRequest>> = {
  'POST /api/auth/login': ({ login, password }) => ({ body: { login, password } }),
  'POST /api/auth/password': ({ password }) => ({ body: { currentPassword: password, newPassword: password } }),
  'POST /api/clients': ({ unique }) => {
    const client = { id: `mx-new-client-${unique}`, insurerNumber: '089902', insuredNumber: String(8800000000 + unique), name: '架空 表子', nameKana: 'カクウ ヒョウコ', birthDate: '1941-05-06' };
    return { body: client };
  },
  'POST /api/clients/{clientId}/documents': ({ ids, unique }) => ({ body: { kind: 'support_log_entry', body: { id: `mx-new-entry-${unique}`, clientId: ids.clientId, date: '2026-01-15', kind: 'phone', content: '電話で体調を確認した。' } } }),
  'PUT /api/clients/{clientId}/documents/{documentId}': async (input) => {
    const doc = await currentDocument(input);
    return { body: { baseRevision: doc?.revision ?? 1, body: (doc?.body as Record<string, unknown> | undefined) ?? {} } };
  },
  'POST /api/clients/{clientId}/csv-export': () => ({ body: {} }),
  'POST /api/audit': () => ({ body: { caseFile: {} } }),
  'POST /api/audit/csv': () => ({ body: goldenZip }),
  'POST /api/csv/import': () => ({ body: goldenZip }),
  'POST /api/admin/users': ({ unique }) => ({ body: { login: `mx.user.${unique}`, displayName: '架空 新子', role: 'care_manager', password: 'matrix-password-123' } }),
  'GET /api/admin/access-log': ({ ids }) => ({ query: { clientId: ids.clientId } }),
  'POST /api/grants': async (input) => ({ body: await grantRequest(input) }),
  'GET /api/grants/candidates': ({ ids }) => ({ query: { purpose: 'care_plan_inspection', clientId: ids.clientId } }),
  'POST /api/grants/{grantId}/revoke': async ({ role, context, fixture }) => ({
    ...(context === 'own' ? { params: { grantId: await fixture.freshGrant(role) } } : {}),
    body: { reason: '権限の表の確認' },
  }),
  'GET /api/records': async (input) => ({ query: { kind: (await currentRecord({ ...input, ids: input.fixture.ids(input.role, 'own') }))?.kind ?? 'policy_version' } }),
  'POST /api/records': async (input) => {
    const own = await currentRecord({ ...input, ids: input.fixture.ids(input.role, 'own') });
    return { body: { kind: own?.kind, body: own?.body } };
  },
  'PUT /api/records/{recordId}': async (input) => {
    const record = await currentRecord(input);
    return { body: { baseRevision: record?.revision ?? 1, body: record?.body ?? {}, note: '権限の表の確認' } };
  },
  'POST /api/region/resources/import': () => ({ body: '名称,種別\n' }),
  'POST /api/policy/preview': () => ({ body: { source: hitachiYaml } }),
  'GET /api/policy/versions/{recordId}': ({ ids }) => ({ params: { recordId: ids.policyVersionId } }),
  'GET /api/policy/diff': ({ ids, fixture, role }) => ({ query: { from: fixture.ids(role, 'own').policyVersionId, to: ids.policyVersionId } }),
  'POST /api/inspection/cases/{caseId}/submit': ({ ids }) => ({ body: { clientId: ids.clientId } }),
  'POST /api/inspection/cases/{caseId}/csv': () => ({ body: goldenZip }),
  'GET /api/inspection/summary-draft': () => ({ query: { fiscalYear: '2025' } }),
  'PUT /api/effect/participation': () => ({ body: { optedIn: true } }),
  'POST /api/auth/login/code': () => ({ body: { code: '000000' } }),
  'POST /api/auth/login/enroll/confirm': () => ({ body: { code: '000000' } }),
  'POST /api/auth/two-factor/confirm': () => ({ body: { code: '000000' } }),
  'POST /api/auth/two-factor/recovery-codes': () => ({ body: { code: '000000' } }),
  'POST /api/auth/two-factor/disable': () => ({ body: { code: '000000' } }),
  'PUT /api/admin/security': () => ({ body: { requireTwoFactor: false, accessLogRetentionMonths: 72 } }),
  'POST /api/community-meetings/presentations': ({ ids }) => ({
    body: { clientId: ids.clientId, meetingOrganizationId: 'demo-center', area: '北部圏域', questions: '外出の機会を増やす工夫について助言をいただきたいです。', validUntil: '2026-02-28', shown: {} },
  }),
  'GET /api/community-meetings/received/{ownerId}/{presentationId}': ({ ids }) => ({ params: ids.presentation }),
  'POST /api/community-meetings/{id}/finalize': async (input) => {
    const record = await currentRecord({ ...input, ids: { ...input.ids, recordId: input.ids.meetingId } });
    return { params: { id: input.ids.meetingId }, body: { baseRevision: record?.revision ?? 1 } };
  },
  'POST /api/prevention/plans/{documentId}/confirmation': async (input) => {
    const plan = await input.fixture.store.getDocument(input.ids.organization.id, input.ids.delegatedPlanId);
    return { params: { documentId: input.ids.delegatedPlanId }, body: { planRevision: plan?.revision ?? 1, confirmedOn: '2026-01-15', confirmedBy: '高橋 さくら', opinion: '内容を確認しました。' } };
  },
  'PUT /api/prevention/delegated/{grantId}/clients/{clientId}/plan': async ({ ids, fixture }) => {
    const plan = await fixture.store.getDocument('demo-center', ids.delegatedPlanId);
    return { body: { baseRevision: plan?.revision ?? 1, plan: (plan?.body as Record<string, unknown> | undefined) ?? {} } };
  },
  // No 実施日: refused as input (400) after the grant and role checks, so nothing is added.
  'POST /api/prevention/delegated/{grantId}/clients/{clientId}/monitorings': () => ({ body: { monitoring: { method: 'home_visit' } } }),
};

/** The method, path (ids filled in, query added) and body one cell sends. */
export async function cellRequest(key: string, role: RoleKey, context: TenantContext, fixture: MatrixFixture, unique: number): Promise<{ method: string; path: string; body: unknown }> {
  const [method = '', template = ''] = key.split(' ');
  const ids = fixture.ids(role, context);
  const built = (await matrixRequests[key]?.({ ids, role, context, unique, fixture, login: matrixAccounts[role].login, password: matrixPassword })) ?? {};
  const values: Record<string, string> = { clientId: ids.clientId, documentId: ids.documentId, recordId: ids.recordId, grantId: ids.grantId, caseId: ids.caseId, revision: '1', policyId: 'hitachi', ...built.params };
  const path = template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${key}: パスの {${name}} に入れる値がありません（authorization-matrix.requests.ts に params を書いてください）`);
    return encodeURIComponent(value);
  });
  const query = built.query ? `?${new URLSearchParams(built.query).toString()}` : '';
  return { method, path: path + query, body: built.body };
}
