import { isValidDateParts } from '../dates/iso-date.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { csvVersion, type CsvColumn, type CsvLayout } from './layout-types.js';

/** A record checked against its layout: values by column key ('' when blank) and its line. */
export interface CsvRow {
  line: number;
  values: Readonly<Record<string, string>>;
}

function checkDate(value: string): string | undefined {
  if (!/^\d{8}$/u.test(value)) return '日付の形式ではありません';
  const parts = { year: Number(value.slice(0, 4)), month: Number(value.slice(4, 6)), day: Number(value.slice(6, 8)) };
  return isValidDateParts(parts) ? undefined : '存在しない日付です';
}

function checkValue(column: CsvColumn, value: string): { problem: string; expected: string } | undefined {
  const maxLength = column.length;
  const tooLong = maxLength !== undefined && column.type !== 'text' && value.length > maxLength;
  switch (column.type) {
    case 'version':
      return value === csvVersion ? undefined : { problem: `CSVバージョン「${value}」には対応していません`, expected: `${csvVersion}（標準仕様 v4.1）` };
    case 'insurerNumber':
      return /^\d{6}$/u.test(value) ? undefined : { problem: '保険者番号が正しくありません', expected: '6桁の数字' };
    case 'insuredNumber':
      return /^(?:\d{10}|H\d{9})$/u.test(value) ? undefined : { problem: '被保険者番号が正しくありません', expected: '10桁の数字（生活保護単独はHと9桁の数字）' };
    case 'officeNumber':
      return /^\d{10}$/u.test(value) ? undefined : { problem: '事業所番号が正しくありません', expected: '10桁の数字' };
    case 'date': {
      const problem = checkDate(value);
      return problem ? { problem, expected: 'YYYYMMDD（例: 20250401）' } : undefined;
    }
    case 'month': {
      const ok = /^\d{6}$/u.test(value) && Number(value.slice(4, 6)) >= 1 && Number(value.slice(4, 6)) <= 12;
      return ok ? undefined : { problem: '年月が正しくありません', expected: 'YYYYMM（例: 202504）' };
    }
    case 'time': {
      const ok = /^\d{4}$/u.test(value) && Number(value.slice(2)) < 60 && (Number(value.slice(0, 2)) < 24 || value === '2400');
      return ok ? undefined : { problem: '時刻が正しくありません', expected: 'HHMM（0000〜2400、例: 0930）' };
    }
    case 'code':
      return column.codes?.includes(value) ? undefined : { problem: 'コード表にない値です', expected: (column.codes ?? []).join('、') };
    case 'integer':
      return /^-?\d+$/u.test(value) && !tooLong ? undefined : { problem: '整数ではないか、桁数が多すぎます', expected: `${maxLength ?? ''}桁以内の整数` };
    case 'decimal':
      return /^\d+(?:\.\d+)?$/u.test(value) && !tooLong ? undefined : { problem: '数値が正しくありません', expected: '99.99 の形式' };
    case 'alnum':
      return /^[0-9A-Za-z-]+$/u.test(value) && !tooLong ? undefined : { problem: '英数字の値が正しくないか、桁数が多すぎます', expected: `${maxLength ?? ''}桁以内の英数字` };
    case 'tel':
      return /^[0-9()+\- ]+$/u.test(value) && !tooLong ? undefined : { problem: '電話番号が正しくありません', expected: `数字とハイフン（${maxLength ?? ''}桁以内）` };
    case 'text':
      return maxLength !== undefined && value.length > maxLength ? { problem: '文字数が多すぎます', expected: `${maxLength}文字以内` } : undefined;
  }
}

/**
 * Checks one record against its layout: the number of items, then every value by its column's
 * type (dates that exist, codes of the code table, lengths). Values of coded columns are trimmed;
 * free text is kept as written.
 */
export function checkRecord(layout: CsvLayout, fields: readonly string[], file: string, line: number): { row?: CsvRow; issues: CsvIssue[] } {
  const expectedCount = layout.columns.length;
  if (fields.length !== expectedCount) {
    const problem = fields.length < expectedCount ? '項目が足りません' : '項目が多すぎます';
    return { issues: [csvIssue('error', { file, row: line }, `${problem}（${fields.length}項目）`, { expected: `${layout.title}は${expectedCount}項目` })] };
  }
  const issues: CsvIssue[] = [];
  const values: Record<string, string> = {};
  layout.columns.forEach((column, i) => {
    const raw = fields[i] ?? '';
    const value = column.type === 'text' ? raw : raw.trim();
    values[column.key] = value;
    const at = { file, row: line, column: column.no, columnName: column.name };
    if (value === '') {
      if (column.required) issues.push(csvIssue('error', at, '必須の項目が空です'));
      return;
    }
    if (column.specials?.includes(value)) return;
    const bad = checkValue(column, value);
    if (bad) issues.push(csvIssue('error', at, bad.problem, { value, expected: bad.expected }));
  });
  return { row: { line, values }, issues };
}
