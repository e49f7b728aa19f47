import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInformalLine, anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.family-role-missing';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

/** A case whose assessment records one relative in 家族等の状況, and a plan with insured lines only. */
function withAssessedRelative(member: { involvement?: string; willingness?: string; relationship?: string }): CaseFile {
  return aCaseFile()
    .withNeed('一人で買物に行けるようになりたい', { lines: [anInsuredLine()] })
    .withAssessmentItem('family', { members: [{ id: 'fs-1', name: '架空 花子', relationship: member.relationship ?? '次女', ...member }] })
    .build();
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks about the family’s part when a relative can help but the plan gives them none', () => {
    const [finding, ...rest] = findings(anExemplaryCaseFile().withoutInformalSupport().build());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'question' });
    expect(finding?.message).toMatch(/^長女（青葉 由美）さんは支援できる（週末の買物・受診同行）と記録されていますが、第2表の援助内容に家族の役割が書かれていません。/u);
    expect(finding?.message).toMatch(/家族もチームの一員として/u);
    expect(finding?.evidence).toEqual([
      { document: 'client', path: ['familyMembers', 0, 'canHelp'], label: '家族等 青葉 由美 支援できる', value: 'はい' },
      { document: 'care_plan', documentId: 'plan-1', path: ['needs'], label: '第2表 援助内容' },
    ]);
  });

  it('takes its severity from the pack (hitachi raises it to advice)', () => {
    expect(findings(anExemplaryCaseFile().withoutInformalSupport().build(), 'hitachi')[0]?.severity).toBe('advice');
  });

  it('finds a relative the assessment shows helping or willing', () => {
    const [finding] = findings(withAssessedRelative({ willingness: '平日は難しいが週末は協力できる' }));
    expect(finding?.message).toMatch(/^次女（架空 花子）さん/u);
    expect(finding?.evidence[0]).toMatchObject({ document: 'assessment', path: ['items', 'family', 'members', 0, 'willingness'] });
    expect(findings(withAssessedRelative({ involvement: '毎晩電話で服薬を確認している' }))[0]?.evidence[0]?.path).toEqual(['items', 'family', 'members', 0, 'involvement']);
  });

  it.each([
    ['unwilling', { willingness: '仕事があり協力できない' }],
    ['not involved', { involvement: 'なし' }],
    ['not kin', { relationship: '近隣の友人', involvement: '毎朝声をかけている' }],
  ])('does not count a person who is %s', (_label, member) => {
    expect(findings(withAssessedRelative(member))).toEqual([]);
  });

  it('trusts canHelp: false on the client record over the assessment', () => {
    const caseFile = aCaseFile()
      .withClient({ familyMembers: [{ id: 'fm-9', name: '架空 花子', relationship: '次女', canHelp: false }] })
      .withNeed('一人で買物に行けるようになりたい', { lines: [anInsuredLine()] })
      .withAssessmentItem('family', { members: [{ id: 'fs-1', familyMemberId: 'fm-9', name: '架空 花子', relationship: '次女', involvement: '月1回来る' }] })
      .build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('is satisfied by a family line, named by category or by who provides it', () => {
    const byName = anExemplaryCaseFile()
      .withoutInformalSupport()
      .withNeed('一人で買物に行けるようになりたい', { lines: [anInformalLine({ informalCategory: undefined, providerName: '長女' })] })
      .build();
    expect(findings(byName)).toEqual([]);
  });

  describe('when family care stops', () => {
    const withMainCarer = () =>
      anExemplaryCaseFile().mutate((c) => {
        c.client.familyMembers[0]!.isMainCaregiver = true;
      });

    it('asks what happens if the main carer cannot care, pointing at the carer and the overall policy', () => {
      const [finding, ...rest] = findings(withMainCarer().build());
      expect(rest).toEqual([]);
      expect(finding?.message).toMatch(/^主介護者の長女（青葉 由美）さんが病気や用事で介護できなくなったとき、本人の暮らしはどうなるでしょうか？/u);
      expect(finding?.evidence.map((e) => [e.document, e.path])).toEqual([
        ['client', ['familyMembers', 0, 'isMainCaregiver']],
        ['care_plan', ['overallPolicy']],
      ]);
    });

    it.each([
      ['the overall policy names a substitute', { overallPolicy: '長女が不在の時は長男に連絡し、訪問介護を追加する。' }],
      ['the emergency note says what happens', { emergencyContactsNote: '長女の急病時は緊急ショートステイを利用する' }],
      ['the 週単位以外のサービス holds a respite', { weeklySchedule: { entries: [], dailyActivities: [], nonWeeklyServices: 'ショートステイ（介護者の休息）' } }],
    ])('is satisfied when %s', (_label, patch) => {
      expect(findings(withMainCarer().withPlan(patch).build())).toEqual([]);
    });

    it('is satisfied by a 短期入所 line', () => {
      const line = anInsuredLine({ serviceTypeCode: '21', serviceTypeName: '短期入所生活介護', content: '入浴・食事', frequency: '必要時' });
      expect(findings(withMainCarer().withNeed('家で暮らし続けたい', { lines: [line] }).build())).toEqual([]);
    });

    it('does not take a bare 緊急時 contact for a plan', () => {
      expect(findings(withMainCarer().withPlan({ emergencyContactsNote: '緊急時は長女に連絡' }).build())).toHaveLength(1);
    });
  });

  it('is not evaluated without the client or the assessment, and silent without a plan', () => {
    const result = audit(anExemplaryCaseFile().withoutInformalSupport().build(), shippedPack('national'), { asOf: exemplaryAsOf, available: ['plan', 'assessment'] });
    expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    expect(result.notEvaluated.map((n) => n.ruleId)).toContain(ruleId);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
