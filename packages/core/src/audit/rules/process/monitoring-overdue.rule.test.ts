import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.monitoring-overdue';

function findings(caseFile: CaseFile, asOf = exemplaryAsOf, pack = 'national') {
  return audit(caseFile, shippedPack(pack), { asOf }).findings.filter((f) => f.ruleId === ruleId);
}

/** The exemplary case file with its monitorings replaced by these (date, method). */
function monitoredOn(...visits: Array<[string, 'home_visit' | 'online']>) {
  return anExemplaryCaseFile().mutate((c) => {
    const template = c.monitorings[0]!;
    c.monitorings = visits.map(([date, method], i) => ({ ...template, id: `m-${i + 1}`, date, method }));
  });
}

describe('process.monitoring-overdue', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), exemplaryAsOf, pack)).toEqual([]);
  });

  it('reports a month without monitoring, in 和暦, with the plan date and the last monitoring', () => {
    const result = findings(monitoredOn(['2025-04-25', 'home_visit'], ['2025-06-26', 'home_visit']).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toMatch(/^令和7年5月のモニタリングの記録が見当たりません。少なくとも月に1回、利用者の居宅を訪問して面接し、結果を記録することとされています。/u);
    expect(result[0]?.message).toContain('特段の事情');
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['planDate'], label: '計画作成（変更）日', value: '2025-04-01' },
      { document: 'monitoring', documentId: 'm-1', path: ['date'], label: '直前のモニタリング実施日', value: '2025-04-25' },
    ]);
  });

  it('reports a run of missed months as one 気づき', () => {
    const result = findings(anExemplaryCaseFile().build(), '2025-10-15');
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toMatch(/^令和7年7月～令和7年9月（3か月）のモニタリング/u);
  });

  it('does not expect the current month yet, nor the month the plan started', () => {
    expect(findings(anExemplaryCaseFile().build(), '2025-07-31')).toEqual([]);
    expect(findings(monitoredOn().withPlan({ planDate: '2025-06-10' }).build())).toEqual([]);
  });

  it('counts months across the turn of the year', () => {
    const caseFile = monitoredOn(['2025-01-20', 'home_visit']).withPlan({ planDate: '2024-12-15' }).build();
    expect(findings(caseFile, '2025-02-01')).toEqual([]);
    expect(findings(caseFile, '2025-03-01')[0]?.message).toMatch(/^令和7年2月のモニタリング/u);
  });

  it('accepts online monitoring in alternate months', () => {
    expect(findings(monitoredOn(['2025-05-27', 'home_visit'], ['2025-06-26', 'online']).build())).toEqual([]);
    expect(findings(monitoredOn(['2025-05-27', 'online'], ['2025-06-26', 'home_visit']).build())).toEqual([]);
  });

  it('reports two months in a row without a home visit, pointing at the method', () => {
    const result = findings(monitoredOn(['2025-05-27', 'online'], ['2025-06-26', 'online']).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('令和7年6月のモニタリングは居宅訪問によらないもの（テレビ電話装置等）で、前月も居宅を訪問した面接がありません');
    expect(result[0]?.message).toContain('少なくとも2月に1回');
    expect(result[0]?.evidence).toEqual([{ document: 'monitoring', documentId: 'm-2', path: ['method'], label: 'モニタリング（2025-06-26）実施方法', value: 'テレビ電話装置等' }]);
  });

  it('counts a home visit anywhere in the month', () => {
    expect(findings(monitoredOn(['2025-05-02', 'online'], ['2025-06-03', 'online'], ['2025-06-28', 'home_visit']).build())).toEqual([]);
  });

  it('checks only running plans', () => {
    expect(findings(monitoredOn().withPlan({ status: 'consented' }).build())).toEqual([]);
    expect(findings(monitoredOn().withPlan({ status: 'delivered' }).build())).toHaveLength(1);
  });

  it('stops at the end of support', () => {
    const caseFile = anExemplaryCaseFile().withClient({ status: 'ended', endedOn: '2025-07-15' }).build();
    expect(findings(caseFile, '2025-12-01')).toEqual([]);
  });

  describe('介護予防', () => {
    const prevention = (type: 'A' | 'B' | 'C' | undefined, monitorings: string[] = []) =>
      aCaseFile()
        .withPreventionPlan({ id: 'pp-1', status: 'active', planDate: '2025-04-01', careManagementType: type, consent: { date: '2025-03-31' } })
        .mutate((c) => (c.monitorings = monitorings.map((date, i) => ({ id: `m-${i}`, date, method: 'home_visit', goalEvaluations: [], serviceStatuses: [] }))))
        .build();

    it('expects a monitoring in each three months from the month after the start', () => {
      expect(findings(prevention('A'), '2025-07-31')).toEqual([]);
      const result = findings(prevention('A'), '2025-08-01');
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toMatch(/^令和7年5月～令和7年7月の間、3か月ごとのモニタリングの記録が見当たりません。介護予防では/u);
      expect(result[0]?.evidence[0]).toMatchObject({ document: 'prevention_plan', documentId: 'pp-1', path: ['planDate'] });
      expect(findings(prevention('A', ['2025-07-30']), '2025-10-01')).toEqual([]);
      expect(findings(prevention(undefined), '2025-08-01')).toHaveLength(1);
    });

    it.each(shippedPackIds)('does not check 類型B (as planned) or 類型C (none) under %s', (pack) => {
      expect(findings(prevention('B'), '2026-03-01', pack)).toEqual([]);
      expect(findings(prevention('C'), '2026-03-01', pack)).toEqual([]);
    });

    it('asks for a monthly record in 介護予防支援, beyond the three-monthly interview', () => {
      const caseFile = aCaseFile()
        .withPreventionPlan({ id: 'pp-1', status: 'active', planKind: 'prevention_support', planDate: '2025-04-01' })
        .mutate((c) => (c.monitorings = ['2025-05-10', '2025-06-10', '2025-07-10'].map((date, i) => ({ id: `m-${i}`, date, method: i === 0 ? 'home_visit' : 'other', goalEvaluations: [], serviceStatuses: [] }))))
        .build();
      const result = findings(caseFile, '2025-10-01');
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toMatch(/^令和7年8月～令和7年9月（2か月）のモニタリング結果の記録が見当たりません。介護予防支援では/u);
      expect(result[0]?.evidence[1]).toMatchObject({ document: 'monitoring', documentId: 'm-2' });
      // 介護予防ケアマネジメント (類型A) asks only for the periodic interview.
      const typeA = aCaseFile()
        .withPreventionPlan({ id: 'pp-1', status: 'active', planKind: 'care_management', careManagementType: 'A', planDate: '2025-04-01' })
        .mutate((c) => (c.monitorings = [{ id: 'm-0', date: '2025-07-10', method: 'home_visit', goalEvaluations: [], serviceStatuses: [] }]))
        .build();
      expect(findings(typeA, '2025-10-01')).toEqual([]);
    });

    it('reports two periods in a row without a home visit', () => {
      const caseFile = aCaseFile()
        .withPreventionPlan({ id: 'pp-1', status: 'active', planDate: '2025-04-01', careManagementType: 'A' })
        .mutate((c) => (c.monitorings = ['2025-06-10', '2025-09-10'].map((date, i) => ({ id: `m-${i}`, date, method: 'online', goalEvaluations: [], serviceStatuses: [] }))))
        .build();
      const result = findings(caseFile, '2025-11-01');
      expect(result).toHaveLength(1);
      expect(result[0]?.message).toContain('令和7年8月～令和7年10月のモニタリングは居宅訪問によらないもの');
      expect(result[0]?.message).toContain('連続する二期間に1回');
    });
  });
});
