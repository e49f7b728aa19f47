import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsage, ServiceUsageLine } from '../domain/service-usage.schema.js';
import { exemplaryCaseFile } from '../testing/exemplary-case-file.js';
import { limitUnitsForUsage } from '../usage/usage-certification.js';
import { tallyBenefitReview } from './benefit-review-report.js';
import { reviewBenefitData } from './benefit-review.js';

function line(serviceCode: string, patch: Partial<ServiceUsageLine> = {}): ServiceUsageLine {
  return { id: `l-${serviceCode}-${patch.units ?? 0}`, providerOfficeNumber: '0899000016', providerName: 'テスト事業所', serviceCode, units: 100, plannedDays: [1, 8], actualDays: [], ...patch };
}

function withUsage(lines: ServiceUsageLine[], month = '2025-06'): CaseFile {
  const caseFile = exemplaryCaseFile();
  const usage: ServiceUsage = { id: `usage-${month}`, month, lines };
  return { ...caseFile, serviceUsages: [usage] };
}

const planLines = (provided = true) => [line('161111'), line('171111'), line('311111')].map((l) => (provided ? { ...l, actualDays: l.plannedDays } : l));
const checks = (caseFile: CaseFile, asOf = '2025-06-20') => reviewBenefitData(caseFile, asOf).findings.map((f) => f.check);

describe('reviewBenefitData', () => {
  it('finds nothing when the 利用票 follows the plan, is provided as planned and stays under the limit', () => {
    const review = reviewBenefitData(withUsage(planLines()), '2025-06-20');
    expect(review).toEqual({ findings: [], notChecked: [] });
  });

  it('reports a service used but not in the plan, and a planned service with no use, linking to the 利用票 and the plan', () => {
    const review = reviewBenefitData(withUsage([line('161111'), line('171111'), line('111111')]), '2025-06-20');
    expect(review.findings).toContainEqual(expect.objectContaining({ check: 'service-not-in-plan', serviceTypeCode: '11', document: { kind: 'service_usage', id: 'usage-2025-06' } }));
    expect(review.findings).toContainEqual(expect.objectContaining({ check: 'planned-service-unused', serviceTypeCode: '31', document: { kind: 'care_plan', id: exemplaryCaseFile().carePlans[0]!.id } }));
  });

  it('reports 実績 at or below 80% of 予定, and 実績 above 予定, but not 90%', () => {
    const planned = Array.from({ length: 10 }, (_, i) => i + 1);
    const at80 = withUsage([...planLines().slice(1), line('161111', { plannedDays: planned, actualDays: planned.slice(0, 8) })]);
    expect(checks(at80)).toEqual(['actual-below-planned']);
    const at90 = withUsage([...planLines().slice(1), line('161111', { plannedDays: planned, actualDays: planned.slice(0, 9) })]);
    expect(checks(at90)).toEqual([]);
    const above = withUsage([...planLines().slice(1), line('161111', { plannedDays: planned.slice(0, 9), actualDays: planned })]);
    expect(checks(above)).toEqual(['actual-above-planned']);
  });

  it('reports a month at 90% of the 区分支給限度基準額 and not one unit below', () => {
    const limit = limitUnitsForUsage(exemplaryCaseFile().certifications, { month: '2025-06' })!;
    const at = Math.ceil(limit * 0.9);
    const usage = (units: number) => withUsage([line('161111', { units, plannedDays: [1], actualDays: [1] }), ...planLines().slice(1).map((l) => ({ ...l, units: 0 }))]);
    expect(checks(usage(at))).toEqual(['near-limit']);
    expect(checks(usage(at - 1))).toEqual([]);
    const over = reviewBenefitData(usage(limit + 500), '2025-06-20').findings[0]!;
    expect(over.message).toContain('500単位が基準額を超えています');
  });

  it('reports a plan unchanged for twelve months from the day after its anniversary', () => {
    const caseFile = exemplaryCaseFile(); // plan of 2025-04-01
    expect(reviewBenefitData(caseFile, '2026-04-01').findings.map((f) => f.check)).not.toContain('plan-unchanged-long');
    expect(reviewBenefitData(caseFile, '2026-04-02').findings.map((f) => f.check)).toContain('plan-unchanged-long');
  });

  it('says which input is missing instead of passing a check it could not make', () => {
    const noUsage = reviewBenefitData(exemplaryCaseFile(), '2025-06-20');
    expect(noUsage.notChecked).toEqual([
      { check: 'service-not-in-plan', missing: 'usage_planned' },
      { check: 'planned-service-unused', missing: 'usage_planned' },
      { check: 'actual-below-planned', missing: 'usage_planned' },
      { check: 'actual-above-planned', missing: 'usage_planned' },
      { check: 'near-limit', missing: 'usage_planned' },
    ]);
    const noActual = reviewBenefitData(withUsage(planLines(false)), '2025-06-20');
    expect(noActual.notChecked).toEqual([
      { check: 'actual-below-planned', missing: 'usage_actual' },
      { check: 'actual-above-planned', missing: 'usage_actual' },
    ]);
    const noCertification = reviewBenefitData({ ...withUsage(planLines()), certifications: [] }, '2025-06-20');
    expect(noCertification.notChecked).toContainEqual({ check: 'near-limit', missing: 'certification' });
    const noPlan = reviewBenefitData({ ...withUsage(planLines()), carePlans: [] }, '2025-06-20');
    expect(noPlan.notChecked).toContainEqual({ check: 'plan-unchanged-long', missing: 'care_plan' });
    // A 利用票 older than the months looked at is not read.
    expect(reviewBenefitData(withUsage([line('111111')], '2025-02'), '2025-06-20').findings).toEqual([]);
  });

  it('tallies plans with findings and plans not checked per check', () => {
    const plans = [
      { source: { kind: 'client' as const, clientId: 'a' }, label: 'A', officeName: '', review: reviewBenefitData(withUsage([line('111111')]), '2025-06-20') },
      { source: { kind: 'client' as const, clientId: 'b' }, label: 'B', officeName: '', review: reviewBenefitData(exemplaryCaseFile(), '2025-06-20') },
    ];
    const tally = tallyBenefitReview(plans);
    expect(tally.find((t) => t.check === 'service-not-in-plan')).toEqual({ check: 'service-not-in-plan', plansWithFinding: 1, findings: 1, plansNotChecked: 1 });
  });
});
