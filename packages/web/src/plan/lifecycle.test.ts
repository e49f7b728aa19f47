import { anExemplaryCaseFile, type CarePlan, type CareTeamMeeting } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { activatePlan, deliveryWithProviders, individualPlansWithProviders, lifecycleSteps, markMeetingHeld, planProviders, recordConsent, recordDelivery, supersedePlan } from './lifecycle.js';

function draftPlan(): { plan: CarePlan; meetings: CareTeamMeeting[] } {
  const caseFile = anExemplaryCaseFile().build();
  const { meetingId: _m, consent: _c, delivery: _d, ...rest } = caseFile.carePlans[0]!;
  return { plan: { ...rest, status: 'draft' }, meetings: caseFile.careTeamMeetings };
}

function ok(result: ReturnType<typeof activatePlan>): CarePlan {
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe('plan providers and delivery rows', () => {
  it('lists each insured provider once, not informal supports', () => {
    const { plan } = draftPlan();
    const names = planProviders(plan).map((p) => p.providerName);
    expect(names).toContain('テスト通所リハ');
    expect(names).not.toContain('長女');
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps recorded delivery dates and adds rows for new providers', () => {
    const { plan } = draftPlan();
    const first = deliveryWithProviders(plan);
    const dated = { ...first, toProviders: first.toProviders.map((row, i) => (i === 0 ? { ...row, deliveredOn: '2025-04-02' } : row)) };
    const again = deliveryWithProviders({ ...plan, delivery: dated });
    expect(again.toProviders[0]).toEqual(dated.toProviders[0]);
    expect(again.toProviders).toHaveLength(first.toProviders.length);
  });
});

describe('individual service plans (13条12号)', () => {
  it('has a row per insured provider, keeping recorded dates and rows of providers that left the plan', () => {
    const { plan } = draftPlan();
    const empty = individualPlansWithProviders({ ...plan, individualServicePlans: [] });
    expect(empty.map((r) => r.providerName)).toEqual(planProviders(plan).map((p) => p.providerName));
    expect(empty.every((r) => r.requestedOn === undefined)).toBe(true);
    const recorded = individualPlansWithProviders(plan);
    expect(recorded.find((r) => r.providerName === 'テスト通所リハ')?.requestedOn).toBe('2025-03-31');
    const gone = { id: 'isp-old', providerName: '以前の事業所', officeNumber: '0899000099', requestedOn: '2024-04-01' };
    expect(individualPlansWithProviders({ ...plan, individualServicePlans: [gone] }).at(-1)).toEqual(gone);
  });
});

describe('plan lifecycle', () => {
  it('goes forward: meeting → consent → delivery → active, saying what is missing at each step', () => {
    const { plan, meetings } = draftPlan();
    expect(lifecycleSteps(plan, meetings).map((s) => [s.key, s.done])).toEqual([['meeting', false], ['consent', false], ['delivery', false], ['active', false]]);
    expect(lifecycleSteps(plan, meetings)[1]!.missing).toEqual(['説明・同意の日付', '同意した人', '同意の方法']);

    const held = ok(markMeetingHeld(plan, meetings[0]!.id, meetings));
    expect(held.status).toBe('meeting_held');
    const consented = ok(recordConsent(held, { date: '2025-03-28', by: '青葉 花子', method: 'signature' }));
    expect(consented.status).toBe('consented');

    const delivery = deliveryWithProviders(consented);
    const partial = recordDelivery(consented, { ...delivery, toClientOn: '2025-03-28' });
    expect(partial.ok).toBe(false);
    if (!partial.ok) expect(partial.message).toContain('テスト通所リハへの交付日');
    const all = { toClientOn: '2025-03-28', toProviders: delivery.toProviders.map((row) => ({ ...row, deliveredOn: '2025-03-29' })) };
    const delivered = ok(recordDelivery(consented, all));
    expect(delivered.status).toBe('delivered');
    expect(ok(activatePlan(delivered)).status).toBe('active');
    expect(lifecycleSteps(ok(activatePlan(delivered)), meetings).every((s) => s.done)).toBe(true);
  });

  it('refuses consent with a missing part, and before a meeting unless it is a minor change', () => {
    const { plan } = draftPlan();
    expect(recordConsent(plan, { date: '2025-03-28', by: '本人' })).toEqual({ ok: false, message: '同意の方法を入力してください。' });
    expect(recordConsent(plan, { date: 'いつか', by: '本人', method: 'seal' })).toEqual({ ok: false, message: '説明・同意の日付を入力してください。' });
    const early = recordConsent(plan, { date: '2025-03-28', by: '本人', method: 'seal' });
    expect(early.ok).toBe(false);
    expect(ok(recordConsent({ ...plan, minorChange: true }, { date: '2025-03-28', by: '本人', method: 'seal' })).status).toBe('consented');
  });

  it('refuses a meeting that is not in the case file and any backward step', () => {
    const { plan, meetings } = draftPlan();
    expect(markMeetingHeld(plan, 'no-such-meeting', meetings).ok).toBe(false);
    const active = { ...plan, status: 'active' as const };
    const back = markMeetingHeld(active, meetings[0]!.id, meetings);
    expect(back).toEqual({ ok: false, message: '「実施中」の計画を「担当者会議済」にはできません。' });
    expect(activatePlan(plan).ok).toBe(false);
  });

  it('supersedes a plan with the id and date of its revision, only once', () => {
    const { plan } = draftPlan();
    const old = ok(supersedePlan({ ...plan, status: 'active' }, 'plan-2', '2025-10-01'));
    expect(old).toMatchObject({ status: 'superseded', supersededBy: 'plan-2', supersededOn: '2025-10-01' });
    expect(supersedePlan(old, 'plan-3', '2025-11-01').ok).toBe(false);
  });
});
