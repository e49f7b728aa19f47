import { describe, expect, it } from 'vitest';
import { periodIssues } from './period-check.js';

const cert = { validFrom: '2025-04-01', validTo: '2026-03-31' };

describe('periodIssues', () => {
  it('accepts a period inside the certification and the long-term goal', () => {
    expect(periodIssues({ start: '2025-04-01', end: '2025-09-30' }, cert, { start: '2025-04-01', end: '2026-03-31' })).toEqual([]);
  });

  it('reads 和暦 and short forms as typed', () => {
    expect(periodIssues({ start: '令和7年4月1日', end: 'R7.9.30' }, cert)).toEqual([]);
  });

  it('flags an end after 認定の有効期間 with the validity in 和暦', () => {
    expect(periodIssues({ start: '2025-04-01', end: '2026-09-30' }, cert)).toEqual([
      '終了日が認定の有効期間（令和7年4月1日〜令和8年3月31日）を過ぎています',
    ]);
  });

  it('flags a start before 認定の有効期間 and a start after its end', () => {
    expect(periodIssues({ start: '2025-03-01' }, cert)).toEqual(['開始日が認定の有効期間（令和7年4月1日〜令和8年3月31日）より前です']);
    expect(periodIssues({ start: '2026-04-01' }, cert)[0]).toContain('開始日が認定の有効期間');
  });

  it('flags an end before the start', () => {
    expect(periodIssues({ start: '2025-09-01', end: '2025-06-30' }, cert)).toEqual(['終了日が開始日より前になっています']);
  });

  it('flags a short-term period beyond the long-term goal', () => {
    expect(periodIssues({ start: '2025-04-01', end: '2025-12-31' }, cert, { start: '2025-04-01', end: '2025-09-30' })).toEqual([
      '終了日が長期目標の期間の終了（令和7年9月30日）を過ぎています',
    ]);
  });

  it('reports text that is not a date instead of ignoring it', () => {
    expect(periodIssues({ start: 'あした', end: '2025-13-01' }, cert)).toEqual([
      '開始日を日付として読み取れません（例: 令和7年4月1日、R7.4.1、2025-04-01）',
      '終了日を日付として読み取れません（例: 令和8年3月31日、R8.3.31、2026-03-31）',
    ]);
  });

  it('does not judge open ends or a missing certification', () => {
    expect(periodIssues({ start: '2025-04-01' }, cert)).toEqual([]);
    expect(periodIssues({ start: '2020-01-01', end: '2030-01-01' }, undefined)).toEqual([]);
    expect(periodIssues(undefined, cert)).toEqual([]);
  });
});
