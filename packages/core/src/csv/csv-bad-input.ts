import { decodeMs932, encodeMs932 } from './ms932.js';

/** A file of a send unit as bytes. */
export interface CsvFileBytes {
  name: string;
  bytes: Uint8Array;
}

/** One bad-input case: how to spoil a good send unit, and the Japanese error it must cause. */
export interface CsvBadInputCase {
  label: string;
  spoil: (files: readonly CsvFileBytes[]) => CsvFileBytes[];
  /** part of the expected error message */
  message: string;
  /** the file kind the error must name, when it names one */
  kind?: string;
  row?: number;
  column?: number;
}

/** UTF-8 bytes (core compiles without DOM types, so TextEncoder is reached through globalThis). */
function utf8(text: string): Uint8Array {
  return new (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder().encode(text);
}

function edit(files: readonly CsvFileBytes[], kind: string, change: (text: string) => string): CsvFileBytes[] {
  return files.map((f) => (f.name.startsWith(`${kind}_`) ? { name: f.name, bytes: encodeMs932(change(decodeMs932(f.bytes))) } : f));
}

function replaceBytes(files: readonly CsvFileBytes[], kind: string, change: (bytes: Uint8Array) => Uint8Array): CsvFileBytes[] {
  return files.map((f) => (f.name.startsWith(`${kind}_`) ? { name: f.name, bytes: change(f.bytes) } : f));
}

/**
 * The bad-input corpus of the 居宅 send unit written for {@link csvCarePlanSample}: each case spoils
 * the good files one way (the faults other vendors' files really have) and names the error the
 * import must report. Core tests check the reports; server tests check that nothing is saved.
 */
export const csvBadInputCorpus: readonly CsvBadInputCase[] = [
  { label: 'UTF-8 file given as Shift_JIS', spoil: (f) => replaceBytes(f, 'UP1KYO', (b) => utf8(decodeMs932(b))), kind: 'UP1KYO', message: '文字コードがUTF-8です' },
  { label: 'bytes that are not Shift_JIS', spoil: (f) => replaceBytes(f, 'UP3KYO', (b) => new Uint8Array([...b.slice(0, 40), 0x82, 0xff, ...b.slice(40)])), kind: 'UP3KYO', row: 1, message: 'Shift_JIS（MS932）として読めないバイト' },
  { label: 'missing column', spoil: (f) => edit(f, 'UP1KYO', (t) => t.replace(/,""\r\n$/u, '\r\n')), kind: 'UP1KYO', row: 1, message: '項目が足りません（27項目） 正しい形式: 居宅サービス計画書（第1表）は28項目' },
  { label: 'extra column', spoil: (f) => edit(f, 'UP1KYO', (t) => t.replace(/\r\n$/u, ',x\r\n')), kind: 'UP1KYO', row: 1, message: '項目が多すぎます（29項目）' },
  { label: 'impossible date 20250230', spoil: (f) => edit(f, 'UP1KYO', (t) => t.replace('20250425', '20250230')), kind: 'UP1KYO', row: 1, column: 4, message: '4列目（作成年月日）: 存在しない日付です（値: 「20250230」） 正しい形式: YYYYMMDD' },
  { label: 'unknown code', spoil: (f) => edit(f, 'UP1KYO', (t) => t.replace(',23,"', ',99,"')), kind: 'UP1KYO', row: 1, column: 21, message: 'コード表にない値です（値: 「99」） 正しい形式: 06、12、13、21、22、23、24、25' },
  { label: '第2表 without its 第1表', spoil: (f) => f.filter((x) => !x.name.startsWith('UP1KYO_')), kind: 'UP2KYO', row: 1, message: '対応する第1表（UP1KYO）がありません（保険者番号・被保険者番号・作成（変更）日: 089999・0000054321・20250501）' },
  { label: 'truncated file', spoil: (f) => replaceBytes(f, 'UP2KYO', (b) => b.slice(0, 300)), kind: 'UP2KYO', message: 'ファイルが途中で終わっています' },
  { label: 'mixed CSV versions in one file', spoil: (f) => edit(f, 'UP2KYO', (t) => t.replace(/\r\n202407,/u, '\r\n202208,')), kind: 'UP2KYO', column: 1, message: '1ファイルに複数のCSVバージョン（202407 と 202208）が混在しています' },
  { label: 'old CSV version', spoil: (f) => edit(f, 'UP3KYO', (t) => t.replaceAll('202407,', '202208,')), kind: 'UP3KYO', column: 1, message: 'CSVバージョン「202208」には対応していません（値: 「202208」） 正しい形式: 202407（標準仕様 v4.1）' },
  { label: 'empty file', spoil: (f) => replaceBytes(f, 'UP1KYO', () => new Uint8Array(0)), kind: 'UP1KYO', message: 'レコードがありません（空のファイルです）' },
  { label: 'フリガナ not in katakana', spoil: (f) => edit(f, 'UPHOSOKU', (t) => t.replace('"カクウ ハナコ"', '"kakuu hanako"')), kind: 'UPHOSOKU', row: 1, column: 5, message: 'フリガナはカタカナで入力してください' },
  { label: 'weekly slot without a day', spoil: (f) => edit(f, 'UP3KYO', (t) => t.replace('"通所介護",2,', '"通所介護",,')), kind: 'UP3KYO', row: 1, message: '曜日' },
];
