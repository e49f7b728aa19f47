import { describe, expect, it } from 'vitest';
import { exemplaryCaseFile } from '../testing/exemplary-case-file.js';
import { listServiceLines, listShortTermGoals } from './care-plan-needs.schema.js';
import { carePlanSchema } from './care-plan.schema.js';
import { canChangePlanStatus, planStatuses } from './plan-lifecycle.schema.js';

describe('carePlanSchema', () => {
  it('parses the exemplary plan unchanged', () => {
    const plan = exemplaryCaseFile().carePlans[0]!;
    expect(carePlanSchema.parse(plan)).toEqual(plan);
  });

  it('accepts an incomplete draft', () => {
    const plan = carePlanSchema.parse({ id: 'p', needs: [{ id: 'n', text: '一人でお風呂に入りたい' }] });
    expect(plan.needs[0]?.longTermGoals).toEqual([]);
    expect(plan.status).toBe('draft');
  });

  it('rejects duplicate 計画書区分 and unknown status', () => {
    const result = carePlanSchema.safeParse({ id: 'p', status: 'approved', planCategories: ['initial', 'initial'] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['status', '計画の状態を選択肢から選んでください'],
      ['planCategories', '計画書区分が重複しています'],
    ]);
  });

  it('checks service line codes', () => {
    const result = carePlanSchema.safeParse({
      id: 'p',
      needs: [{ id: 'n', longTermGoals: [{ id: 'g', shortTermGoals: [{ id: 's', serviceLines: [{ id: 'l', kind: 'insured', serviceTypeCode: '111', providerOfficeNumber: '12345' }] }] }] }],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['サービス種類コードは2桁の英数字で入力してください', '事業所番号は10桁の数字で入力してください']);
    const ok = carePlanSchema.parse({
      id: 'p',
      needs: [{ id: 'n', longTermGoals: [{ id: 'g', shortTermGoals: [{ id: 's', serviceLines: [{ id: 'l', kind: 'insured', serviceTypeCode: '２ａ', providerOfficeNumber: '０８９９０００００１' }] }] }] }],
    });
    expect(listServiceLines(ok.needs)[0]?.line).toMatchObject({ serviceTypeCode: '2A', providerOfficeNumber: '0899000001' });
  });

  it('validates the weekly schedule', () => {
    const result = carePlanSchema.safeParse({
      id: 'p',
      weeklySchedule: { entries: [{ id: 'w', day: 8, start: '10:00', end: '09:00' }], dailyActivities: [{ id: 'd', start: '6時' }] },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['weeklySchedule.entries.0.day', '曜日は1（月）〜7（日）で指定してください'],
      ['weeklySchedule.entries.0.end', '終了時刻は開始時刻より後にしてください'],
      ['weeklySchedule.dailyActivities.0.start', '時刻は 00:00〜24:00 の形式（例: 09:30）で入力してください'],
    ]);
    const ok = carePlanSchema.parse({ id: 'p', weeklySchedule: { entries: [{ id: 'w', day: '2', start: '9:30', end: '15:30' }] } });
    expect(ok.weeklySchedule?.entries[0]).toMatchObject({ day: 2, start: '09:30', end: '15:30' });
  });
});

describe('plan helpers', () => {
  it('list short-term goals and lines with their parents', () => {
    const plan = exemplaryCaseFile().carePlans[0]!;
    expect(listShortTermGoals(plan.needs).map((g) => g.id)).toEqual(['stg-1', 'stg-2', 'stg-3']);
    const lines = listServiceLines(plan.needs);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatchObject({ need: { id: 'need-1' }, longTermGoal: { id: 'ltg-1' }, shortTermGoal: { id: 'stg-1' }, line: { id: 'line-1' } });
  });

  it('allow only forward status changes', () => {
    expect(canChangePlanStatus('draft', 'meeting_held')).toBe(true);
    expect(canChangePlanStatus('consented', 'delivered')).toBe(true);
    expect(canChangePlanStatus('active', 'draft')).toBe(false);
    expect(canChangePlanStatus('superseded', 'active')).toBe(false);
    for (const status of planStatuses) expect(canChangePlanStatus(status, status)).toBe(false);
  });
});
