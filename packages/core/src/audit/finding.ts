import type { DocumentKind } from '../domain/document-kind.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Severity, StatuteRef } from '../policy/policy-pack.schema.js';
import type { RuleId } from '../policy/rule-ids.js';

/**
 * Where a 気づき points: a document of the case file and the path of the field inside its
 * body (`['needs', 0, 'longTermGoals', 1, 'text']`), so the editor can focus it.
 */
export interface Evidence {
  document: DocumentKind;
  /** Id of the document (plan, assessment …); absent for the client document. */
  documentId?: string;
  path: (string | number)[];
  /** What the field is, in Japanese (第2表 長期目標 2). */
  label: string;
  /** The text or value the observation is about, as recorded. */
  value?: string;
}

/** A citation as shown with a finding: a quoted principle of the pack, or a statute. */
export type ResolvedCitation =
  | { kind: 'principle'; id: string; packId: string; heading: string; text: string }
  | { kind: 'statute'; ref: StatuteRef; label: string };

/** One 気づき: an observation or question about a case file, with its evidence and reason. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** Japanese, written as an observation or question that helps the care manager think. */
  message: string;
  evidence: Evidence[];
  citations: ResolvedCitation[];
}

/** A rule that could not be applied because the input does not carry the data it needs. */
export interface NotEvaluated {
  ruleId: RuleId;
  /** Japanese: what data was missing. */
  reason: string;
}

/** The audit of one client's case file. */
export interface CaseAuditResult {
  client: { insurerNumber: string; insuredNumber: string; name: string };
  /** 居宅サービス計画作成（変更）日 of the plan audited (the current plan), if any. */
  planDate?: IsoDate;
  planId?: string;
  findings: Finding[];
  notEvaluated: NotEvaluated[];
}

/** Counts over a set of results. */
export interface AuditSummary {
  caseFiles: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: Partial<Record<RuleId, number>>;
}

/** The audit of many case files (an office, or an insurer's ケアプラン点検) under one pack. */
export interface AuditReport {
  policy: { id: string; version: string; chain: { id: string; version: string }[] };
  asOf: IsoDate;
  results: CaseAuditResult[];
  /** Findings about the office as a whole (特定事業所集中減算 …). */
  office: Finding[];
  summary: AuditSummary;
}
