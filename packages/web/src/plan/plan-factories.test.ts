import { aCaseFile, anExemplaryCaseFile, carePlanSchema } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { certificationFields, emptyNeed, emptyServiceLine, newPlanBody, revisionBody } from './plan-factories.js';

const author = { userId: 'user-1', name: '佐藤 みのり' };

describe('newPlanBody', () => {
  it('starts a first plan (初回) with the certification copied onto 第1表', () => {
    const caseFile = aCaseFile().withCertification({ certifiedOn: '2025-03-20', committeeOpinion: '特になし' }).build();
    const plan = newPlanBody(caseFile, author, '2025-04-10');
    expect(plan).toMatchObject({
      status: 'draft',
      planDate: '2025-04-10',
      firstPlanDate: '2025-04-10',
      planCategories: ['initial'],
      certificationStatus: 'certified',
      careLevel: 'care_1',
      certifiedOn: '2025-03-20',
      certificationValidFrom: '2025-04-01',
      certificationValidTo: '2026-03-31',
      committeeOpinion: '特になし',
      authorName: '佐藤 みのり',
    });
    expect(plan.needs).toHaveLength(1);
    expect(carePlanSchema.safeParse(plan).success).toBe(true);
  });

  it('marks a plan 継続 and keeps the first plan date when the client already has plans', () => {
    const caseFile = anExemplaryCaseFile().build();
    const plan = newPlanBody(caseFile, author, '2025-10-01');
    expect(plan.planCategories).toEqual(['continuation']);
    expect(plan.firstPlanDate).toBe(caseFile.carePlans[0]!.firstPlanDate);
  });

  it('says 申請中 when there is no certification', () => {
    const caseFile = aCaseFile().build();
    const bare = { ...caseFile, certifications: [] };
    expect(newPlanBody(bare, author, '2025-04-10')).toMatchObject({ certificationStatus: 'applying' });
    expect(newPlanBody(bare, author, '2025-04-10').careLevel).toBeUndefined();
  });
});

describe('certificationFields', () => {
  it('puts the designated service types after the committee opinion', () => {
    const fields = certificationFields({ id: 'c', status: 'certified', careLevel: 'care_2', committeeOpinion: '療養に努めること', serviceTypeDesignation: '通所リハビリテーション' });
    expect(fields.committeeOpinion).toBe('療養に努めること\nサービスの種類の指定: 通所リハビリテーション');
  });
});

describe('revisionBody', () => {
  it('copies 第1表〜第3表 into a new 原案 that supersedes the current plan, without its process records', () => {
    const caseFile = anExemplaryCaseFile().build();
    const current = { ...caseFile.carePlans[0]!, acknowledgements: [{ id: 'a', ruleId: 'plan.goal-vague', evidencePath: 'needs.0.text', reason: 'r', at: '2025-04-01T00:00:00.000Z' }] };
    const next = revisionBody(current, caseFile, author, '2025-10-01', 'モニタリングで計画の見直しが必要と判断');
    expect(next).toMatchObject({ status: 'draft', planDate: '2025-10-01', supersedes: current.id, planCategories: ['continuation'], notes: 'モニタリングで計画の見直しが必要と判断' });
    expect(next.needs).toEqual(current.needs);
    expect(next.needs).not.toBe(current.needs);
    expect(next.overallPolicy).toBe(current.overallPolicy);
    expect(next.meetingId).toBeUndefined();
    expect(next.consent).toBeUndefined();
    expect(next.delivery).toBeUndefined();
    expect(next.acknowledgements).toEqual([]);
    expect(next.weeklySchedule?.createdOn).toBe('2025-10-01');
    expect(carePlanSchema.safeParse(next).success).toBe(true);
  });
});

describe('empty rows', () => {
  it('give insured services ※1 ○ and informal supports a category', () => {
    expect(emptyServiceLine('insured')).toMatchObject({ kind: 'insured', insured: true });
    expect(emptyServiceLine('informal')).toMatchObject({ kind: 'informal', insured: false, informalCategory: 'family' });
    const need = emptyNeed();
    expect(need.longTermGoals[0]!.shortTermGoals).toHaveLength(1);
    expect(emptyNeed().id).not.toBe(need.id);
  });
});
