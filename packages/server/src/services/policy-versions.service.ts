import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareVersions,
  describePolicyPackDiff,
  diffPolicyPacks,
  editPackSource,
  KizukiError,
  latestPublished,
  nextVersion,
  previewPackChange,
  resolvePolicyVersionSource,
  tokyoDateOf,
  versionRef,
  type Organization,
  type PolicyDiffAnswer,
  type PolicyPreviewAnswer,
  type PolicyStartAnswer,
  type PolicyVersion,
  type PolicyVersionView,
  type ResolvedPolicyPack,
  type StoredRecord,
} from '@kizuki/core';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { defaultPoliciesDir, getPolicyPack, getPolicyPacks } from '../policy/load-packs.js';
import type { Store } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';
import { readRecord } from './record.service.js';

/**
 * 基本方針の版 on the server: which pack applies to a client (the insurer's latest published
 * version, else the bundled pack), the starting point of a new draft, the preview of an edit on
 * sample plans, and versions resolved for reading and comparing.
 */

/** The pack every insurer without one of its own uses. */
export const defaultPolicyId = 'national';

type VersionRecord = StoredRecord<PolicyVersion>;

/** Parsed versions by record id and revision: a published revision never changes. */
const resolvedCache = new Map<string, ResolvedPolicyPack>();

function resolveVersion(record: VersionRecord): ResolvedPolicyPack {
  const key = `${record.id}@${record.revision}`;
  let pack = resolvedCache.get(key);
  if (!pack) {
    pack = resolvePolicyVersionSource(record.body.source, { packId: record.body.packId, version: record.body.version }, getPolicyPacks().packs);
    resolvedCache.set(key, pack);
  }
  return pack;
}

/** Versions the insurer organization keeps (read as the keeper: the service's own lookup, not a user's read). */
async function insurerVersions(store: Store, insurer: Organization): Promise<VersionRecord[]> {
  return (await store.listRecords({ tenantId: insurer.id }, { kind: 'policy_version', scope: 'own' })) as VersionRecord[];
}

/** The latest published version of the insurer's own pack, if it has published one. */
export async function publishedVersionOf(store: Store, insurer: Organization): Promise<VersionRecord | undefined> {
  if (insurer.policyPackId === undefined) return undefined;
  return latestPublished(await insurerVersions(store, insurer), insurer.policyPackId);
}

/** The pack an insurer's clients are audited with: its latest published version, else its bundled pack. */
async function packOfInsurer(store: Store, insurer: Organization): Promise<ResolvedPolicyPack> {
  const published = await publishedVersionOf(store, insurer);
  return published ? resolveVersion(published) : getPolicyPack(insurer.policyPackId ?? defaultPolicyId);
}

/**
 * The one place a pack is chosen for a client: the insurer organization with the client's
 * 保険者番号 (its latest published version, else its bundled pack), else the acting organization's
 * own pack, else the national baseline.
 */
export async function policyForInsurerNumber(store: Store, insurerNumber: string, fallbackOrgPackId?: string): Promise<ResolvedPolicyPack> {
  const insurer = (await store.listOrganizations()).find((org) => org.kind === 'insurer' && org.insurerNumber === insurerNumber);
  if (insurer?.policyPackId !== undefined) return packOfInsurer(store, insurer);
  return getPolicyPack(fallbackOrgPackId ?? defaultPolicyId);
}

/** Packs for many clients at once, one lookup per 保険者番号 (the dashboard). */
export async function policiesForInsurerNumbers(store: Store, insurerNumbers: readonly string[], fallbackOrgPackId?: string): Promise<Map<string, ResolvedPolicyPack>> {
  const packs = new Map<string, ResolvedPolicyPack>();
  for (const number of new Set(insurerNumbers)) packs.set(number, await policyForInsurerNumber(store, number, fallbackOrgPackId));
  return packs;
}

function requireInsurer(actor: Actor): Organization & { policyPackId: string } {
  const org = actor.organization;
  if (org.kind !== 'insurer' || actor.user.role !== 'insurer_staff') throw new KizukiError('forbidden', '基本方針の編集は保険者の職員だけができます。');
  if (org.policyPackId === undefined) throw new KizukiError('bad_request', 'この保険者には方針パックが設定されていません。管理者に方針パックの設定を依頼してください。');
  return org as Organization & { policyPackId: string };
}

/** The YAML of the bundled pack as shipped (with its comments). */
export function bundledSource(packId: string): string {
  getPolicyPack(packId);
  return readFileSync(join(defaultPoliciesDir, `${packId}.yaml`), 'utf8');
}

/** Where a new draft starts: the latest version (published or draft) or the bundled pack. */
export async function draftStart(deps: ServiceDeps, actor: Actor, from: 'bundled' | 'latest'): Promise<PolicyStartAnswer> {
  const insurer = requireInsurer(actor);
  const versions = (await insurerVersions(deps.store, insurer)).filter((v) => v.body.packId === insurer.policyPackId);
  const published = latestPublished(versions, insurer.policyPackId);
  const highest = versions.map((v) => v.body.version).sort(compareVersions).at(-1);
  const bundled = getPolicyPack(insurer.policyPackId);
  const base = from === 'latest' && published ? { from, version: published.body.version, source: published.body.source } : { from: 'bundled' as const, version: bundled.version, source: bundledSource(insurer.policyPackId) };
  const version = nextVersion(highest ?? base.version);
  // The draft's YAML already carries its new version number.
  const source = editPackSource(base.source, [{ path: ['version'], value: version }]);
  return { packId: insurer.policyPackId, from: base.from, basedOn: versionRef(insurer.policyPackId, base.version), version, source };
}

/**
 * Checks an edited pack and shows what it changes: the diff against the version in force and the
 * 気づき it adds, removes or reweighs on the sample plans (fictional demo case files). Nothing is saved.
 */
export async function previewPolicyEdit(deps: ServiceDeps, actor: Actor, input: { source: string; version?: string | undefined }): Promise<PolicyPreviewAnswer> {
  const insurer = requireInsurer(actor);
  const pack = resolvePolicyVersionSource(input.source, { packId: insurer.policyPackId, ...(input.version ? { version: input.version } : {}) }, getPolicyPacks().packs);
  const published = await publishedVersionOf(deps.store, insurer);
  const before = published ? resolveVersion(published) : getPolicyPack(insurer.policyPackId);
  const asOf = tokyoDateOf(deps.now());
  const sample = demoCaseFiles(asOf).map((d) => d.caseFile);
  const diff = diffPolicyPacks(before, pack);
  return {
    pack,
    against: { packId: before.id, version: before.version, ...(published ? { recordId: published.id } : {}) },
    diff,
    lines: describePolicyPackDiff(diff),
    preview: previewPackChange(before, pack, sample, asOf),
    sample: { count: sample.length, source: 'デモのケースファイル（架空の利用者）' },
  };
}

async function readVersion(deps: ServiceDeps, actor: Actor, id: string, revision?: number): Promise<VersionRecord> {
  const record = (await readRecord(deps, actor, id, revision)) as VersionRecord;
  if (record.kind !== 'policy_version') throw new KizukiError('not_found', '記録が見つかりません。');
  return record;
}

/** A version the actor may read, resolved for a docs/policies.md-style page. */
export async function viewPolicyVersion(deps: ServiceDeps, actor: Actor, id: string, revision?: number): Promise<PolicyVersionView> {
  const record = await readVersion(deps, actor, id, revision);
  return { recordId: record.id, revision: record.revision, pack: resolveVersion(record) };
}

/** What changed from version `from` to version `to` (both readable by the actor). */
export async function diffPolicyVersions(deps: ServiceDeps, actor: Actor, fromId: string, toId: string): Promise<PolicyDiffAnswer> {
  const [from, to] = [await readVersion(deps, actor, fromId), await readVersion(deps, actor, toId)];
  const diff = diffPolicyPacks(resolveVersion(from), resolveVersion(to));
  return { diff, lines: describePolicyPackDiff(diff) };
}
