import { anExemplaryCaseFile, type CarePlan } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { defaultPlanId, pendingRevisions, plansNewestFirst } from './plan-choice.js';

const base = anExemplaryCaseFile().build();
const plan = base.carePlans[0]!;

describe('choosing a plan', () => {
  it('orders plans newest first and opens the live one', () => {
    const old: CarePlan = { ...plan, id: 'old', status: 'superseded', planDate: '2024-04-01' };
    const caseFile = { ...base, carePlans: [old, plan] };
    expect(plansNewestFirst(caseFile.carePlans).map((p) => p.id)).toEqual([plan.id, 'old']);
    expect(defaultPlanId(caseFile)).toBe(plan.id);
    expect(defaultPlanId({ ...base, carePlans: [old] })).toBe('old');
    expect(defaultPlanId({ ...base, carePlans: [] })).toBeUndefined();
  });
});

describe('revisions started by a monitoring', () => {
  const asking = { id: 'mon-r', date: '2025-09-10', method: 'home_visit' as const, planId: plan.id, goalEvaluations: [], serviceStatuses: [], nextAction: 'revise_plan' as const };

  it('offers a revision of the monitored plan', () => {
    const caseFile = { ...base, monitorings: [...base.monitorings, asking] };
    expect(pendingRevisions(caseFile).map((r) => [r.monitoring.id, r.plan.id])).toEqual([['mon-r', plan.id]]);
  });

  it('offers nothing when the plan was already revised or superseded, or nobody asked', () => {
    expect(pendingRevisions(base)).toEqual([]);
    const revised = { ...base, monitorings: [asking], carePlans: [plan, { ...plan, id: 'next', status: 'draft' as const, supersedes: plan.id }] };
    expect(pendingRevisions(revised)).toEqual([]);
    const superseded = { ...base, monitorings: [asking], carePlans: [{ ...plan, status: 'superseded' as const }] };
    expect(pendingRevisions(superseded)).toEqual([]);
  });
});
