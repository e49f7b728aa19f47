import { carePlanSchema, type CarePlan, type Finding } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { acknowledgeFinding, remapAcknowledgements, withdrawAcknowledgement } from './acknowledgements.js';

const plan: CarePlan = { id: 'p1', status: 'draft', planCategories: [], needs: [], individualServicePlans: [] };
const finding: Finding = {
  ruleId: 'plan.goal-vague',
  severity: 'advice',
  message: '目標が抽象的です',
  evidence: [{ document: 'care_plan', documentId: 'p1', path: ['needs', 0, 'longTermGoals', 0, 'text'], label: '第2表 課題1 長期目標1' }],
  citations: [],
};
const at = new Date('2025-05-01T09:00:00Z');

function acknowledged(reason: string, base = plan): CarePlan {
  const result = acknowledgeFinding(base, finding, reason, '佐藤 みのり', at);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe('acknowledging a 気づき', () => {
  it('records rule, field, reason, who and when, and the plan still validates', () => {
    const next = acknowledged('  本人の言葉をそのまま目標にしている  ');
    expect(next.acknowledgements).toEqual([
      { id: expect.any(String), ruleId: 'plan.goal-vague', evidencePath: 'needs.0.longTermGoals.0.text', reason: '本人の言葉をそのまま目標にしている', by: '佐藤 みのり', at: '2025-05-01T09:00:00.000Z' },
    ]);
    expect(carePlanSchema.parse(next).acknowledgements).toEqual(next.acknowledgements);
  });

  it('replaces the reason when the same 気づき is acknowledged again', () => {
    const twice = acknowledged('二回目の理由', acknowledged('最初の理由'));
    expect(twice.acknowledgements?.map((a) => a.reason)).toEqual(['二回目の理由']);
  });

  it('refuses a blank or overlong reason', () => {
    expect(acknowledgeFinding(plan, finding, '   ', '佐藤', at)).toEqual({ ok: false, message: 'そのままにする理由を入力してください。' });
    expect(acknowledgeFinding(plan, finding, 'あ'.repeat(1001), '佐藤', at).ok).toBe(false);
  });

  it('withdraws an acknowledgement by id', () => {
    const next = acknowledged('理由');
    expect(withdrawAcknowledgement(next, next.acknowledgements![0]!.id).acknowledgements).toEqual([]);
  });
});

describe('acknowledgements in the plan schema', () => {
  it('leaves plans without acknowledgements unchanged', () => {
    expect(carePlanSchema.parse({ id: 'p' })).not.toHaveProperty('acknowledgements');
  });

  it('rejects an acknowledgement without reason or with a bad timestamp, in Japanese', () => {
    const result = carePlanSchema.safeParse({
      id: 'p',
      acknowledgements: [{ id: 'a', ruleId: 'plan.goal-vague', evidencePath: 'needs.0.text', reason: ' ', at: '2025/05/01' }],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['acknowledgements.0.reason', '確認した理由を入力してください'],
      ['acknowledgements.0.at', '確認日時は ISO 8601 形式（UTC）で指定してください'],
    ]);
  });
});

describe('acknowledgements follow their item', () => {
  const ack = (id: string, evidencePath: string) => ({ id, ruleId: 'plan.goal-vague', evidencePath, reason: '理由', at: '2025-05-01T00:00:00.000Z' });
  const withAcks: CarePlan = {
    ...plan,
    acknowledgements: [ack('a0', 'needs.0.longTermGoals.0.text'), ack('a1', 'needs.1.text'), ack('a2', 'needs.2.longTermGoals.0.shortTermGoals.1.text'), ack('o', 'overallPolicy'), ack('n', 'needs.10.text')],
  };
  const paths = (p: CarePlan) => p.acknowledgements?.map((a) => `${a.id}:${a.evidencePath}`);

  it('swaps paths when two needs change places', () => {
    const swapped = remapAcknowledgements(withAcks, ['needs'], (i) => (i === 1 ? 0 : i === 0 ? 1 : i));
    expect(paths(swapped)).toEqual(['a0:needs.1.longTermGoals.0.text', 'a1:needs.0.text', 'a2:needs.2.longTermGoals.0.shortTermGoals.1.text', 'o:overallPolicy', 'n:needs.10.text']);
  });

  it('drops the removed item\'s acknowledgements and shifts the later ones', () => {
    const removed = remapAcknowledgements(withAcks, ['needs'], (i) => (i === 1 ? undefined : i > 1 ? i - 1 : i));
    expect(paths(removed)).toEqual(['a0:needs.0.longTermGoals.0.text', 'a2:needs.1.longTermGoals.0.shortTermGoals.1.text', 'o:overallPolicy', 'n:needs.9.text']);
  });

  it('remaps nested lists only under their own parent', () => {
    const nested = remapAcknowledgements(withAcks, ['needs', 2, 'longTermGoals', 0, 'shortTermGoals'], (i) => (i === 1 ? 0 : i === 0 ? 1 : i));
    expect(paths(nested)).toContain('a2:needs.2.longTermGoals.0.shortTermGoals.0.text');
    expect(paths(nested)).toContain('a0:needs.0.longTermGoals.0.text');
  });
});
