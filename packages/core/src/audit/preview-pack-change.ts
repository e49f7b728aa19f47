import type { CaseFile } from '../domain/document-bodies.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Severity } from '../policy/policy-pack.schema.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import type { RuleId } from '../policy/rule-ids.js';
import { auditMany } from './audit.js';
import type { Finding } from './finding.js';

/** One 気づき that a new pack version adds, removes or weighs differently on one plan. */
export interface FindingChange {
  change: 'added' | 'removed' | 'severity';
  ruleId: RuleId;
  /** Where it points (dotted evidence path of its first evidence). */
  field: string;
  message: string;
  severity: { from?: Severity; to?: Severity };
}

/** What a pack change does to the 気づき of each sample case file (before it is published). */
export interface PackChangePreview {
  caseFiles: { client: { insurerNumber: string; insuredNumber: string; name: string }; changes: FindingChange[] }[];
  /** Totals over the sample. */
  added: number;
  removed: number;
  reweighted: number;
}

const keyOf = (f: Finding) => `${f.ruleId}\u0000${f.evidence[0]?.document ?? ''}\u0000${f.evidence[0]?.path.join('.') ?? ''}`;

/**
 * Audits sample case files under the published and the edited pack and lists, per case file, the
 * 気づき the edit adds, removes or gives another weight (基準・助言・問いかけ): the preview an insurer
 * sees before publishing a new version. Matching is by rule and the field it points at.
 */
export function previewPackChange(before: ResolvedPolicyPack, after: ResolvedPolicyPack, caseFiles: readonly CaseFile[], asOf: IsoDate): PackChangePreview {
  const old = auditMany(caseFiles, before, { asOf });
  const now = auditMany(caseFiles, after, { asOf });
  const preview: PackChangePreview = { caseFiles: [], added: 0, removed: 0, reweighted: 0 };
  now.results.forEach((result, i) => {
    const previous = new Map(old.results[i]!.findings.map((f) => [keyOf(f), f]));
    const current = new Map(result.findings.map((f) => [keyOf(f), f]));
    const changes: FindingChange[] = [];
    const field = (f: Finding) => f.evidence[0]?.path.join('.') ?? '';
    for (const [key, f] of current) {
      const was = previous.get(key);
      if (!was) changes.push({ change: 'added', ruleId: f.ruleId, field: field(f), message: f.message, severity: { to: f.severity } });
      else if (was.severity !== f.severity) changes.push({ change: 'severity', ruleId: f.ruleId, field: field(f), message: f.message, severity: { from: was.severity, to: f.severity } });
    }
    for (const [key, f] of previous) if (!current.has(key)) changes.push({ change: 'removed', ruleId: f.ruleId, field: field(f), message: f.message, severity: { from: f.severity } });
    preview.added += changes.filter((c) => c.change === 'added').length;
    preview.removed += changes.filter((c) => c.change === 'removed').length;
    preview.reweighted += changes.filter((c) => c.change === 'severity').length;
    preview.caseFiles.push({ client: result.client, changes });
  });
  return preview;
}
