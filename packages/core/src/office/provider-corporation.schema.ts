import { z } from 'zod';
import { inlineText, requiredDate, requiredText } from '../domain/common.schema.js';
import { normalizeCode } from '../text/normalize-text.js';

/**
 * 法人番号の検査用数字 (法人番号の指定等に関する省令 平成26年財務省令第70号 第2条; 国税庁
 * 「法人番号の検査用数字について」 https://www.houjin-bangou.nta.go.jp/documents/checkdigit.pdf):
 * 9 − ((Σ Pn × Qn) を 9 で除した余り), n = 1..12, Pn = the digit of the 12-digit 基礎番号 at
 * place n counted from its last digit, Qn = 1 when n is odd and 2 when n is even.
 */
export function corporateNumberCheckDigit(baseNumber: string): number {
  if (!/^\d{12}$/u.test(baseNumber)) throw new RangeError('基礎番号は12桁の数字です');
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(baseNumber[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

/** 法人番号: 13 digits whose first digit is the 検査用数字 of the other twelve. */
export function isValidCorporateNumber(text: string): boolean {
  return /^\d{13}$/u.test(text) && Number(text[0]) === corporateNumberCheckDigit(text.slice(1));
}

/** Digits as written on papers: full width, with spaces or hyphens between groups. */
const digitsOnly = (value: unknown): unknown => {
  if (value === null) return undefined;
  if (typeof value !== 'string') return value;
  const digits = normalizeCode(value);
  return digits === '' ? undefined : digits;
};

/** 事業所番号 of the provider (10 digits), required. */
const providerOfficeNumber = z.preprocess(
  digitsOnly,
  z.string({ error: (issue) => (issue.input === undefined ? '事業所番号を入力してください' : '事業所番号は文字で入力してください') }).regex(/^\d{10}$/u, { error: '事業所番号は10桁の数字で入力してください' }),
);

/** 法人番号 (13 digits, 国税庁), optional; the 検査用数字 must match. */
const corporationNumber = z
  .preprocess(
    digitsOnly,
    z
      .string({ error: '法人番号は文字で入力してください' })
      .regex(/^\d{13}$/u, { error: '法人番号は13桁の数字で入力してください' })
      .refine(isValidCorporateNumber, { error: '法人番号の検査用数字（先頭の1桁）が合いません。法人番号公表サイトで番号を確かめてください' })
      .optional(),
  )
  .optional();

/**
 * 事業所の運営法人: which 法人 runs a provider (事業所番号), as the office confirmed it. 特定事業所集中減算
 * counts the 事業所 of one 法人 together (「紹介率最高法人」, 留意事項通知).
 */
export const providerCorporationSchema = z.object({
  providerOfficeNumber,
  /** 事業所名, as the plans name it */
  providerName: inlineText(200),
  corporationName: requiredText('法人名', 200),
  corporationNumber,
  /** 法人の主たる事務所の所在地 (the 判定書 prints it) */
  corporationAddress: inlineText(300),
  /** where it was confirmed (介護サービス情報公表システム, 法人番号公表サイト, 事業所の指定の通知 …) */
  source: requiredText('確認した資料', 500),
  confirmedOn: requiredDate('確認日'),
});
export type ProviderCorporationRecord = z.infer<typeof providerCorporationSchema>;

/** Where the manager usually confirms the 法人 of a provider (suggestions for the form). */
export const providerCorporationSources = ['介護サービス情報公表システム', '国税庁 法人番号公表サイト', '市町村の介護サービス事業所一覧', '事業所の重要事項説明書'] as const;
