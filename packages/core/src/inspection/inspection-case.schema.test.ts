import { describe, expect, it } from 'vitest';
import { inspectionCaseSchema, inspectionStage, type InspectionCase } from './inspection-case.schema.js';

const base = { id: 'case-1', inspectionId: 'insp-2025', officeNumber: '0899000001', label: '事例A' };

function parsed(patch: Record<string, unknown>): InspectionCase {
  return inspectionCaseSchema.parse({ ...base, ...patch });
}

const observation = (status: string) => ({ id: `o-${status}`, area: 'care_plan', text: '短期目標が抽象的です', status });

describe('inspection case record', () => {
  it('derives the stage of the cycle from what is recorded', () => {
    expect(inspectionStage(parsed({}))).toBe('requested');
    const source = { kind: 'grant', grantId: 'g1', documentId: 'plan-1', revision: 3 };
    expect(inspectionStage(parsed({ source }))).toBe('received');
    expect(inspectionStage(parsed({ source, observations: [observation('open')] }))).toBe('prepared');
    expect(inspectionStage(parsed({ source, observations: [observation('answered')], session: { date: '令和7年10月1日' } }))).toBe('in_dialogue');
    const signed = { date: '2025-10-01', signOffs: [{ side: 'insurer', name: '架空 保子' }, { side: 'office', name: '架空 介子' }] };
    expect(inspectionStage(parsed({ source, observations: [observation('answered')], session: signed }))).toBe('signed_off');
    expect(inspectionStage(parsed({ source, observations: [observation('agreed')], session: signed }))).toBe('follow_up');
    expect(inspectionStage(parsed({ source, observations: [observation('verified'), observation('closed')], session: signed }))).toBe('closed');
  });

  it('takes a 自己点検 plan of the office\'s own case file as received, and refuses an unknown source', () => {
    expect(inspectionStage(parsed({ source: { kind: 'own', clientId: 'c1', documentId: 'plan-1', revision: 2 } }))).toBe('received');
    const bad = inspectionCaseSchema.safeParse({ ...base, source: { kind: 'mail' } });
    expect(bad.error?.issues[0]?.message).toBe('点検する計画の受け取り方（grant・csv・own）を指定してください');
  });
  it('refuses bad input with Japanese messages at the field', () => {
    const result = inspectionCaseSchema.safeParse({ ...base, officeNumber: '123', label: '', observations: [{ id: 'o1', area: 'nowhere', status: 'open' }] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('officeNumber: 事業所番号は10桁の数字で入力してください');
    expect(messages).toContain('observations.0.area: 分野を選択肢から選んでください');
    expect(messages).toContain('observations.0.text: 点検者の気づきを入力してください');
    expect(messages.some((m) => m.startsWith('label: '))).toBe(true);
  });
});
