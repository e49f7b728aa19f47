import { describe, expect, it } from 'vitest';
import { effectiveBenefitLimitUnits } from './certification.schema.js';
import { clientSchema } from './client.schema.js';

const valid = { id: 'c', insurerNumber: '089999', insuredNumber: '0000012345', name: '青葉 チヨ', nameKana: 'アオバ チヨ', birthDate: '1940-06-15' };

describe('clientSchema', () => {
  it('normalizes numbers, names, フリガナ and contacts', () => {
    const client = clientSchema.parse({
      ...valid,
      insurerNumber: '０８９９９９',
      nameKana: 'あおば　ちよ',
      phone: '０２９４－００－００００',
      familyMembers: [{ id: 'f', name: '青葉 由美', relationship: '長女', isEmergencyContact: true, emergencyPriority: '１' }],
      primaryDoctor: { doctorName: '架空 太郎', institution: 'テスト内科' },
    });
    expect(client).toMatchObject({ insurerNumber: '089999', nameKana: 'アオバ チヨ', phone: '0294-00-0000' });
    expect(client.familyMembers[0]).toMatchObject({ emergencyPriority: 1, relationship: '長女' });
  });

  it('rejects bad identity fields with Japanese messages', () => {
    const result = clientSchema.safeParse({ ...valid, insurerNumber: '08999', nameKana: '青葉', sex: 'x', familyMembers: [{ id: 'f' }] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['insurerNumber', '保険者番号は6桁の数字で入力してください'],
      ['nameKana', 'フリガナはカタカナで入力してください'],
      ['sex', '性別を選択肢から選んでください'],
      ['familyMembers.0.name', '家族等の氏名を入力してください'],
    ]);
  });
});

describe('effectiveBenefitLimitUnits', () => {
  it('prefers the recorded amount and falls back to the level table', () => {
    expect(effectiveBenefitLimitUnits({ careLevel: 'care_2', benefitLimitUnits: 20000 })).toBe(20000);
    expect(effectiveBenefitLimitUnits({ careLevel: 'care_2' })).toBe(19705);
    expect(effectiveBenefitLimitUnits({})).toBeUndefined();
  });
});
