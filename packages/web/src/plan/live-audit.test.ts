import { aCaseFile, parsePolicyPack, resolvePolicyPack, type Acknowledgement, type CarePlan } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { auditDraft, caseFileWithPlan, findingKey, parsePlanDraft, planFieldPath, splitFindings } from './live-audit.js';

const packYaml = `
id: testpack
title: テスト用の方針
version: 1.0.0
date: 2025-04-01
source: { title: テスト方針, publisher: 架空市, file: test.txt }
principles:
  - id: testpack.goals
    heading: 目標の設定
    text: 課題ごとに長期目標を設定する。
rules:
  plan.need-without-goal: { enabled: true, severity: standard, citations: [testpack.goals, { law: 省令38号, article: 13条, item: 8号 }] }
`;
const pack = resolvePolicyPack('testpack', new Map([['testpack', parsePolicyPack(packYaml, 'test.yaml')]]));

function caseWithGoallessNeed() {
  const caseFile = aCaseFile().withPlan({ id: 'plan-live', status: 'draft', planDate: '2025-04-01' }).build();
  const plan: CarePlan = { ...caseFile.carePlans[0]!, needs: [{ id: 'n1', text: '畑仕事を続けたい', assessmentItems: [], longTermGoals: [] }] };
  return { caseFile, plan };
}

describe('live audit of the edited plan', () => {
  it('audits the edited plan, not the stored one, and cites the pack', () => {
    const { caseFile, plan } = caseWithGoallessNeed();
    const findings = auditDraft(caseFile, plan, pack, '2025-05-01');
    expect(findings.map((f) => f.ruleId)).toEqual(['plan.need-without-goal']);
    expect(findings[0]!.severity).toBe('standard');
    expect(findings[0]!.citations).toEqual([
      expect.objectContaining({ kind: 'principle', heading: '目標の設定', text: '課題ごとに長期目標を設定する。' }),
      expect.objectContaining({ kind: 'statute' }),
    ]);
    expect(planFieldPath(findings[0]!, plan.id)).toEqual(['needs', 0, 'longTermGoals']);

    const fixed: CarePlan = { ...plan, needs: [{ ...plan.needs[0]!, longTermGoals: [{ id: 'g', text: '畑まで歩いて行ける', shortTermGoals: [] }] }] };
    expect(auditDraft(caseFile, fixed, pack, '2025-05-01')).toEqual([]);
  });

  it('treats other live plans as replaced so the edited one is audited', () => {
    const { caseFile, plan } = caseWithGoallessNeed();
    const withOld = { ...caseFile, carePlans: [{ ...plan, id: 'old', status: 'active' as const, planDate: '2030-01-01' }] };
    const merged = caseFileWithPlan(withOld, { ...plan, planDate: '2025-04-01' });
    expect(merged.carePlans.map((p) => [p.id, p.status])).toEqual([['old', 'superseded'], ['plan-live', 'draft']]);
    expect(auditDraft(withOld, plan, pack, '2025-05-01')).toHaveLength(1);
  });

  it('reads a draft body, and refuses one a field of which cannot be read yet', () => {
    expect(parsePlanDraft({ id: 'p', planDate: 'R7.4.1' })?.planDate).toBe('2025-04-01');
    expect(parsePlanDraft({ id: 'p', planDate: 'R7.13.1' })).toBeUndefined();
    expect(parsePlanDraft('not a plan')).toBeUndefined();
  });
});

describe('acknowledged 気づき', () => {
  const { caseFile, plan } = caseWithGoallessNeed();
  const findings = auditDraft(caseFile, plan, pack, '2025-05-01');
  const ack = (patch: Partial<Acknowledgement>): Acknowledgement => ({
    id: 'a1', ruleId: 'plan.need-without-goal', evidencePath: 'needs.0.longTermGoals', reason: '本人と相談中', at: '2025-05-01T00:00:00.000Z', ...patch,
  });

  it('keys a 気づき by rule and the plan field', () => {
    expect(findingKey(findings[0]!, plan.id)).toEqual({ ruleId: 'plan.need-without-goal', evidencePath: 'needs.0.longTermGoals' });
  });

  it('moves an acknowledged 気づき out of the open list', () => {
    const split = splitFindings(findings, [ack({})], plan.id);
    expect(split.open).toEqual([]);
    expect(split.acknowledged.map((a) => a.acknowledgement.reason)).toEqual(['本人と相談中']);
    expect(split.resolved).toEqual([]);
  });

  it('does not match another field or rule, and reports acknowledgements no longer needed', () => {
    const other = ack({ id: 'a2', evidencePath: 'needs.1.longTermGoals' });
    const split = splitFindings(findings, [other, ack({ id: 'a3', ruleId: 'plan.goal-vague' })], plan.id);
    expect(split.open).toHaveLength(1);
    expect(split.acknowledged).toEqual([]);
    expect(split.resolved.map((a) => a.id)).toEqual(['a2', 'a3']);
  });
});
