import { describe, expect, it } from 'vitest';
import { acknowledgementStatus } from './policy-acknowledgement.js';
import { fiscalYearOfDate, inFiscalYear, indicatorEvidenceSheet } from './indicator-evidence.js';
import { policyActivitySchema, type PolicyActivity } from './policy-activity.schema.js';

const activities: PolicyActivity[] = [
  { id: 'a1', indicator: 'discussion', date: '令和7年5月20日', title: '地域包括ケア推進会議', decisions: '基本方針の改訂案を承認' },
  { id: 'a2', indicator: 'publication', date: '2025-06-01', medium: 'website', where: '市ホームページ', url: 'https://city.example/kaigo/policy' },
  {
    id: 'a3',
    indicator: 'dissemination',
    date: '2025-07-10',
    kind: 'training',
    title: '基本方針説明会',
    audience: '市内の居宅介護支援事業所の介護支援専門員',
    attendance: [
      { officeNumber: '0899000001', careManagers: 3 },
      { officeNumber: '0899000002', careManagers: '２' },
    ],
  },
  { id: 'a4', indicator: 'effect_verification', date: '2026-04-02', method: '点検した計画の気づきの割合を周知の前後で比較' },
].map((a) => policyActivitySchema.parse(a));

describe('indicator evidence sheet (指標 II(1)① ア〜エ)', () => {
  it('lists each indicator with the year’s activities, and an indicator without a record as not met', () => {
    const sheet = indicatorEvidenceSheet(2025, activities);
    expect(sheet.title).toContain('令和7年度');
    expect(sheet.indicators.map((i) => [i.mark, i.met, i.lines.length])).toEqual([
      ['ア', true, 1],
      ['イ', true, 1],
      ['ウ', true, 1],
      ['エ', false, 0],
    ]);
    expect(sheet.indicators[2]!.lines[0]).toEqual({ date: '2025-07-10', dateText: '令和7年7月10日', text: '研修「基本方針説明会」／対象: 市内の居宅介護支援事業所の介護支援専門員／出席 2事業所・介護支援専門員 5人' });
    expect(indicatorEvidenceSheet(2026, activities).indicators.map((i) => i.met)).toEqual([false, false, false, true]);
  });

  it('refuses an activity without what its indicator needs, in Japanese', () => {
    const result = policyActivitySchema.safeParse({ id: 'x', indicator: 'dissemination', date: '2025-13-01', kind: 'party', title: '', audience: '全員' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['date', 'kind', 'title']));
    expect(policyActivitySchema.safeParse({ id: 'x', indicator: 'rumour', date: '2025-04-01' }).error?.issues[0]?.message).toBe('取組の種類（ア〜エ）を指定してください');
  });
});

describe('acknowledgementStatus (基本方針の確認)', () => {
  it('shows who read the current version, what others last read, and lists the offices to chase first', () => {
    const offices = [
      { officeNumber: '0899000001', name: 'みなと居宅' },
      { officeNumber: '0899000002', name: 'やまて居宅' },
      { officeNumber: '0899000003', name: 'かわべ居宅' },
    ];
    const acks = [
      { officeNumber: '0899000001', packId: 'hitachi', version: '1.1.0', readBy: '架空 管理', readOn: '2025-07-12' },
      { officeNumber: '0899000002', packId: 'hitachi', version: '1.0.0', readBy: '架空 主任', readOn: '2024-06-01' },
      { officeNumber: '0899000003', packId: 'otaru', version: '1.1.0', readBy: '架空 他市', readOn: '2025-07-01' },
    ];
    expect(acknowledgementStatus(offices, acks, 'hitachi', '1.1.0')).toEqual([
      { officeNumber: '0899000002', officeName: 'やまて居宅', readers: [], lastVersion: '1.0.0' },
      { officeNumber: '0899000003', officeName: 'かわべ居宅', readers: [] },
      { officeNumber: '0899000001', officeName: 'みなと居宅', readers: [{ readBy: '架空 管理', readOn: '2025-07-12' }] },
    ]);
  });
});

describe('fiscal years (年度)', () => {
  it('runs from April to March', () => {
    expect([fiscalYearOfDate('2025-04-01'), fiscalYearOfDate('2026-03-31'), fiscalYearOfDate('2026-04-01')]).toEqual([2025, 2025, 2026]);
    expect([inFiscalYear('2026-03-31', 2025), inFiscalYear('2026-04-01', 2025)]).toEqual([true, false]);
  });
});
