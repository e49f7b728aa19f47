import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { careLevelTable, careLevels } from './codes/care-level.js';
import {
  codedChoice,
  freeText,
  inlineText,
  insuredNumberSchema,
  optionalBoolean,
  optionalDate,
  optionalNumber,
  optionalTime,
  periodSchema,
  phoneSchema,
  postalCodeSchema,
  requiredDate,
  requiredText,
} from './common.schema.js';

function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('text fields', () => {
  it('normalize free text and treat blank as not entered', () => {
    expect(freeText().parse('  ＡＢＣ\r\n二行目  ')).toBe('ABC\n二行目');
    expect(freeText().parse('   ')).toBeUndefined();
    expect(freeText().parse(null)).toBeUndefined();
    expect(inlineText().parse('山田\n花子')).toBe('山田 花子');
  });

  it('limit length with a Japanese message', () => {
    expect(messages(freeText(5), 'あいうえおか')).toEqual(['5文字以内で入力してください']);
    expect(messages(freeText(), 42)).toEqual(['文字で入力してください']);
  });

  it('name the field when required text is missing', () => {
    expect(messages(requiredText('氏名'), undefined)).toEqual(['氏名を入力してください']);
    expect(messages(requiredText('氏名'), '　')).toEqual(['氏名を入力してください']);
    expect(requiredText('氏名').parse(' 青葉　チヨ ')).toBe('青葉 チヨ');
  });
});

describe('date fields', () => {
  it('accept 和暦 and other notations and store YYYY-MM-DD', () => {
    expect(optionalDate().parse('令和7年4月1日')).toBe('2025-04-01');
    expect(optionalDate().parse('Ｒ７．４．１')).toBe('2025-04-01');
    expect(optionalDate().parse('')).toBeUndefined();
  });

  it('explain an impossible or malformed date', () => {
    expect(messages(optionalDate(), '2025-02-30')).toEqual(['存在しない日付です: 2025年2月30日']);
    expect(messages(optionalDate(), '平成31年5月1日')[0]).toContain('平成の期間外');
    expect(messages(optionalDate(), 20250401)).toEqual(['日付を文字で入力してください']);
    expect(messages(requiredDate('生年月日'), undefined)).toEqual(['生年月日を入力してください']);
    expect(messages(requiredDate('生年月日'), ' ')).toEqual(['生年月日を入力してください']);
  });
});

describe('time fields', () => {
  it('normalize to HH:MM', () => {
    expect(optionalTime().parse('9:30')).toBe('09:30');
    expect(optionalTime().parse('０９：３０')).toBe('09:30');
    expect(optionalTime().parse('1400')).toBe('14:00');
    expect(optionalTime().parse('9時05分')).toBe('09:05');
    expect(optionalTime().parse('24:00')).toBe('24:00');
  });

  it('reject impossible times', () => {
    for (const bad of ['25:00', '24:30', '9:60', '朝']) {
      expect(messages(optionalTime(), bad), bad).toEqual(['時刻は 00:00〜24:00 の形式（例: 09:30）で入力してください']);
    }
  });
});

describe('number fields', () => {
  it('accept full-width digits and separators', () => {
    expect(optionalNumber().parse('１６，７６５')).toBe(16765);
    expect(optionalNumber().parse('')).toBeUndefined();
    expect(optionalNumber().parse(148.5)).toBe(148.5);
  });

  it('explain bounds and type errors', () => {
    const height = optionalNumber({ min: 50, max: 250, unit: 'cm' });
    expect(messages(height, 30)).toEqual(['50cm以上で入力してください']);
    expect(messages(height, '300')).toEqual(['250cm以下で入力してください']);
    expect(messages(height, 'abc')).toEqual(['数値で入力してください']);
    expect(messages(optionalNumber({ integer: true }), 1.5)).toEqual(['整数で入力してください']);
  });
});

describe('codes', () => {
  it('accept 被保険者番号 with full-width digits and the H form', () => {
    expect(insuredNumberSchema.parse('０１２３４５６７８９')).toBe('0123456789');
    expect(insuredNumberSchema.parse('h123456789')).toBe('H123456789');
  });

  it('reject malformed 被保険者番号', () => {
    const message = '被保険者番号は10桁の数字（生活保護単独の場合はHと9桁の数字）で入力してください';
    for (const bad of ['123456789', '12345678901', 'H12345678', 'X123456789']) expect(messages(insuredNumberSchema, bad), bad).toEqual([message]);
    expect(messages(insuredNumberSchema, undefined)).toEqual(['被保険者番号を入力してください']);
  });

  it('format postal codes and check phones', () => {
    expect(postalCodeSchema.parse('３１７００００')).toBe('317-0000');
    expect(messages(postalCodeSchema, '31700')).toEqual(['郵便番号は7桁の数字（例: 123-4567）で入力してください']);
    expect(phoneSchema.parse('０２９４－００－００００')).toBe('0294-00-0000');
    expect(messages(phoneSchema, '電話なし')).toEqual(['電話番号は数字とハイフンで入力してください（例: 0294-00-0000）']);
  });

  it('map CSV codes and labels onto enum keys', () => {
    const level = codedChoice(careLevels, careLevelTable, '要介護状態区分');
    expect(level.parse('21')).toBe('care_1');
    expect(level.parse('要介護１')).toBe('care_1');
    expect(level.parse('care_5')).toBe('care_5');
    expect(level.parse('06')).toBe('business_target');
    expect(messages(level, '要介護6')).toEqual(['要介護状態区分を選択肢から選んでください']);
  });

  it('treat null booleans as unanswered', () => {
    expect(optionalBoolean().parse(null)).toBeUndefined();
    expect(messages(optionalBoolean(), 'yes')).toEqual(['はい・いいえで指定してください']);
  });
});

describe('periodSchema', () => {
  it('accepts open and closed periods', () => {
    expect(periodSchema.parse({ start: 'R7.4.1', end: 'R8.3.31' })).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(periodSchema.parse({ text: '認定期間中' })).toEqual({ text: '認定期間中' });
  });

  it('rejects an end before the start at the end field', () => {
    const result = periodSchema.safeParse({ start: '2025-09-01', end: '2025-04-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['end'], message: '終了日は開始日以降の日付にしてください' });
  });
});
