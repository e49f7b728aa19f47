import { isMap, isSeq, parseDocument, YAMLParseError } from 'yaml';
import { KizukiError } from '../errors/kizuki-error.js';
import { parsePolicyPack } from '../policy/parse-policy-pack.js';
import type { PolicyPack } from '../policy/policy-pack.schema.js';
import { resolvePolicyPack, type PacksById, type ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import type { PolicyPackDiff } from '../policy/diff-policy-packs.js';
import type { PackChangePreview } from '../audit/preview-pack-change.js';
import { compilePolicy } from '../audit/compile-policy.js';

/**
 * 基本方針の版 (policy versions): an insurer edits its pack as YAML (the form edits the YAML
 * document so comments survive), saves drafts and publishes versions. The latest published
 * version replaces the bundled pack of the same id for the insurer's clients.
 */

/** The fields of a version record this module needs (core `PolicyVersion` has more). */
export interface VersionLike {
  packId: string;
  version: string;
  status: 'draft' | 'published';
  publishedOn?: string | undefined;
}

/** `hitachi@1.1.0`: how an activity, an acknowledgement or a diff names a version. */
export const versionRef = (packId: string, version: string) => `${packId}@${version}`;

function parts(version: string): number[] {
  return version.split(/[.-]/u).slice(0, 3).map((p) => Number.parseInt(p, 10) || 0);
}

/** Orders versions numerically, part by part (1.2.0 < 1.10.0). */
export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The version a new draft gets after `version`: the minor part raised (1.1.0 → 1.2.0). */
export function nextVersion(version: string): string {
  const [major = 1, minor = 0] = parts(version);
  return `${major}.${minor + 1}.0`;
}

/** The published version with the highest version number of `packId`, if any. */
export function latestPublished<T extends { body: VersionLike }>(records: readonly T[], packId: string): T | undefined {
  return records.filter((r) => r.body.status === 'published' && r.body.packId === packId).sort((a, b) => compareVersions(b.body.version, a.body.version))[0];
}

/**
 * Parses an edited pack and resolves it with the bundled packs it extends (`national`), checking that
 * it is the pack `packId` at `version` and that every enabled rule's params fit the rule. Errors are
 * Japanese with the field of each problem.
 *
 * @throws KizukiError('validation_failed')
 */
export function resolvePolicyVersionSource(source: string, expected: { packId: string; version?: string }, bundled: PacksById): ResolvedPolicyPack {
  const pack: PolicyPack = parsePolicyPack(source, `${expected.packId}（編集中の版）`);
  const issues: { path: string; message: string }[] = [];
  if (pack.id !== expected.packId) issues.push({ path: 'id', message: `パックIDは「${expected.packId}」のままにしてください（「${pack.id}」になっています）` });
  if (expected.version !== undefined && pack.version !== expected.version) issues.push({ path: 'version', message: `パックの版（version）を「${expected.version}」にしてください（「${pack.version}」になっています）` });
  if (issues.length > 0) throw new KizukiError('validation_failed', `方針パックの内容に誤りがあります: ${issues[0]!.message}`, { issues });
  const packs = new Map(bundled instanceof Map ? (bundled as ReadonlyMap<string, PolicyPack>) : Object.entries(bundled));
  packs.set(pack.id, pack);
  const resolved = resolvePolicyPack(pack.id, packs);
  // Rule params are checked by each rule's schema when the pack is compiled; a version that saves must audit.
  compilePolicy(resolved);
  return resolved;
}

/** One edit of the structured form: set (or with `value` undefined, delete) the value at a path. */
export interface PackSourceEdit {
  path: (string | number)[];
  value: unknown;
}

/**
 * Applies form edits to the pack's YAML, keeping its comments and layout elsewhere. A path into
 * a missing mapping creates it; a value of undefined deletes the entry.
 *
 * @throws KizukiError('validation_failed') when the YAML itself does not parse.
 */
export function editPackSource(source: string, edits: readonly PackSourceEdit[]): string {
  const doc = parseDocument(source, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    throw new KizukiError('validation_failed', `${line === undefined ? '' : `${line}行目: `}YAMLの構文が正しくありません（${error.code}）`, { issues: [{ path: 'source', message: 'YAMLの構文が正しくありません' }] });
  }
  for (const edit of edits) {
    if (edit.value === undefined) {
      if (doc.hasIn(edit.path)) doc.deleteIn(edit.path);
      continue;
    }
    const parent = edit.path.length > 1 ? doc.getIn(edit.path.slice(0, -1), true) : doc.contents;
    if (parent !== undefined && parent !== null && !isMap(parent) && !isSeq(parent)) doc.deleteIn(edit.path.slice(0, -1));
    doc.setIn(edit.path, edit.value);
  }
  return doc.toString({ lineWidth: 0 });
}

/** `POST /api/policy/preview`: an edited pack checked, compared with the version in force, and its 気づき on sample plans. */
export interface PolicyPreviewAnswer {
  pack: ResolvedPolicyPack;
  /** the version in force the edit is compared with */
  against: { packId: string; version: string; recordId?: string };
  diff: PolicyPackDiff;
  /** the diff in plain Japanese */
  lines: string[];
  preview: PackChangePreview;
  /** how many sample plans were audited, and where they came from */
  sample: { count: number; source: string };
}

/** `GET /api/policy/versions/:id`: a version resolved for reading (docs/policies.md-style). */
export interface PolicyVersionView {
  recordId: string;
  revision: number;
  pack: ResolvedPolicyPack;
}

/** `GET /api/policy/diff?from=&to=`: what changed between two versions. */
export interface PolicyDiffAnswer {
  diff: PolicyPackDiff;
  lines: string[];
}

/** `GET /api/policy/start`: the YAML a new draft starts from. */
export interface PolicyStartAnswer {
  packId: string;
  /** `bundled` (the pack shipped with Kizuki) or the record id of the latest version */
  from: 'bundled' | 'latest';
  basedOn: string;
  version: string;
  source: string;
}

/** Where an office stands on its insurer's policy: the version in force, and the last it acknowledged. */
export interface OfficePolicyStanding<V> {
  /** the latest published version the office can read */
  current?: V;
  /** the highest version of the same pack someone in the office acknowledged */
  lastAcknowledged?: V;
  /** whether someone in the office acknowledged the current version */
  acknowledged: boolean;
}

/**
 * From the published versions an office reads (its area's) and its own acknowledgements: the
 * version in force, whether it was acknowledged, and the version it last acknowledged (for the diff).
 */
export function officePolicyStanding<V extends { body: VersionLike }>(versions: readonly V[], acknowledgements: readonly { body: { packId: string; version: string } }[]): OfficePolicyStanding<V> {
  const published = versions.filter((v) => v.body.status === 'published');
  const newest = [...published].sort((a, b) => (b.body.publishedOn ?? '').localeCompare(a.body.publishedOn ?? ''))[0];
  if (!newest) return { acknowledged: false };
  const current = latestPublished(published, newest.body.packId)!;
  const read = new Set(acknowledgements.filter((a) => a.body.packId === current.body.packId).map((a) => a.body.version));
  const lastAcknowledged = published.filter((v) => v.body.packId === current.body.packId && read.has(v.body.version)).sort((a, b) => compareVersions(b.body.version, a.body.version))[0];
  return { current, ...(lastAcknowledged ? { lastAcknowledged } : {}), acknowledged: read.has(current.body.version) };
}
