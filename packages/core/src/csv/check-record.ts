import { isValidDateParts } from '../dates/iso-date.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { csvVersion, type CsvColumn, type CsvLayout } from './layout-types.js';

/** A record checked against its layout: values by column key ('' when blank) and its line. */
export interface CsvRow {
  line: number;
  values: Readonly<Record<string, string>>;
}

/** True when `value` is `length` ASCII digits (what `/^\d{length}$/u` accepts). */
function isDigits(value: string, length: number): boolean {
  if (value.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number written by the ASCII digits of `value` from `from` to `to` (checked by the caller). */
function digitsValue(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

function checkDate(value: string): string | undefined {
  if (!isDigits(value, 8)) return '日付の形式ではありません';
  const parts = { year: digitsValue(value, 0, 4), month: digitsValue(value, 4, 6), day: digitsValue(value, 6, 8) };
  return isValidDateParts(parts) ? undefined : '存在しない日付です';
}

type Problem = { problem: string; expected: string } | undefined;

/** The check of one column's values, prepared once per layout (code tables as sets). */
function valueCheck(column: CsvColumn): (value: string) => Problem {
  const maxLength = column.length;
  const tooLong = (value: string) => maxLength !== undefined && value.length > maxLength;
  switch (column.type) {
    case 'version':
      return (value) => (value === csvVersion ? undefined : { problem: `CSVバージョン「${value}」には対応していません`, expected: `${csvVersion}（標準仕様 v4.1）` });
    case 'insurerNumber':
      return (value) => (isDigits(value, 6) ? undefined : { problem: '保険者番号が正しくありません', expected: '6桁の数字' });
    case 'insuredNumber':
      return (value) => (isDigits(value, 10) || (value.charCodeAt(0) === 72 && isDigits(value.slice(1), 9)) ? undefined : { problem: '被保険者番号が正しくありません', expected: '10桁の数字（生活保護単独はHと9桁の数字）' });
    case 'officeNumber':
      return (value) => (isDigits(value, 10) ? undefined : { problem: '事業所番号が正しくありません', expected: '10桁の数字' });
    case 'date':
      return (value) => {
        const problem = checkDate(value);
        return problem ? { problem, expected: 'YYYYMMDD（例: 20250401）' } : undefined;
      };
    case 'month':
      return (value) => {
        const ok = isDigits(value, 6) && Number(value.slice(4, 6)) >= 1 && Number(value.slice(4, 6)) <= 12;
        return ok ? undefined : { problem: '年月が正しくありません', expected: 'YYYYMM（例: 202504）' };
      };
    case 'time':
      return (value) => {
        const ok = isDigits(value, 4) && Number(value.slice(2)) < 60 && (Number(value.slice(0, 2)) < 24 || value === '2400');
        return ok ? undefined : { problem: '時刻が正しくありません', expected: 'HHMM（0000〜2400、例: 0930）' };
      };
    case 'code': {
      const codes = new Set(column.codes ?? []);
      const expected = (column.codes ?? []).join('、');
      return (value) => (codes.has(value) ? undefined : { problem: 'コード表にない値です', expected });
    }
    case 'integer':
      return (value) => (/^-?\d+$/u.test(value) && !tooLong(value) ? undefined : { problem: '整数ではないか、桁数が多すぎます', expected: `${maxLength ?? ''}桁以内の整数` });
    case 'decimal':
      return (value) => (/^\d+(?:\.\d+)?$/u.test(value) && !tooLong(value) ? undefined : { problem: '数値が正しくありません', expected: '99.99 の形式' });
    case 'alnum':
      return (value) => (/^[0-9A-Za-z-]+$/u.test(value) && !tooLong(value) ? undefined : { problem: '英数字の値が正しくないか、桁数が多すぎます', expected: `${maxLength ?? ''}桁以内の英数字` });
    case 'tel':
      return (value) => (/^[0-9()+\- ]+$/u.test(value) && !tooLong(value) ? undefined : { problem: '電話番号が正しくありません', expected: `数字とハイフン（${maxLength ?? ''}桁以内）` });
    case 'text':
      return (value) => (tooLong(value) ? { problem: '文字数が多すぎます', expected: `${maxLength}文字以内` } : undefined);
  }
}

interface PreparedColumn {
  column: CsvColumn;
  key: string;
  /** free text is kept as written; every other value is trimmed */
  trim: boolean;
  required: boolean;
  specials: ReadonlySet<string> | undefined;
  check: (value: string) => Problem;
}

interface PreparedLayout {
  columns: readonly PreparedColumn[];
  /**
   * A row's values with every key of the layout, in order, copied for each record. Keys added one
   * by one through `values[key]` would turn each row object into a slow dictionary past about
   * sixteen keys; a copy of an object JSON.parse built keeps the fast shape every row of the layout shares.
   */
  blank: Readonly<Record<string, string>>;
}

const prepared = new WeakMap<CsvLayout, PreparedLayout>();

function prepare(layout: CsvLayout): PreparedLayout {
  let found = prepared.get(layout);
  if (!found) {
    const columns = layout.columns.map((column) => ({
      column,
      key: column.key,
      trim: column.type !== 'text',
      required: column.required === true,
      specials: column.specials ? new Set(column.specials) : undefined,
      check: valueCheck(column),
    }));
    const blank = JSON.parse(JSON.stringify(Object.fromEntries(columns.map((c) => [c.key, ''])))) as Record<string, string>;
    found = { columns, blank };
    prepared.set(layout, found);
  }
  return found;
}

/** The issues of a record without any, shared (most records have none). */
const noIssues: readonly CsvIssue[] = Object.freeze([]);

/**
 * Checks one record against its layout: the number of items, then every value by its column's
 * type (dates that exist, codes of the code table, lengths). Values of coded columns are trimmed;
 * free text is kept as written.
 */
export function checkRecord(layout: CsvLayout, fields: readonly string[], file: string, line: number): { row?: CsvRow; issues: readonly CsvIssue[] } {
  const { columns, blank } = prepare(layout);
  const expectedCount = columns.length;
  if (fields.length !== expectedCount) {
    const problem = fields.length < expectedCount ? '項目が足りません' : '項目が多すぎます';
    return { issues: [csvIssue('error', { file, row: line }, `${problem}（${fields.length}項目）`, { expected: `${layout.title}は${expectedCount}項目` })] };
  }
  let issues: CsvIssue[] | undefined;
  const values: Record<string, string> = { ...blank };
  for (let i = 0; i < expectedCount; i++) {
    const c = columns[i]!;
    const raw = fields[i] ?? '';
    const value = c.trim ? raw.trim() : raw;
    values[c.key] = value;
    if (value === '') {
      if (c.required) (issues ??= []).push(csvIssue('error', { file, row: line, column: c.column.no, columnName: c.column.name }, '必須の項目が空です'));
      continue;
    }
    if (c.specials?.has(value)) continue;
    const bad = c.check(value);
    if (bad) (issues ??= []).push(csvIssue('error', { file, row: line, column: c.column.no, columnName: c.column.name }, bad.problem, { value, expected: bad.expected }));
  }
  return { row: { line, values }, issues: issues ?? noIssues };
}
