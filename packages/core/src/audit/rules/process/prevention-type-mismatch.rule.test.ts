import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.prevention-type-mismatch';

function findings(caseFile: CaseFile, pack = 'national', asOf = exemplaryAsOf) {
  return audit(caseFile, shippedPack(pack), { asOf }).findings.filter((f) => f.ruleId === ruleId);
}

const monitoring = (date: string, i = 0) => ({ id: `m-${i}`, date, method: 'home_visit' as const, goalEvaluations: [], serviceStatuses: [] });

function typed(type: 'A' | 'B' | 'C' | undefined, monitorings: string[] = [], patch: Record<string, unknown> = {}) {
  return aCaseFile()
    .withPreventionPlan({ id: 'pp-1', status: 'active', planKind: 'care_management', planDate: '2025-04-01', careManagementType: type, consent: { date: '2025-03-31' }, ...patch })
    .mutate((c) => (c.monitorings = monitorings.map(monitoring)));
}

/** Answers making the client a 事業対象者 (運動 3 of 5: No.6–8). */
const businessTarget = [undefined, undefined, undefined, undefined, undefined, false, false, false];

describe('process.prevention-type-mismatch', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), pack)).toEqual([]);
  });

  describe('類型C (初回のみ)', () => {
    it('accepts the initial plan alone, and monitoring on the plan date itself', () => {
      expect(findings(typed('C').build(), 'shiojiri')).toEqual([]);
      expect(findings(typed('C', ['2025-04-01']).build(), 'shiojiri')).toEqual([]);
    });

    it('reports monitoring after the initial plan, citing 塩尻市 (1)', () => {
      const result = findings(typed('C', ['2025-04-02', '2025-07-10']).build(), 'shiojiri');
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toContain('類型C（初回のみのケアマネジメント）の計画（令和7年4月1日）の後に、モニタリングが2件記録されています（最初は令和7年4月2日）');
      expect(result[0]?.evidence.map((e) => [e.document, e.documentId])).toEqual([['prevention_plan', 'pp-1'], ['monitoring', 'm-0'], ['monitoring', 'm-1']]);
      expect(result[0]?.citations.map((c) => (c.kind === 'principle' ? c.id : ''))).toContain('shiojiri.type-c');
    });

    it('reports a second initial-only plan after the first', () => {
      const caseFile = typed('C')
        .mutate((c) => c.preventionPlans.unshift({ id: 'pp-0', status: 'active', planKind: 'care_management', planDate: '2024-10-01', careManagementType: 'C', planCategories: [], domains: {}, issues: [] }))
        .build();
      const result = findings(caseFile, 'shiojiri');
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toContain('令和6年10月1日に続いてもう一度作られています');
      expect(findings(typed('A').mutate((c) => c.preventionPlans.unshift({ id: 'pp-0', status: 'active', planDate: '2024-10-01', careManagementType: 'C', planCategories: [], domains: {}, issues: [] })).build())).toEqual([]);
    });

    it('does not judge a draft', () => {
      expect(findings(typed('C', ['2025-07-10'], { status: 'draft', consent: undefined }).build())).toEqual([]);
    });
  });

  describe('類型B (時期を計画で定める)', () => {
    it('asks the plan to state when monitoring happens', () => {
      const result = findings(typed('B').build());
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toContain('モニタリングの時期が書かれていません');
      expect(result[0]?.evidence).toEqual([{ document: 'prevention_plan', documentId: 'pp-1', path: ['monitoringPlan'], label: 'モニタリングの時期' }]);
    });

    it('accepts a stated timing or a next date', () => {
      expect(findings(typed('B', [], { monitoringPlan: '半年後（10月）に電話と訪問で確認' }).build())).toEqual([]);
      expect(findings(typed('B', [], { nextMonitoringOn: '2025-10-01' }).build())).toEqual([]);
      expect(findings(typed('B', [], { monitoringPlan: '   ' }).build())).toHaveLength(1);
    });
  });

  describe('事業対象者', () => {
    it('asks for a 類型 when the checklist makes the client a 事業対象者', () => {
      const result = findings(typed(undefined).withBasicChecklist(businessTarget).build());
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toContain('事業対象者に該当していますが、介護予防ケアマネジメントの類型（A・B・C）が選ばれていません');
      expect(result[0]?.evidence[1]).toMatchObject({ document: 'basic_checklist', path: ['date'] });
    });

    it('is silent once a 類型 is chosen, when the checklist does not qualify, or for 介護予防支援', () => {
      expect(findings(typed('A').withBasicChecklist(businessTarget).build())).toEqual([]);
      expect(findings(typed(undefined).withBasicChecklist([]).build())).toEqual([]);
      expect(findings(typed(undefined, [], { planKind: 'prevention_support' }).withBasicChecklist(businessTarget).build())).toEqual([]);
    });
  });

  it('reads its types from the pack', () => {
    const pack = shippedPack('national');
    const custom = { ...pack, rules: { ...pack.rules, [ruleId]: { ...pack.rules[ruleId]!, params: { initialOnlyTypes: [], plannedTimingTypes: ['A', 'B'], typeRequiredForBusinessTarget: false } } } };
    const result = audit(typed('A').build(), custom, { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
    expect(result).toHaveLength(1);
    expect(audit(typed('C', ['2025-06-01']).build(), custom, { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  });
});

describe('類型A monitoring (process.monitoring-overdue) at its three-month boundary', () => {
  const overdue = (asOf: string, monitorings: string[] = []) =>
    audit(typed('A', monitorings, { meetingId: undefined }).build(), shippedPack('shiojiri'), { asOf }).findings.filter((f) => f.ruleId === 'process.monitoring-overdue');
  it('is due within May–July after an April plan: just under, at and over', () => {
    expect(overdue('2025-07-15')).toEqual([]);
    expect(overdue('2025-07-31')).toEqual([]);
    expect(overdue('2025-08-01')).toHaveLength(1);
    expect(overdue('2025-08-01', ['2025-07-31'])).toEqual([]);
  });
});
