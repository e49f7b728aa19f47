import {
  careLevels,
  careLevelTable,
  isKnownRuleId,
  knownRuleIds,
  ruleTitles,
  toHalfWidth,
  type CaseAuditResult,
  type CsvAuditNoPlanDetails,
  type CsvAuditReport,
  type CsvAuditUnit,
  type Finding,
  type PolicySummary,
  type Severity,
} from '@kizuki/core';

/** The audited client: the report carries name and numbers; 要介護度 only when a server adds it. */
export type AuditedClient = CaseAuditResult['client'] & { careLevel?: string };

/** Severities in the order people read them: standards not met first. */
export const severities: readonly Severity[] = ['standard', 'advice', 'question'];

/** The sentence every user must read before uploading. */
export const notStoredText = 'アップロードしたファイルは点検にだけ使い、保存しません';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether an answer has the report's shape (a proxy or an old server could answer something else). */
export function isCsvAuditReport(value: unknown): value is CsvAuditReport {
  if (!isRecord(value) || !isRecord(value.policy) || typeof value.policy.id !== 'string' || typeof value.asOf !== 'string') return false;
  if (!Array.isArray(value.results) || !Array.isArray(value.office) || !isRecord(value.summary) || !isRecord(value.input)) return false;
  if (!Array.isArray(value.input.units) || !Array.isArray(value.input.ignored)) return false;
  return value.results.every((r) => isRecord(r) && isRecord(r.client) && Array.isArray(r.findings) && Array.isArray(r.notEvaluated));
}

/** Whether an error's details list the units read (the server's answer when no plan could be audited). */
export function isNoPlanDetails(value: unknown): value is CsvAuditNoPlanDetails {
  return isRecord(value) && Array.isArray(value.ignored) && Array.isArray(value.units) && value.units.every((u) => isRecord(u) && typeof u.key === 'string' && Array.isArray(u.issues));
}

/** How many findings of each severity. */
export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { standard: 0, advice: 0, question: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The Japanese title of a rule, or its id when this browser does not know it (a newer server). */
export function ruleTitle(ruleId: string): string {
  return isKnownRuleId(ruleId) ? ruleTitles[ruleId] : ruleId;
}

/** Rules not evaluated for one reason (入力にアセスメントが含まれないため…), once for the whole report. */
export interface NotEvaluatedGroup {
  reason: string;
  rules: { ruleId: string; title: string }[];
  /** How many audited clients the rules could not be evaluated for. */
  clients: number;
}

/**
 * The rules no client could be checked on, grouped by why (the data the CSV does not carry),
 * each rule once however many clients it concerns. Rules in the engine's order.
 */
export function groupNotEvaluated(results: readonly Pick<CaseAuditResult, 'notEvaluated'>[]): NotEvaluatedGroup[] {
  const groups = new Map<string, { rules: Set<string>; clients: Set<number> }>();
  results.forEach((result, index) => {
    for (const { ruleId, reason } of result.notEvaluated) {
      let group = groups.get(reason);
      if (!group) groups.set(reason, (group = { rules: new Set(), clients: new Set() }));
      group.rules.add(ruleId);
      group.clients.add(index);
    }
  });
  const order = (id: string) => {
    const i = (knownRuleIds as readonly string[]).indexOf(id);
    return i === -1 ? knownRuleIds.length : i;
  };
  return [...groups].map(([reason, group]) => ({
    reason,
    rules: [...group.rules].sort((a, b) => order(a) - order(b) || a.localeCompare(b)).map((ruleId) => ({ ruleId, title: ruleTitle(ruleId) })),
    clients: group.clients.size,
  }));
}

/** What the result list shows: some severities, clients whose name or number contains `query`. */
export interface ResultFilter {
  severities: ReadonlySet<Severity>;
  query: string;
}

/** Text compared loosely: full-width letters and digits as half-width, spaces ignored. */
const searchable = (text: string) => toHalfWidth(text).replace(/\s+/gu, '').toLowerCase();

/** Whether the client's name (spaces ignored) or 被保険者番号 contains the query; an empty query matches all. */
export function matchesClient(client: Pick<AuditedClient, 'name' | 'insuredNumber'>, query: string): boolean {
  const q = searchable(query);
  return q === '' || searchable(client.name).includes(q) || searchable(client.insuredNumber).includes(q);
}

/** A client of the filtered list with the findings that pass the severity filter. */
export interface FilteredResult {
  result: CaseAuditResult;
  findings: Finding[];
}

/**
 * Clients matching the search, each with its findings of the chosen severities. With every
 * severity chosen all matching clients stay (a client without findings is worth seeing);
 * with fewer, only clients that have a finding of them.
 */
export function filterResults(results: readonly CaseAuditResult[], filter: ResultFilter): FilteredResult[] {
  const everySeverity = severities.every((s) => filter.severities.has(s));
  return results
    .filter((result) => matchesClient(result.client, filter.query))
    .map((result) => ({ result, findings: result.findings.filter((f) => filter.severities.has(f.severity)) }))
    .filter(({ findings }) => everySeverity || findings.length > 0);
}

/** The pack's title from the list, else its id (the list failed to load or the pack is new). */
export function packTitle(policies: readonly PolicySummary[], id: string): string {
  return policies.find((p) => p.id === id)?.title ?? id;
}

/** 要介護度 as a label (要介護2) when the report carries it, a key (care_2) or text alike. */
export function careLevelText(client: AuditedClient): string | undefined {
  const level = client.careLevel;
  if (level === undefined || level === '') return undefined;
  return (careLevels as readonly string[]).includes(level) ? careLevelTable[level as keyof typeof careLevelTable].label : level;
}

/** Send units that were not audited because of errors. */
export function rejectedUnits(report: Pick<CsvAuditReport, 'input'>): CsvAuditUnit[] {
  return report.input.units.filter((u) => !u.accepted);
}

/** The file name of the saved report: `kizuki-csv-audit-<pack>-<asOf>.json`. */
export function reportFileName(report: Pick<CsvAuditReport, 'policy' | 'asOf'>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]/gu, '_');
  return `kizuki-csv-audit-${safe(report.policy.id)}-${safe(report.asOf)}.json`;
}
