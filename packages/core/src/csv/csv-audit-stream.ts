import { auditMany } from '../audit/audit.js';
import { compilePolicy } from '../audit/compile-policy.js';
import type { AuditSummary, CaseAuditResult, Finding, NotEvaluated } from '../audit/finding.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { IsoDate } from '../dates/iso-date.js';
import { KizukiError } from '../errors/kizuki-error.js';
import type { Severity } from '../policy/policy-pack.schema.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import { knownRuleIds, type RuleId } from '../policy/rule-ids.js';
import type { CsvAuditNoPlanDetails, CsvAuditReport, CsvAuditUnit } from './csv-audit-report.js';
import { csvDataParts } from './csv-data-parts.js';
import type { CsvIssue } from './csv-issue.js';
import type { CsvReadResult } from './import-types.js';
import { mergeCaseFilesByClient } from './merge-case-files.js';

/**
 * Where the case files of the accepted send units wait for the audit, so that a client whose plan,
 * revisions and months come in separate units is put together once every unit has been read. A
 * unit found wrong part-way is dropped whole. Client keys are 保険者番号_被保険者番号.
 */
export interface CaseFileSpool {
  add(unit: number, clientKey: string, caseFile: CaseFile): void;
  /** Forgets every case file of a rejected unit. */
  dropUnit(unit: number): void;
  /** Every client with a case file, in the order of its first case file still held. */
  clientKeys(): Iterable<string>;
  /** The client's case files in the order they were added (the units' 取込順序). */
  caseFilesOf(clientKey: string): CaseFile[];
}

/** Keeps case files in memory: for sources already in memory, tests, and the browser. */
export class MemoryCaseFileSpool implements CaseFileSpool {
  private readonly byClient = new Map<string, { unit: number; seq: number; caseFile: CaseFile }[]>();
  private seq = 0;

  add(unit: number, clientKey: string, caseFile: CaseFile): void {
    const list = this.byClient.get(clientKey);
    const entry = { unit, seq: this.seq++, caseFile };
    if (list) list.push(entry);
    else this.byClient.set(clientKey, [entry]);
  }

  dropUnit(unit: number): void {
    for (const [key, list] of this.byClient) {
      const kept = list.filter((e) => e.unit !== unit);
      if (kept.length === 0) this.byClient.delete(key);
      else if (kept.length !== list.length) this.byClient.set(key, kept);
    }
  }

  clientKeys(): Iterable<string> {
    return [...this.byClient].sort(([, a], [, b]) => a[0]!.seq - b[0]!.seq).map(([key]) => key);
  }

  caseFilesOf(clientKey: string): CaseFile[] {
    return (this.byClient.get(clientKey) ?? []).map((e) => e.caseFile);
  }
}

/** How far the streamed audit has come. */
export interface CsvAuditStreamProgress {
  /** A client's part of a send unit was built and checked (`clients` so far, `units` begun so far). */
  onClient?(clients: number, units: number): void;
  /** A client's case file was audited (`caseFiles` so far). */
  onAudited?(caseFiles: number): void;
}

const severityOrder: Record<Severity, number> = { standard: 0, advice: 1, question: 2 };
const ruleOrder = new Map<RuleId, number>(knownRuleIds.map((id, i) => [id, i]));

/** The order the audit gives findings: by severity, then rule; within a rule as the rule reported them. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || ruleOrder.get(a.finding.ruleId)! - ruleOrder.get(b.finding.ruleId)! || a.i - b.i)
    .map(({ finding }) => finding);
}

/** Totals of a report, counted the way `auditMany` counts them. */
function summarize(results: readonly CaseAuditResult[], office: readonly Finding[]): AuditSummary {
  const bySeverity: Record<Severity, number> = { standard: 0, advice: 0, question: 0 };
  const byRule: AuditSummary['byRule'] = {};
  let findings = 0;
  const count = (f: Finding) => {
    findings += 1;
    bySeverity[f.severity] += 1;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  };
  for (const result of results) result.findings.forEach(count);
  office.forEach(count);
  return { caseFiles: results.length, findings, bySeverity, byRule };
}

/** The pack split in two: rules that read one case file, and rules that compare case files (画一的なプラン, 特定事業所集中減算). */
function splitPack(pack: ResolvedPolicyPack): { casePack: ResolvedPolicyPack; crossPack: ResolvedPolicyPack; order: Map<RuleId, number> } {
  // Compiling the whole pack first reports wrong params exactly as the whole-folder audit does.
  const { rules } = compilePolicy(pack);
  const cross = new Set<RuleId>(rules.filter((a) => a.rule.scope !== 'case').map((a) => a.rule.id));
  const part = (wanted: boolean): ResolvedPolicyPack => ({ ...pack, rules: Object.fromEntries(Object.entries(pack.rules).filter(([id]) => cross.has(id as RuleId) === wanted)) });
  return { casePack: part(false), crossPack: part(true), order: new Map(rules.map((a, i) => [a.rule.id, i])) };
}

/** Copies the keys of `source` that are present (an absent optional field stays absent). */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out as Pick<T, K>;
}

/** One copy of each repeated value (service codes, provider numbers and names) across the digests of an audit. */
export type DigestStrings = Map<string, string>;

function shared<T>(strings: DigestStrings, value: T): T {
  if (typeof value !== 'string') return value;
  const known = strings.get(value);
  if (known !== undefined) return known as T;
  strings.set(value, value);
  return value;
}

/**
 * What the rules comparing clients read of a care plan: which plan is audited or in force for a
 * 判定期間 (id, status, dates, consent), the wording of 第2表 (needs and goals) and, on each service
 * line, the service type and the provider. Every need, goal and line keeps its place, so the
 * evidence paths are those of the full plan. The rest (第1表, 第3表, contents, frequencies, the
 * ids of needs, goals and lines) is dropped.
 */
function planDigest(plan: CarePlan, strings: DigestStrings): CarePlan {
  const text = <T extends { text?: string | undefined }>(item: T) => (item.text !== undefined ? { text: item.text } : {});
  return {
    ...pick(plan, ['id', 'createdOn', 'planDate', 'consent']),
    status: shared(strings, plan.status),
    needs: plan.needs.map((need) => ({
      ...text(need),
      longTermGoals: need.longTermGoals.map((long) => ({
        ...text(long),
        shortTermGoals: long.shortTermGoals.map((short) => ({
          ...text(short),
          serviceLines: short.serviceLines.map((line) => {
            const kept = pick(line, ['kind', 'serviceTypeCode', 'providerOfficeNumber', 'providerName']);
            for (const key of Object.keys(kept) as (keyof typeof kept)[]) kept[key] = shared(strings, kept[key]) as never;
            return kept;
          }),
        })),
      })),
    })),
  } as CarePlan;
}

/**
 * The part of an audited case file the cross-plan and office rules need once every client has
 * been audited: who the client is (保険者番号, 被保険者番号, name, 終了日) and a digest of each care
 * plan. The certifications, months of サービス利用票, 介護予防 plans and the rest are not kept.
 * `strings` shares repeated values between the digests of one audit.
 */
export function crossPlanDigest(caseFile: CaseFile, strings: DigestStrings = new Map()): CaseFile {
  return {
    client: pick(caseFile.client, ['insurerNumber', 'insuredNumber', 'name', 'endedOn']) as CaseFile['client'],
    certifications: [],
    assessments: [],
    carePlans: caseFile.carePlans.map((plan) => planDigest(plan, strings)),
    careTeamMeetings: [],
    supportLog: [],
    monitorings: [],
    basicChecklists: [],
    preventionPlans: [],
    serviceUsages: [],
  };
}

/** Merges two lists each in the pack's rule order into one in that order (each rule lives in one list). */
function mergeByRule(a: readonly NotEvaluated[], b: readonly NotEvaluated[], order: ReadonlyMap<RuleId, number>): NotEvaluated[] {
  if (b.length === 0) return [...a];
  const rank = (n: NotEvaluated) => order.get(n.ruleId) ?? Number.MAX_SAFE_INTEGER;
  const out: NotEvaluated[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && rank(a[i]!) <= rank(b[j]!))) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

const isError = (issue: CsvIssue) => issue.severity === 'error';

/**
 * ケアプラン点検 on CSV send units read one after another, in memory that does not grow with the
 * folder: each unit's case files are built one client at a time and wait in `spool`; once every
 * unit is read, each client's case files (plan, revisions, months, from any units) are merged
 * and audited with the rules that read one case file, and only the findings and a compact
 * {@link crossPlanDigest} are kept; the rules comparing clients then run once over the digests.
 * The report is the one `auditMany` gives on every merged case file at once (same results in the
 * same order, same rejected units, same rules not evaluated).
 *
 * @throws KizukiError('validation_failed') when no client with a plan could be read, with the first error.
 */
export async function auditCsvStream(
  read: CsvReadResult,
  spool: CaseFileSpool,
  choosePack: (insurerNumber: string) => Promise<ResolvedPolicyPack> | ResolvedPolicyPack,
  asOf: IsoDate,
  progress: CsvAuditStreamProgress = {},
): Promise<CsvAuditReport> {
  const units: CsvAuditUnit[] = [];
  let clients = 0;
  read.units.forEach((unit, index) => {
    const issues = [...unit.issues];
    let caseFiles = 0;
    if (!issues.some(isError)) {
      for (const client of unit.clients()) {
        clients += 1;
        progress.onClient?.(clients, index + 1);
        issues.push(...client.issues);
        if (client.caseFile) caseFiles += 1;
        // Once the unit is rejected its remaining clients are only checked, so every error is reported.
        if (client.caseFile && !issues.some(isError)) spool.add(index, `${client.caseFile.client.insurerNumber}_${client.caseFile.client.insuredNumber}`, client.caseFile);
      }
    }
    const accepted = !issues.some(isError);
    if (!accepted) spool.dropUnit(index);
    units.push({ key: unit.key, files: unit.files, accepted, clients: accepted ? caseFiles : 0, issues });
  });

  // Most clients miss the same data for the same rules: one shared entry per rule and reason, not one per client.
  const notEvaluatedEntries = new Map<string, NotEvaluated>();
  const sharedNotEvaluated = (entry: NotEvaluated): NotEvaluated => {
    const key = `${entry.ruleId}\u0000${entry.reason}`;
    const known = notEvaluatedEntries.get(key);
    if (known) return known;
    notEvaluatedEntries.set(key, entry);
    return entry;
  };
  const digestStrings: DigestStrings = new Map();
  let split: ReturnType<typeof splitPack> | undefined;
  let pack: ResolvedPolicyPack | undefined;
  const results: CaseAuditResult[] = [];
  const digests: CaseFile[] = [];
  for (const key of spool.clientKeys()) {
    const [caseFile] = mergeCaseFilesByClient(spool.caseFilesOf(key));
    if (!caseFile || (caseFile.carePlans.length === 0 && caseFile.preventionPlans.length === 0)) continue;
    // The pack is chosen from the first client audited, as for the whole folder.
    pack ??= await choosePack(caseFile.client.insurerNumber);
    split ??= splitPack(pack);
    const [result] = auditMany([caseFile], split.casePack, { asOf, available: csvDataParts }).results;
    result!.notEvaluated = result!.notEvaluated.map(sharedNotEvaluated);
    results.push(result!);
    digests.push(crossPlanDigest(caseFile, digestStrings));
    progress.onAudited?.(results.length);
  }
  if (!pack || !split) {
    const first = units.flatMap((u) => u.issues).find(isError) ?? read.ignored[0];
    const reason = first ? first.message : 'ケアプランデータ連携の送信単位（UP1KYO・UP2KYO など）が見つかりません。';
    const details: CsvAuditNoPlanDetails = { units: units.map((u) => ({ key: u.key, issues: u.issues })), ignored: read.ignored };
    throw new KizukiError('validation_failed', `点検できる計画がありません。${reason}`, details);
  }

  const cross = auditMany(digests, split.crossPack, { asOf, available: csvDataParts });
  const order = split.order;
  results.forEach((result, i) => {
    const other = cross.results[i]!;
    result.findings = sortFindings([...result.findings, ...other.findings]);
    result.notEvaluated = mergeByRule(result.notEvaluated, other.notEvaluated.map(sharedNotEvaluated), order);
  });
  return {
    policy: { id: pack.id, version: pack.version, chain: pack.chain },
    asOf,
    results,
    office: cross.office,
    summary: summarize(results, cross.office),
    input: { format: 'care-plan-csv', units, ignored: read.ignored },
  };
}
