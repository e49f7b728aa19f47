import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../domain/assessment.schema.js';
import { carePlanSchema } from '../domain/care-plan.schema.js';
import { clientSchema } from '../domain/client.schema.js';
import { buildPresentationSheet, initialsOf, presentationLeaks, presentationTexts } from './meeting-presentation.js';
import { findPersonalData } from './pseudonymize.js';

// The fields of the fictional demo client 01 (小松 ハル) and the people around her.
const client = clientSchema.parse({
  id: 'c1',
  insurerNumber: '059901',
  insuredNumber: '5900000101',
  name: '小松 ハル',
  nameKana: 'コマツ ハル',
  sex: 'female',
  birthDate: '1943-05-12',
  address: { postalCode: '999-0101', line1: '架空県架空郡みずほ町中村12' },
  phone: '0187-00-0101',
  householdType: 'alone',
  familyMembers: [
    { id: 'f1', name: '小松 誠', relationship: '長男', phone: '090-0000-0101' },
    { id: 'f2', name: '佐々木 トシ', relationship: '近隣（友人）' },
    { id: 'f3', name: '藤田 清', relationship: '民生委員' },
  ],
  primaryDoctor: { doctorName: '村上 修', institution: 'みずほ内科医院' },
});

const assessment = assessmentSchema.parse({
  id: 'a1',
  clientId: 'c1',
  date: '2025-04-01',
  items: {
    lifeHistory: { currentLife: '小松ハルさんは架空県架空郡みずほ町中村12で独居。長男の小松 誠さん（090-0000-0101）が週末に来る。' },
    complaintsAndWishes: { clientWords: '「春になったらまた畑に出たい」（ハルさん）' },
    health: { notes: '高血圧。村上 修 医師（みずほ内科医院）に月1回受診。生年月日 1943年5月12日。' },
    socialParticipation: { notes: '佐々木 トシさんとサロンへ。民生委員 藤田清さんが月1回訪問。' },
  },
});

const carePlan = carePlanSchema.parse({
  id: 'p1',
  careLevel: 'care_1',
  needs: [
    {
      id: 'n1',
      text: '春から自宅裏の畑で野菜作りを続けたい',
      longTermGoals: [
        {
          id: 'l1',
          text: '畑で1時間続けて作業できる',
          shortTermGoals: [
            {
              id: 's1',
              text: '手押し車で畑まで往復できる',
              serviceLines: [
                { id: 'x1', kind: 'informal', informalCategory: 'community', content: '民生委員 藤田 清 が訪問して様子を聞く', frequency: '月1回' },
                { id: 'x2', kind: 'informal', informalCategory: 'family', content: '長男 小松誠が力仕事を手伝う（被保険者番号 5900000101 の確認）', frequency: '週1回' },
              ],
            },
          ],
        },
      ],
    },
  ],
});

const base = { client, assessment: { id: 'a1', revision: 2, body: assessment }, carePlan: { id: 'p1', revision: 3, body: carePlan }, presentedOn: '2026-06-01', area: '北部圏域', questions: 'コマツ ハルさんの冬場の外出をどう支えるか' };

describe('事例提出シートの仮名化', () => {
  it('shows initials, the area and an age band, and no name, address, number, phone or birth date of the client or her family', () => {
    const sheet = buildPresentationSheet({ ...base, shown: {} });
    expect(sheet.label).toBe('K.H.さん');
    expect(sheet.ageBand).toBe('75to84');
    expect(sheet.area).toBe('北部圏域');
    expect(sheet.address).toBeUndefined();
    expect(sheet.physician).toBeUndefined();
    const texts = presentationTexts(sheet);
    const people = [
      { name: client.name, nameKana: client.nameKana, insuredNumber: client.insuredNumber, address: client.address?.line1, birthDate: client.birthDate, phone: client.phone },
      ...client.familyMembers.map((m) => ({ name: m.name, phone: m.phone })),
      { name: '村上 修' },
    ];
    expect(findPersonalData(texts, people)).toEqual([]);
    const joined = texts.join('\n');
    for (const word of ['小松', 'ハル', 'コマツ', '佐々木', '藤田', '村上', 'みずほ町中村', '5900000101', '1943', '090-0000-0101']) expect(joined).not.toContain(word);
    expect(joined).toContain('長男');
    expect(joined).toContain('民生委員');
    expect(presentationLeaks(sheet, client)).toEqual([]);
  });

  it('derives 本人の状況, 課題, 目標 and 支援内容 from the assessment and 第1〜3表', () => {
    const sheet = buildPresentationSheet({ ...base, shown: {} });
    expect(sheet.situation.map((l) => l.heading)).toEqual(['現在の生活状況', '本人の主訴・意向', '健康状態', '社会との関わり']);
    expect(sheet.issues).toEqual(['春から自宅裏の畑で野菜作りを続けたい']);
    expect(sheet.goals).toEqual([{ longTerm: '畑で1時間続けて作業できる', shortTerm: ['手押し車で畑まで往復できる'] }]);
    expect(sheet.supports.map((s) => s.by)).toEqual(['地域の活動・通いの場', '家族']);
    expect(sheet.careLevel).toBe('要介護1');
    expect(sheet.sources).toEqual([
      { documentId: 'a1', revision: 2, kind: 'assessment' },
      { documentId: 'p1', revision: 3, kind: 'care_plan' },
    ]);
  });

  it('shows what the care manager chose and still never the number or birth date', () => {
    const sheet = buildPresentationSheet({ ...base, shown: { realName: true, detailedAddress: true, physician: true } });
    expect(sheet.label).toBe('小松 ハル');
    expect(sheet.address).toBe('架空県架空郡みずほ町中村12');
    expect(sheet.physician).toBe('みずほ内科医院 村上 修');
    const joined = presentationTexts(sheet).join('\n');
    expect(joined).not.toContain('5900000101');
    expect(joined).not.toContain('1943年5月12日');
    expect(joined).not.toContain('佐々木');
    expect(presentationLeaks(sheet, client)).toEqual([]);
  });

  it('reports a leak the replacements could not take out', () => {
    const sheet = buildPresentationSheet({ ...base, shown: {} });
    const tampered = { ...sheet, questions: '被保険者番号 5900-000-101 の方' };
    expect(presentationLeaks(tampered, client)).toEqual(['insured_number']);
  });

  it('makes initials from the フリガナ', () => {
    expect(initialsOf('コマツ ハル')).toBe('K.H.');
    expect(initialsOf('シミズ チヨ')).toBe('S.C.');
    expect(initialsOf('オオタ ジロウ')).toBe('O.J.');
  });
});
