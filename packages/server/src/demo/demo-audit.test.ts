import { auditMany, type CaseAuditResult, type CaseFile, type RuleId } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { getPolicyPack } from '../policy/load-packs.js';
import { demoCaseFiles } from './demo-case-files.js';
import { demoInsurers } from './demo-organizations.js';

/**
 * The demo's case files show the 気づき their weaknesses deserve, under their insurer's pack,
 * and the exemplary ones show none. Checked on several days so the anchoring on "today"
 * cannot hide a case.
 */
const expected: Record<string, readonly RuleId[]> = {
  'demo-client-05': ['plan.need-not-own-words', 'plan.goal-vague', 'plan.goal-is-service', 'plan.no-informal-support', 'plan.livelihood-reason-missing'],
  'demo-client-06': ['assessment.not-at-home', 'assessment.items-incomplete', 'assessment.dependency-detail-missing', 'assessment.life-history-missing'],
  'demo-client-07': ['assessment.medical-info-missing', 'plan.medical-service-without-physician', 'plan.welfare-equipment-reason-missing', 'plan.goal-without-short-term'],
  'demo-client-08': ['plan.period-outside-certification', 'plan.short-term-exceeds-long-term', 'plan.short-term-without-service', 'process.monitoring-overdue'],
  'demo-client-09': ['process.consent-missing', 'process.delivery-missing', 'process.service-plans-not-requested', 'plan.overview-missing', 'plan.need-without-goal'],
  'demo-client-10': ['process.meeting-missing', 'process.certification-expiring'],
  'demo-client-11': ['plan.rehab-not-considered', 'plan.family-role-missing'],
  'demo-client-12': ['plan.uniform-across-clients', 'plan.goal-vague', 'plan.goal-is-service', 'plan.no-informal-support'],
  'demo-client-13': ['plan.uniform-across-clients', 'process.delivery-missing'],
  'demo-client-14': ['assessment.life-history-missing'],
  'demo-client-15': ['plan.short-stay-over-half'],
  'demo-client-18': ['process.monitoring-overdue'],
  'demo-client-19': ['plan.goal-vague', 'plan.no-informal-support', 'process.prevention-type-mismatch'],
};
const exemplary = ['demo-client-01', 'demo-client-02', 'demo-client-03', 'demo-client-04', 'demo-client-16', 'demo-client-17'];

function packIdOf(caseFile: CaseFile): string {
  return demoInsurers.find((org) => org.insurerNumber === caseFile.client.insurerNumber)?.policyPackId ?? 'national';
}

/** Each tenant's caseload audited together (peers for 画一的なプラン), grouped by insurer pack. */
function auditDemo(today: string): Map<string, CaseAuditResult> {
  const results = new Map<string, CaseAuditResult>();
  const entries = demoCaseFiles(today);
  for (const tenant of ['office', 'center'] as const) {
    const caseload = entries.filter((e) => e.tenant === tenant).map((e) => e.caseFile);
    for (const packId of new Set(caseload.map(packIdOf))) {
      const targets = caseload.filter((c) => packIdOf(c) === packId);
      const peers = caseload.filter((c) => packIdOf(c) !== packId);
      const report = auditMany(targets, getPolicyPack(packId), { asOf: today, peers });
      targets.forEach((caseFile, i) => results.set(caseFile.client.id, report.results[i]!));
    }
  }
  return results;
}

describe.each(['2025-07-15', '2026-03-31', '2026-12-01'])('demo audit on %s', (today) => {
  const results = auditDemo(today);

  it.each(Object.entries(expected))('%s shows the 気づき its weaknesses deserve', (clientId, ruleIds) => {
    const found = new Set(results.get(clientId)?.findings.map((f) => f.ruleId));
    for (const ruleId of ruleIds) expect(found, `${clientId} に ${ruleId} の気づきがありません`).toContain(ruleId);
  });

  it.each(exemplary)('%s (exemplary) raises no 気づき', (clientId) => {
    expect(results.get(clientId)?.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
