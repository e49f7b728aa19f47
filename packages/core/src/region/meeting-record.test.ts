import { describe, expect, it } from 'vitest';
import { meetingAdviceLogText } from './meeting-advice.js';
import { communityCareMeetingSchema } from './meeting-record.schema.js';

const sheet = { presentedOn: '2025-07-01', label: 'K.H.さん', area: '北部圏域', questions: '冬の外出について' };
const aCase = (id: string, presentationId: string) => ({ id, presentation: { ownerOrganizationId: 'office-a', grantId: 'g1', presentationId }, sheet });

describe('地域ケア会議の記録', () => {
  it('keeps the 地域課題 candidates with their category from the five functions', () => {
    const parsed = communityCareMeetingSchema.parse({ kind: 'promotion', heldOn: '令和7年7月10日', regionIssueCandidates: [{ statement: '冬季の移動手段がない', area: '北部圏域', category: 'resourceDevelopment' }] });
    expect(parsed.heldOn).toBe('2025-07-10');
    expect(parsed.status).toBe('draft');
    expect(parsed.regionIssueCandidates[0]?.category).toBe('resourceDevelopment');
    const wrong = communityCareMeetingSchema.safeParse({ kind: 'promotion', heldOn: '2025-07-10', regionIssueCandidates: [{ statement: 'x', area: '北部圏域', category: 'other' }] });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toContain('地域ケア会議の機能');
  });

  it('takes cases only on a 地域ケア個別会議, each once', () => {
    const promotion = communityCareMeetingSchema.safeParse({ kind: 'promotion', heldOn: '2025-07-10', cases: [aCase('c1', 'p1')] });
    expect(promotion.error?.issues.map((i) => i.message)).toEqual(['地域ケア推進会議には個別の事例を載せられません（地域ケア個別会議で検討してください）']);
    const twice = communityCareMeetingSchema.safeParse({ kind: 'individual', heldOn: '2025-07-10', cases: [aCase('c1', 'p1'), aCase('c2', 'p1')] });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['2件目の事例は同じ会議にすでに載っています']);
  });

  it('writes the 支援経過 text with the advice per profession, actions, goals, consensus and suggestion, dates in 和暦', () => {
    const text = meetingAdviceLogText({
      kind: 'individual',
      heldOn: '2025-07-10',
      meetingOrganizationName: 'みなと地域包括支援センター',
      individualIssues: '冬季に外出が減る',
      advice: [{ profession: 'physical_therapist', adviser: '石田', content: '立ち上がり練習' }],
      actions: [{ action: '送迎を相談する', owner: '生活支援コーディネーター', dueOn: '2025-09-30' }],
      periodGoals: [{ period: '3か月', target: 'サロンに月2回' }],
      consensus: { agreement: '畑作業の再開を目標にする', agreedBy: ['理学療法士', '担当介護支援専門員'] },
      planSuggestions: '短期目標に屋内運動を加える',
    });
    expect(text.split('\n')[0]).toBe('令和7年7月10日 地域ケア個別会議（みなと地域包括支援センター）で検討。');
    expect(text).toContain('・理学療法士（石田）: 立ち上がり練習');
    expect(text).toContain('・送迎を相談する（担当: 生活支援コーディネーター、期限: 令和7年9月30日）');
    expect(text).toContain('・3か月: サロンに月2回');
    expect(text).toContain('合意した人: 理学療法士、担当介護支援専門員');
    expect(text).toContain('【ケアプラン見直しの提案】\n短期目標に屋内運動を加える');
  });
});
