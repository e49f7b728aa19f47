import { z } from 'zod';
import { parseDateInput } from '../dates/parse-date-input.js';
import { isKizukiError } from '../errors/kizuki-error.js';
import { normalizeCode, normalizeInlineText, normalizeText, toHalfWidth } from '../text/normalize-text.js';

/**
 * Building blocks shared by the document schemas. Free text, numbers and dates are
 * normalized before validation (full-width digits, 和暦, stray spaces), and a blank value
 * is treated as "not entered" so a draft can be saved half-filled.
 */

function textPreprocess(inline: boolean) {
  return (value: unknown): unknown => {
    if (value === null) return undefined;
    if (typeof value !== 'string') return value;
    const text = inline ? normalizeInlineText(value) : normalizeText(value);
    return text === '' ? undefined : text;
  };
}

/** Optional multi-line free text (default up to 4000 characters). */
export function freeText(max = 4000) {
  return z
    .preprocess(
      textPreprocess(false),
      z.string({ error: '文字で入力してください' }).max(max, { error: `${max}文字以内で入力してください` }).optional(),
    )
    .optional();
}

/** Optional single-line text (names, places); line breaks become spaces. */
export function inlineText(max = 200) {
  return z
    .preprocess(
      textPreprocess(true),
      z.string({ error: '文字で入力してください' }).max(max, { error: `${max}文字以内で入力してください` }).optional(),
    )
    .optional();
}

/** Required single-line text; `label` names the field in the message (氏名を入力してください). */
export function requiredText(label: string, max = 200) {
  return z.preprocess(
    textPreprocess(true),
    z
      .string({ error: (issue) => (issue.input === undefined ? `${label}を入力してください` : `${label}は文字で入力してください`) })
      .max(max, { error: `${label}は${max}文字以内で入力してください` }),
  );
}

/** Document or entity id: any non-empty string (the store and the UI generate them). */
export const idSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'IDがありません' : 'IDは文字列で指定してください') })
  .min(1, { error: 'IDが空です' });

function dateCore(label = '日付') {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label}を入力してください` : `${label}を文字で入力してください`) })
    .transform((value, ctx) => {
    try {
      return parseDateInput(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: isKizukiError(error) ? error.message : '日付が正しくありません', input: value });
      return z.NEVER;
    }
  });
}

/** Optional date; accepts YYYY-MM-DD, 2025/4/1, 令和7年4月1日, R7.4.1 … and stores YYYY-MM-DD. */
export function optionalDate() {
  return z.preprocess(textPreprocess(true), dateCore().optional()).optional();
}

/** Required date; `label` names the field when it is missing. */
export function requiredDate(label: string) {
  return z.preprocess(textPreprocess(true), dateCore(label));
}

/** Time of day `HH:MM` (00:00–24:00); accepts 9:00, ９：００, 0900, 9時30分. */
export function optionalTime() {
  return z
    .preprocess(
      textPreprocess(true),
      z
        .string({ error: '時刻を文字で入力してください' })
        .transform((value, ctx) => {
          const m = /^(\d{1,2})(?::|時)?(\d{2})分?$/u.exec(toHalfWidth(value).replace(/\s/gu, ''));
          const hours = Number(m?.[1]);
          const minutes = Number(m?.[2]);
          if (!m || hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
            ctx.addIssue({ code: 'custom', message: '時刻は 00:00〜24:00 の形式（例: 09:30）で入力してください', input: value });
            return z.NEVER;
          }
          return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
        })
        .optional(),
    )
    .optional();
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  /** unit shown in messages: cm, kg, 単位 */
  unit?: string;
}

/** Optional number; accepts full-width digits and thousands separators in strings (１６，７６５). */
export function optionalNumber(options: NumberOptions = {}) {
  const unit = options.unit ?? '';
  let schema = z.number({ error: '数値で入力してください' });
  if (options.integer) schema = schema.int({ error: '整数で入力してください' });
  if (options.min !== undefined) schema = schema.min(options.min, { error: `${options.min}${unit}以上で入力してください` });
  if (options.max !== undefined) schema = schema.max(options.max, { error: `${options.max}${unit}以下で入力してください` });
  return z
    .preprocess((value) => {
      if (value === null) return undefined;
      if (typeof value !== 'string') return value;
      const text = toHalfWidth(value).replace(/[,\s]/gu, '');
      if (text === '') return undefined;
      const parsed = Number(text);
      return Number.isNaN(parsed) ? text : parsed;
    }, schema.optional())
    .optional();
}

/** Optional yes/no; null counts as not answered. */
export function optionalBoolean() {
  return z.preprocess((value) => (value === null ? undefined : value), z.boolean({ error: 'はい・いいえで指定してください' }).optional()).optional();
}

/** Picks one of `values`; `label` names the field in the message. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `${label}を選択肢から選んでください` });
}

/** Optional {@link choice}; blank or null means not chosen. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.preprocess((value) => (value === null || value === '' ? undefined : value), choice(values, label).optional()).optional();
}

/** A row of a code table: CSV code and Japanese label of one enum value. */
export interface CodeEntry {
  code: string;
  label: string;
}

/**
 * An optional enum that also accepts the CSV code or the Japanese label of a value
 * (`'21'` or `'要介護１'` → `'care_1'`), so imports and pasted text land on the same key.
 */
export function codedChoice<const T extends readonly [string, ...string[]]>(values: T, table: Record<T[number], CodeEntry>, label: string) {
  const byAlias = new Map<string, string>();
  for (const key of values) {
    const entry = table[key as T[number]];
    byAlias.set(entry.code, key);
    byAlias.set(normalizeInlineText(entry.label), key);
  }
  return z.preprocess((value) => {
    if (value === null || value === '') return undefined;
    if (typeof value !== 'string') return value;
    const text = normalizeInlineText(value);
    return byAlias.get(text) ?? text;
  }, choice(values, label).optional()).optional();
}

/** Normalizes codes typed with full-width digits, spaces or hyphens before a regex check. */
export function codePreprocess(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value !== 'string') return value;
  const code = normalizeCode(value);
  return code === '' ? undefined : code;
}

/** 被保険者番号: 10 digits, or H + 9 digits for 生活保護単独. */
export const insuredNumberSchema = z.preprocess(
  codePreprocess,
  z
    .string({ error: (issue) => (issue.input === undefined ? '被保険者番号を入力してください' : '被保険者番号は文字で入力してください') })
    .regex(/^(?:\d{10}|H\d{9})$/u, { error: '被保険者番号は10桁の数字（生活保護単独の場合はHと9桁の数字）で入力してください' }),
);

/** 郵便番号: stored as 123-4567 (the CSV format); 1234567 and full-width input are accepted. */
export const postalCodeSchema = z
  .preprocess(
    (value) => {
      const code = codePreprocess(value);
      return typeof code === 'string' && /^\d{7}$/u.test(code) ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
    },
    z.string().regex(/^\d{3}-\d{4}$/u, { error: '郵便番号は7桁の数字（例: 123-4567）で入力してください' }).optional(),
  )
  .optional();

/** Phone or fax number: digits, hyphens, parentheses, + and spaces (full-width accepted). */
export const phoneSchema = z
  .preprocess(
    (value) => {
      if (value === null) return undefined;
      if (typeof value !== 'string') return value;
      const text = toHalfWidth(value).replace(/[‐‑‒–—―−ー]/gu, '-');
      return text === '' ? undefined : text;
    },
    z
      .string()
      .regex(/^[0-9+\-() ]{2,30}$/u, { error: '電話番号は数字とハイフンで入力してください（例: 0294-00-0000）' })
      .optional(),
  )
  .optional();

/** A period with optional ends (a draft may not know them yet) and the text as written. */
export const periodSchema = z
  .object({
    start: optionalDate(),
    end: optionalDate(),
    /** The period as written on the form (R7.4〜R7.9, 認定期間中), kept for display. */
    text: inlineText(100),
  })
  .superRefine((period, ctx) => {
    if (period.start && period.end && period.end < period.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: '終了日は開始日以降の日付にしてください', input: period.end });
    }
  });
export type Period = z.infer<typeof periodSchema>;
