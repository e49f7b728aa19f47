/** The value kinds a CSV column can hold; each has its own check on import. */
export type CsvColumnType =
  /** CSVバージョン: must be {@link csvVersion} */
  | 'version'
  /** 保険者番号: 6 digits */
  | 'insurerNumber'
  /** 被保険者番号: 10 digits, or H + 9 digits */
  | 'insuredNumber'
  /** 事業所番号: 10 digits */
  | 'officeNumber'
  /** YYYYMMDD */
  | 'date'
  /** YYYYMM */
  | 'month'
  /** HHMM (0000–2400) */
  | 'time'
  /** a value of a code table (`codes`) */
  | 'code'
  | 'integer'
  /** 99.99 */
  | 'decimal'
  /** letters, digits and hyphens (サービスコード, TAISコード, 郵便番号 XXX-XXXX) */
  | 'alnum'
  /** 電話番号: digits, hyphens, parentheses */
  | 'tel'
  /** フリーテキスト: always written inside `"…"` */
  | 'text';

/** One column of a CSV layout. */
export interface CsvColumn {
  /** 項番 (1-based position) */
  no: number;
  /** English identifier used by the converters */
  key: string;
  /** 項目名 as in the standard */
  name: string;
  type: CsvColumnType;
  /** Maximum length (項目長). Left out where the standard leaves it free. */
  length?: number;
  required?: boolean;
  /** Allowed values of a `code` column. */
  codes?: readonly string[];
  /** Special values allowed besides the type's format (00000000, 9999). */
  specials?: readonly string[];
  /** Where the OCR of the standard is unclear about this column: what is uncertain. */
  uncertain?: string;
}

/** File kinds (ファイル種類) of ケアプランデータ連携標準仕様 v4.1, named by their file prefix. */
export const csvFileKinds = [
  'UPHOSOKU',
  'UP1KYO',
  'DLT1KYO',
  'UP2KYO',
  'UP3KYO',
  'UPPLAN',
  'DLTPLAN',
  'UPJSK',
  'DLTJSK',
  'UPSIKYU',
  'UPKIHON',
  'UPKIHON_SUB1',
  'UPKIHON_SUB2',
  'DLTKIHON',
  'UPYOBO',
  'UPYOBO_SUB',
  'DLTYOBO',
] as const;
export type CsvFileKind = (typeof csvFileKinds)[number];

/** The record layout of one file kind. */
export interface CsvLayout {
  kind: CsvFileKind;
  /** Japanese name of the file (第2表 …) for messages */
  title: string;
  /** Whether the file name carries 提供年月 / 対象年月 (`PREFIX_YYYYMM_…`). */
  monthInName: boolean;
  columns: readonly CsvColumn[];
}

/** CSVバージョン of 標準仕様 v4.1 (適用 2025年4月サービス提供分から). */
export const csvVersion = '202407';

/** Column options besides key, name and type. */
export type ColumnOptions = Omit<CsvColumn, 'no' | 'key' | 'name' | 'type'>;
export type ColumnSpec = [key: string, name: string, type: CsvColumnType, options?: ColumnOptions];

/** Numbers the columns of a layout in order (項番 = position), so the tables read like the standard. */
export function numberColumns(specs: readonly ColumnSpec[]): CsvColumn[] {
  return specs.map(([key, name, type, options], i) => ({ no: i + 1, key, name, type, ...options }));
}

/** CSVバージョン, 保険者番号, 被保険者番号: the first three columns of every file. */
export const keyColumns: readonly ColumnSpec[] = [
  ['version', 'CSVバージョン', 'version', { length: 6, required: true }],
  ['insurerNumber', '保険者番号', 'insurerNumber', { length: 6, required: true }],
  ['insuredNumber', '被保険者番号', 'insuredNumber', { length: 10, required: true }],
];
