import { describe, expect, it } from 'vitest';
import { aCaseFile } from '../testing/builders.js';
import { anInsuredLine } from '../testing/plan-parts.js';
import { inspectionCandidate, selectInspectionSample, type InspectionCandidate } from './select-sample.js';

const asOf = '2026-01-15';

function candidate(key: string, patch: Partial<InspectionCandidate> = {}): InspectionCandidate {
  return { key, officeNumber: '0899000001', planDate: '2025-10-01', livingSupport: false, ...patch };
}

describe('selectInspectionSample (random within criteria)', () => {
  const pool = [
    candidate('a', { livingSupport: true }),
    candidate('b', { livingSupport: true }),
    candidate('c', { limitShare: 0.95 }),
    candidate('d', { planDate: '2024-06-01' }),
    candidate('e'),
    candidate('f'),
    candidate('g', { officeNumber: '0899000002', livingSupport: true }),
  ];

  it('lets each criterion pick in turn, then fills the count at random, recording why each plan was picked', () => {
    const { selected, shortfall } = selectInspectionSample(pool, { perOffice: { '0899000001': 4 }, criteria: ['living_support', 'near_benefit_limit', 'unchanged_long'], asOf, seed: 1 });
    expect(selected).toHaveLength(4);
    expect(selected.map((s) => s.selectedBy).slice(0, 3)).toEqual(['living_support', 'near_benefit_limit', 'unchanged_long']);
    expect(['a', 'b']).toContain(selected[0]!.key);
    expect(selected.slice(1, 3).map((s) => s.key)).toEqual(['c', 'd']);
    expect(selected[3]!.selectedBy).toBe('living_support');
    expect(shortfall).toEqual([]);
  });

  it('is the same sample for the same seed, and plans of other offices are never picked', () => {
    const request = { perOffice: { '0899000001': 3 }, criteria: ['living_support'] as const, asOf, seed: 42 };
    const first = selectInspectionSample(pool, { ...request, criteria: [...request.criteria] });
    const again = selectInspectionSample(pool, { ...request, criteria: [...request.criteria] });
    expect(again).toEqual(first);
    expect(first.selected.every((s) => s.officeNumber === '0899000001')).toBe(true);
    expect(first.selected.filter((s) => s.selectedBy === 'random')).toHaveLength(1);
  });

  it('reports offices where fewer plans than asked exist or meet the criteria', () => {
    const result = selectInspectionSample(pool, { perOffice: { '0899000002': 3 }, criteria: ['living_support'], asOf, seed: 3, fillRandomly: false });
    expect(result.selected.map((s) => s.key)).toEqual(['g']);
    expect(result.shortfall).toEqual([{ officeNumber: '0899000002', asked: 3, picked: 1 }]);
  });
});

describe('inspectionCandidate', () => {
  it('reads 生活援助中心型 訪問介護 and the plan date from the current plan', () => {
    const caseFile = aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [anInsuredLine({ serviceTypeCode: '11', serviceTypeName: '訪問介護', content: '掃除・洗濯' })] }).build();
    const found = inspectionCandidate('client-1', '0899000001', caseFile);
    expect(found.livingSupport).toBe(true);
    expect(found.planDate).toBe(caseFile.carePlans[0]!.planDate);
    const bodily = aCaseFile().withNeed('お風呂に入りたい', { lines: [anInsuredLine({ serviceTypeCode: '11', serviceTypeName: '訪問介護', content: '入浴介助' })] }).build();
    expect(inspectionCandidate('client-2', '0899000001', bodily).livingSupport).toBe(false);
  });
});
