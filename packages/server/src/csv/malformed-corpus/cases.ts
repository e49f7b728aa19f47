import { csvBadInputCorpus, csvCarePlanSample, csvPreventionSample, decodeMs932, encodeMs932, exportCarePlanCsv, exportPreventionPlanCsv, zipFiles, type CsvFileBytes } from '@kizuki/core';

/**
 * Malformed ケアプランデータ連携 CSV, one fault per case, each spoiling a good send unit of the
 * fictional CSV samples (the 居宅 unit of csvCarePlanSample, the 予防 unit of csvPreventionSample).
 * `expect` is what the reader must answer: a refusal of the whole upload (`code`), an error issue
 * of the files (`message`, and where: file kind, row, column), or, for a fault the reader
 * tolerates, `accepted`. The faults of the shared bad-input corpus (core csv-bad-input.ts) come
 * first, then faults of the ZIP and of the files' framing.
 */
export interface MalformedCase {
  /** file name in files/, without .zip */
  name: string;
  label: string;
  /** the ZIP as uploaded */
  zip(): Uint8Array;
  /** whether the same files laid out in a folder must give the same answer (false for faults of the ZIP itself) */
  folder: boolean;
  expect: { code: string; message: string } | { message: string; kind?: string; row?: number; column?: number } | { accepted: true };
}

const golden = (set: 'kyotaku' | 'yobo'): CsvFileBytes[] =>
  set === 'kyotaku'
    ? exportCarePlanCsv([csvCarePlanSample()], { sender: { officeNumber: '0899000043', serviceType: '43', name: 'テスト居宅介護支援事業所' }, destination: { officeNumber: '0899000017', serviceType: '17' }, timestamp: '20250501093000' }).files
    : exportPreventionPlanCsv([csvPreventionSample()], {
        sender: { officeNumber: '0899000046', serviceType: '46', name: '架空市地域包括支援センター' },
        destination: { officeNumber: '0899000066', serviceType: '66' },
        timestamp: '20250601090000',
        onlyRelatedClients: false,
      }).files;

function edit(files: readonly CsvFileBytes[], kind: string, change: (text: string) => string): CsvFileBytes[] {
  return files.map((f) => (f.name.startsWith(`${kind}_`) ? { name: f.name, bytes: encodeMs932(change(decodeMs932(f.bytes))) } : f));
}

/** A ZIP of the files with every entry dated 2025-05-01 00:00, so the generator writes the same bytes every time. */
function zipOf(files: readonly CsvFileBytes[]): Uint8Array {
  const zip = zipFiles(files);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = 0;
  const dosDate = ((2025 - 1980) << 9) | (5 << 5) | 1;
  let at = 0;
  while (at + 30 <= zip.length && view.getUint32(at, true) === 0x04034b50) {
    view.setUint16(at + 10, dosTime, true);
    view.setUint16(at + 12, dosDate, true);
    at += 30 + view.getUint32(at + 18, true) + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  }
  while (at + 46 <= zip.length && view.getUint32(at, true) === 0x02014b50) {
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

const sharedNames: Record<string, string> = {
  'UTF-8 file given as Shift_JIS': 'utf8-given-as-shift-jis',
  'bytes that are not Shift_JIS': 'bytes-not-shift-jis',
  '第2表 without its 第1表': 'table2-without-table1',
  'フリガナ not in katakana': 'furigana-not-katakana',
};
const slug = (label: string) => sharedNames[label] ?? label.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');

const shared: MalformedCase[] = csvBadInputCorpus.map((bad) => ({
  name: slug(bad.label),
  label: bad.label,
  zip: () => zipOf(bad.spoil(golden('kyotaku'))),
  folder: true,
  expect: { message: bad.message, ...(bad.kind ? { kind: bad.kind } : {}), ...(bad.row ? { row: bad.row } : {}), ...(bad.column ? { column: bad.column } : {}) },
}));

const framing: MalformedCase[] = [
  {
    name: 'zip-cut-in-a-file',
    label: 'ZIP cut short in the middle of a file',
    zip: () => zipOf(golden('kyotaku')).slice(0, 900),
    folder: false,
    expect: { code: 'bad_request', message: 'ZIPファイル' },
  },
  {
    name: 'zip-cut-short',
    label: 'ZIP cut short before its end (the central directory)',
    zip: () => {
      const zip = zipOf(golden('kyotaku'));
      return zip.slice(0, zip.length - 10);
    },
    folder: false,
    expect: { code: 'bad_request', message: 'ZIPの終わりがありません' },
  },
  {
    name: 'not-a-zip',
    label: 'a CSV file uploaded where the ZIP belongs',
    zip: () => golden('kyotaku')[0]!.bytes,
    folder: false,
    expect: { code: 'bad_request', message: 'ZIPファイルとして読めません' },
  },
  {
    name: 'empty-zip',
    label: 'a ZIP with no file',
    zip: () => zipOf([]),
    folder: false,
    expect: { code: 'bad_request', message: '取り込むファイルがありません' },
  },
  {
    name: 'zip-byte-flipped',
    label: 'a ZIP whose compressed data has a changed byte that still inflates',
    zip: () => {
      const zip = zipOf(golden('kyotaku'));
      zip[158] = zip[158]! ^ 0xff;
      return zip;
    },
    folder: false,
    expect: { code: 'bad_request', message: 'CRC-32が一致しません' },
  },
  {
    name: 'lf-line-ends',
    label: 'LF line ends instead of CRLF',
    zip: () => zipOf(edit(golden('kyotaku'), 'UP1KYO', (t) => t.replaceAll('\r\n', '\n'))),
    folder: true,
    expect: { accepted: true },
  },
  {
    name: 'utf8-bom',
    label: 'a UTF-8 byte order mark before the first record',
    zip: () => zipOf(golden('kyotaku').map((f) => (f.name.startsWith('UP2KYO_') ? { name: f.name, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...f.bytes]) } : f))),
    folder: true,
    expect: { message: '文字コードがUTF-8です', kind: 'UP2KYO' },
  },
  {
    name: 'unclosed-quote',
    label: 'a quoted field that is never closed',
    zip: () => zipOf(edit(golden('kyotaku'), 'UP2KYO', (t) => t.replace(/"([^"\r\n]*)"\r\n/u, '"$1\r\n'))),
    folder: true,
    expect: { message: '項目が多すぎます', kind: 'UP2KYO', row: 1 },
  },
  {
    name: 'huge-field',
    label: 'a field of 300,000 characters',
    zip: () => zipOf(edit(golden('kyotaku'), 'UP2KYO', (t) => t.replace(/"([^"\r\n]{2,})"/u, `"${'長'.repeat(300_000)}"`))),
    folder: true,
    expect: { message: '1000文字以内で入力してください', kind: 'UP2KYO' },
  },
  {
    name: 'yobo-main-file-missing',
    label: '予防 send unit without its UPKIHON main file',
    zip: () => zipOf(golden('yobo').filter((f) => !/^UPKIHON_\d/u.test(f.name))),
    folder: true,
    expect: { message: '利用者基本情報（UPKIHON）がありません', kind: 'UPYOBO' },
  },
  {
    name: 'unknown-file-name',
    label: 'only files whose names are outside the standard',
    zip: () => zipOf(golden('kyotaku').map((f, i) => ({ name: `plan-${i}.csv`, bytes: f.bytes }))),
    folder: true,
    expect: { message: 'ファイル名が標準仕様の命名規約' },
  },
];

export const malformedCases: readonly MalformedCase[] = [...shared, ...framing].map((c, i) => ({ ...c, name: `${String(i + 1).padStart(2, '0')}-${c.name}` }));
