import { describe, expect, it } from 'vitest';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import { confirmationChanged, delegationStatus, preventionConfirmationRequestSchema, summarizeDelegations, type DelegatedCase } from './delegation.js';
import { preventionHandbook } from './handbook.js';

const plan = (patch: Partial<PreventionPlan> = {}): PreventionPlan => ({
  id: 'pp-1',
  status: 'active',
  planDate: '2025-04-01',
  planCategories: [],
  domains: {},
  targetLife: { day: '朝は近所を散歩して、昼は友人とお茶を飲む', year: '秋祭りで踊りの輪に入る' },
  issues: [
    {
      id: 'i-1',
      goal: '15分続けて歩ける',
      supportRows: [
        { id: 'r-1', selfCareAndInformal: '毎朝の体操（本人）', formalService: '通所型サービスC', providerName: 'みどり体操教室' },
        { id: 'r-2', selfCareAndInformal: '娘が週末に買い物へ同行' },
      ],
    },
    { id: 'i-2', goal: '15分続けて歩ける', supportRows: [{ id: 'r-3', selfCareAndInformal: '毎朝の体操（本人）' }] },
  ],
  ...patch,
});

describe('delegationStatus', () => {
  it('is confirmed only on the revision the center confirmed', () => {
    expect(delegationStatus(undefined)).toBe('no_plan');
    expect(delegationStatus({ body: {}, revision: 1 })).toBe('awaiting_confirmation');
    expect(delegationStatus({ body: { centerConfirmedRevision: 2 }, revision: 2 })).toBe('confirmed');
    expect(delegationStatus({ body: { centerConfirmedRevision: 2 }, revision: 3 })).toBe('awaiting_confirmation');
  });

  it('tells a change of the 確認欄 from other edits', () => {
    expect(confirmationChanged({ centerOpinion: 'よい' }, { centerOpinion: 'よい', overallPolicy: '変更' })).toBe(false);
    expect(confirmationChanged({ centerOpinion: 'よい' }, { centerOpinion: '変更' })).toBe(true);
    expect(confirmationChanged({}, { centerConfirmedOn: '2025-04-02' })).toBe(true);
  });
});

describe('preventionConfirmationRequestSchema', () => {
  it('says in Japanese what is missing', () => {
    const result = preventionConfirmationRequestSchema.safeParse({ planRevision: 1, confirmedOn: '2025-02-30' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`).join('\n') ?? '';
    expect(messages).toMatch(/confirmedOn:.*日付/u);
    expect(messages).toContain('confirmedBy:確認者を入力してください');
  });
});

describe('summarizeDelegations', () => {
  it('counts per office', () => {
    const base: Omit<DelegatedCase, 'officeId' | 'officeName' | 'status' | 'monitoringOverdue'> = { grantId: 'g', clientId: 'c', clientName: '架空', validUntil: '2026-03-31' };
    const summary = summarizeDelegations([
      { ...base, officeId: 'b', officeName: 'ひだまり', status: 'awaiting_confirmation', monitoringOverdue: false },
      { ...base, officeId: 'b', officeName: 'ひだまり', status: 'confirmed', monitoringOverdue: true },
      { ...base, officeId: 'a', officeName: 'あおば', status: 'no_plan', monitoringOverdue: false },
    ]);
    expect(summary).toEqual([
      { officeId: 'a', officeName: 'あおば', activeCases: 1, awaitingConfirmation: 0, confirmed: 0, monitoringOverdue: 0 },
      { officeId: 'b', officeName: 'ひだまり', activeCases: 2, awaitingConfirmation: 1, confirmed: 1, monitoringOverdue: 1 },
    ]);
  });
});

describe('preventionHandbook', () => {
  it('gathers the goals and what the client does, once each, in plan order', () => {
    const handbook = preventionHandbook(plan({ careManagementType: 'B', monitoringPlan: '10月に電話で確認' }), [{ date: '2025-03-01' }, { date: '2025-05-10' }]);
    expect(handbook.targetLife).toEqual({ day: '朝は近所を散歩して、昼は友人とお茶を飲む', year: '秋祭りで踊りの輪に入る' });
    expect(handbook.goals).toEqual(['15分続けて歩ける']);
    expect(handbook.selfCare).toEqual(['毎朝の体操（本人）', '娘が週末に買い物へ同行']);
    expect(handbook.services).toEqual(['通所型サービスC（みどり体操教室）']);
    expect(handbook.type?.title).toContain('ケアマネジメントＢ');
    expect(handbook.nextCheck).toEqual({ kind: 'planned', text: '10月に電話で確認' });
    expect(handbook.lastMonitoringOn).toBe('2025-05-10');
  });

  it('says when the next check is per 類型', () => {
    expect(preventionHandbook(plan({ careManagementType: 'A', nextMonitoringOn: '2025-07-01', monitoringPlan: '3か月ごと' })).nextCheck).toEqual({ kind: 'date', date: '2025-07-01' });
    expect(preventionHandbook(plan({ careManagementType: 'C', nextMonitoringOn: '2025-07-01' })).nextCheck).toEqual({ kind: 'self_management' });
    expect(preventionHandbook(plan()).nextCheck).toEqual({ kind: 'undecided' });
  });
});
