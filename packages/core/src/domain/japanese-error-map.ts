import { z } from 'zod';

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数値',
  int: '整数',
  boolean: 'はい・いいえ',
  array: '一覧',
  object: '項目のまとまり',
  date: '日付',
};

const fallback = z.locales.ja().localeError;

/**
 * Japanese messages for issues a schema did not word itself (a missing key, a wrong type,
 * an array too long). Schema-specific messages take precedence over this map; anything
 * not handled here falls back to zod's Japanese locale.
 */
export const japaneseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必須項目です。入力してください';
      return `${typeNames[issue.expected] ?? issue.expected}で入力してください`;
    case 'invalid_value':
      return '選択肢から選んでください';
    case 'too_small':
      if (issue.origin === 'array') return `${String(issue.minimum)}件以上必要です`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '入力してください' : `${String(issue.minimum)}文字以上で入力してください`;
      return `${String(issue.minimum)}以上で入力してください`;
    case 'too_big':
      if (issue.origin === 'array') return `${String(issue.maximum)}件以内にしてください`;
      if (issue.origin === 'string') return `${String(issue.maximum)}文字以内で入力してください`;
      return `${String(issue.maximum)}以下で入力してください`;
    case 'invalid_format':
      return '形式が正しくありません';
    case 'invalid_union':
      return '入力内容が正しくありません';
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return fallback(issue);
  }
};
