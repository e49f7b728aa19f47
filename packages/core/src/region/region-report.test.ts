import { describe, expect, it } from 'vitest';
import { quartersBetween, unmetReport } from './region-report.js';

const need = (recordedOn: string, area: string, wantedKind?: 'volunteer' | 'salon') => ({ recordedOn, area, ...(wantedKind ? { wantedKind } : {}) });

describe('quartersBetween', () => {
  it('puts 3/31 and 4/1 in different fiscal years', () => {
    expect(quartersBetween('2025-03-31', '2025-04-01').map((q) => q.key)).toEqual(['2024-Q4', '2025-Q1']);
  });
  it('fills the quarters without records and crosses the fiscal year', () => {
    expect(quartersBetween('2025-01-15', '2025-10-01').map((q) => q.label)).toEqual(['2024年度 第4四半期', '2025年度 第1四半期', '2025年度 第2四半期', '2025年度 第3四半期']);
  });
  it('is one quarter for dates of the same quarter and empty when the range is reversed', () => {
    expect(quartersBetween('2025-06-30', '2025-04-01')).toEqual([]);
    expect(quartersBetween('2025-04-01', '2025-06-30').map((q) => q.key)).toEqual(['2025-Q1']);
  });
});

describe('unmetReport', () => {
  it('is empty without records', () => {
    expect(unmetReport([])).toEqual({ quarters: [], rows: [], areas: [], quarterTotals: [], total: 0 });
  });

  it('counts by area, kind and quarter with the quarter boundary 3/31 → 4/1', () => {
    const report = unmetReport([need('2025-03-31', '北部圏域', 'volunteer'), need('2025-04-01', '北部圏域', 'volunteer'), need('2025-04-02', '南部圏域'), need('2025-09-30', '北部圏域', 'salon')]);
    expect(report.quarters.map((q) => q.key)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    // Areas in the Japanese collation order (南 sorts before 北), kinds by key.
    expect(report.rows).toEqual([
      { area: '南部圏域', kind: 'unspecified', counts: [0, 1, 0], total: 1 },
      { area: '北部圏域', kind: 'salon', counts: [0, 0, 1], total: 1 },
      { area: '北部圏域', kind: 'volunteer', counts: [1, 1, 0], total: 2 },
    ]);
    expect(report.areas).toEqual([
      { area: '南部圏域', counts: [0, 1, 0], total: 1 },
      { area: '北部圏域', counts: [1, 1, 1], total: 3 },
    ]);
    expect(report.quarterTotals).toEqual([1, 2, 1]);
    expect(report.total).toBe(4);
  });

  it('runs to the given day so recent quarters without records show as zero', () => {
    const report = unmetReport([need('2025-05-01', '北部圏域')], '2026-01-05');
    expect(report.quarters.map((q) => q.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(report.quarterTotals).toEqual([1, 0, 0, 0]);
  });
});
