import { z } from 'zod';
import { decodeMs932, encodeMs932 } from '../csv/ms932.js';
import { toMs932Text } from '../csv/ms932-convert.js';
import { parseCsvText } from '../csv/csv-parser.js';
import { newTextDecoder } from '../csv/text-decoder.js';
import { looksLikeUtf8 } from '../csv/utf8-sniff.js';
import { utf8Bytes } from '../fhir/uuid-v5.js';
import { toHalfWidth } from '../text/normalize-text.js';
import { formatWeekdays, resourceKindLabels, resourceKinds, resourceSchema, type Resource, type ResourceKind } from './resource.schema.js';

/**
 * 社会資源 as a municipal list keeps them: one row per resource, Japanese headers in any order,
 * full-width digits, 〜 ranges (「１０：００〜１２：００」「月〜金」), tags separated by 、・/ and
 * dates in 和暦 or 西暦. A file is UTF-8 (with or without BOM) or Shift_JIS (MS932).
 *
 * Import is all or nothing: every row is checked first and any bad row (or a row naming an entry
 * that is already in the directory) refuses the whole file with the list of row errors, so a
 * corrected file can be loaded again without creating half the list twice.
 */

export const resourceCsvColumns = [
  { key: 'name', header: '名称', aliases: ['資源名', '名前', '団体名', '事業所名'] },
  { key: 'kind', header: '種別', aliases: ['種類', '分類'] },
  { key: 'area', header: '日常生活圏域', aliases: ['圏域', '生活圏域'] },
  { key: 'district', header: '地区', aliases: ['町名', '自治会'] },
  { key: 'tags', header: '内容', aliases: ['内容タグ', 'タグ', 'できること'] },
  { key: 'days', header: '曜日', aliases: ['開催曜日', '実施曜日'] },
  { key: 'time', header: '時間', aliases: ['開催時間', '実施時間'] },
  { key: 'scheduleNote', header: '日程の補足', aliases: ['開催日', '備考（日程）'] },
  { key: 'cost', header: '費用', aliases: ['利用料', '参加費'] },
  { key: 'capacity', header: '定員', aliases: [] },
  { key: 'waiting', header: '待機者数', aliases: ['待機', '空き待ち'] },
  { key: 'contact', header: '連絡先', aliases: ['電話番号', '問い合わせ先'] },
  { key: 'address', header: '所在地', aliases: ['住所', '場所', '会場'] },
  { key: 'officeNumber', header: '事業所番号', aliases: [] },
  { key: 'maintainer', header: '情報の管理者', aliases: ['管理者', '担当', '更新者'] },
  { key: 'confirmedOn', header: '最終確認日', aliases: ['確認日', '更新日'] },
  { key: 'description', header: '説明', aliases: ['備考', '概要'] },
] as const;
type ColumnKey = (typeof resourceCsvColumns)[number]['key'];

export interface ResourceCsvRowError {
  /** physical line of the file (1 = header) */
  line: number;
  column?: string;
  message: string;
}

export interface ResourceCsvReadResult {
  encoding: 'utf-8' | 'shift_jis';
  resources: Resource[];
  errors: ResourceCsvRowError[];
}

const dayChars = '月火水木金土日';

/** 「月・水・金」「月〜金」「毎日」「平日」 → [1,3,5] …; undefined when unreadable. */
export function parseWeekdays(text: string): number[] | undefined {
  const t = toHalfWidth(text).replace(/曜日?/gu, '').replace(/\s/gu, '');
  if (t === '' || t === '随時' || t === '不定期') return [];
  if (t === '毎日') return [1, 2, 3, 4, 5, 6, 7];
  if (t === '平日') return [1, 2, 3, 4, 5];
  const days = new Set<number>();
  for (const part of t.split(/[・、,/]/u)) {
    if (part === '') continue;
    const range = /^(.)[〜～~-](.)$/u.exec(part);
    if (range) {
      const from = dayChars.indexOf(range[1] ?? '');
      const to = dayChars.indexOf(range[2] ?? '');
      if (from < 0 || to < 0 || to < from) return undefined;
      for (let d = from; d <= to; d++) days.add(d + 1);
      continue;
    }
    for (const ch of part) {
      const d = dayChars.indexOf(ch);
      if (d < 0) return undefined;
      days.add(d + 1);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** 「１０：００〜１２：００」「10時〜12時30分」 → start and end. */
export function parseTimeRange(text: string): { start?: string; end?: string } | undefined {
  const t = toHalfWidth(text).replace(/\s/gu, '');
  if (t === '') return {};
  const parts = t.split(/[〜～~]|-(?=\d)/u);
  if (parts.length > 2) return undefined;
  const times = parts.map((p) => {
    if (p === '') return '';
    const m = /^(\d{1,2})(?::|時)(\d{2})?分?$/u.exec(p) ?? /^(\d{1,2})時$/u.exec(p);
    if (!m) return undefined;
    const h = Number(m[1]);
    const min = Number(m[2] ?? '0');
    if (h > 24 || min > 59) return undefined;
    return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  });
  if (times.some((x) => x === undefined)) return undefined;
  const [start = '', end = ''] = times as string[];
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function kindOf(text: string): ResourceKind | undefined {
  const t = toHalfWidth(text);
  return resourceKinds.find((k) => k === t || resourceKindLabels[k] === t);
}

function decode(bytes: Uint8Array): { text: string; encoding: ResourceCsvReadResult['encoding'] } {
  if (looksLikeUtf8(bytes)) {
    const text = newTextDecoder('utf-8').decode(bytes);
    return { text: text.replace(/^\uFEFF/u, ''), encoding: 'utf-8' };
  }
  return { text: decodeMs932(bytes), encoding: 'shift_jis' };
}

/** Reads a resource list; `errors` lists every bad row (nothing should be imported then). */
export function readResourceCsv(bytes: Uint8Array): ResourceCsvReadResult {
  const { text, encoding } = decode(bytes);
  const { records, unterminatedQuoteLine } = parseCsvText(text);
  const errors: ResourceCsvRowError[] = [];
  if (unterminatedQuoteLine !== undefined) errors.push({ line: unterminatedQuoteLine, message: '引用符（"）が閉じられていません。ファイルが途中で切れている可能性があります。' });
  const [header, ...rows] = records;
  if (!header) return { encoding, resources: [], errors: [{ line: 1, message: 'ファイルが空です。1行目に見出し（名称,種別,日常生活圏域 …）が必要です。' }] };
  const columnAt = new Map<ColumnKey, number>();
  header.fields.forEach((field, i) => {
    const h = toHalfWidth(field).replace(/\s/gu, '');
    const column = resourceCsvColumns.find((c) => c.header === h || (c.aliases as readonly string[]).includes(h));
    if (column && !columnAt.has(column.key)) columnAt.set(column.key, i);
  });
  for (const required of ['name', 'kind', 'area', 'maintainer'] as const) {
    if (!columnAt.has(required)) errors.push({ line: header.line, column: resourceCsvColumns.find((c) => c.key === required)?.header ?? required, message: `見出しに「${resourceCsvColumns.find((c) => c.key === required)?.header ?? required}」の列がありません。` });
  }
  if (errors.length > 0) return { encoding, resources: [], errors };
  const resources: Resource[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    const cell = (key: ColumnKey) => {
      const i = columnAt.get(key);
      return i === undefined ? '' : (record.fields[i] ?? '').trim();
    };
    const rowErrors: ResourceCsvRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ line: record.line, column, message });
    const kind = kindOf(cell('kind'));
    if (!kind) fail('種別', `種別「${cell('kind')}」は ${resourceKinds.map((k) => resourceKindLabels[k]).join('・')} のいずれかにしてください。`);
    const days = parseWeekdays(cell('days'));
    if (days === undefined) fail('曜日', `曜日「${cell('days')}」を読めません（例: 月・水・金、月〜金、毎日）。`);
    const time = parseTimeRange(cell('time'));
    if (time === undefined) fail('時間', `時間「${cell('time')}」を読めません（例: 10:00〜12:00）。`);
    const tags = cell('tags').split(/[、,・/／]/u).map((t) => t.trim()).filter((t) => t !== '');
    const number = (key: ColumnKey) => {
      const t = toHalfWidth(cell(key)).replace(/[人名,]/gu, '');
      return t === '' ? undefined : t;
    };
    const candidate = {
      name: cell('name'),
      kind,
      area: cell('area'),
      district: cell('district'),
      tags,
      description: cell('description'),
      days: days ?? [],
      ...(time ?? {}),
      scheduleNote: cell('scheduleNote'),
      cost: cell('cost'),
      capacity: number('capacity'),
      waiting: number('waiting'),
      contact: cell('contact'),
      address: cell('address'),
      officeNumber: cell('officeNumber'),
      maintainer: cell('maintainer'),
      confirmedOn: cell('confirmedOn'),
    };
    if (rowErrors.length === 0) {
      const parsed = resourceSchema.safeParse(candidate);
      if (parsed.success) {
        const key = resourceKey(parsed.data);
        const first = seen.get(key);
        if (first !== undefined) fail('名称', `${first}行目と同じ名称・地区の資源です。`);
        else {
          seen.set(key, record.line);
          resources.push(parsed.data);
        }
      } else {
        for (const issue of parsed.error.issues) fail(columnHeader(issue.path), issue.message);
      }
    }
    errors.push(...rowErrors);
  }
  if (rows.length === 0) errors.push({ line: 2, message: 'データの行がありません。' });
  return { encoding, resources: errors.length === 0 ? resources : [], errors };
}

function columnHeader(path: readonly PropertyKey[]): string {
  const key = String(path[0] ?? '');
  if (key === 'start' || key === 'end') return '時間';
  return resourceCsvColumns.find((c) => c.key === key)?.header ?? key;
}

/** Identity of a directory entry for duplicate checks: name and 地区 (or 圏域), width-normalized. */
export function resourceKey(r: Pick<Resource, 'name' | 'district' | 'area'>): string {
  return `${toHalfWidth(r.name).replace(/\s/gu, '')}|${toHalfWidth(r.district ?? r.area).replace(/\s/gu, '')}`;
}

const quote = (value: string) => (/[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value);

/** The directory as a CSV with the import's headers; Shift_JIS reports characters it had to change. */
export function writeResourceCsv(resources: readonly Resource[], encoding: 'utf-8' | 'shift_jis'): { bytes: Uint8Array; changedCharacters: number } {
  const lines = [resourceCsvColumns.map((c) => c.header).join(',')];
  for (const r of resources) {
    const time = r.start || r.end ? `${r.start ?? ''}〜${r.end ?? ''}` : '';
    const values: Record<ColumnKey, string> = {
      name: r.name,
      kind: resourceKindLabels[r.kind],
      area: r.area,
      district: r.district ?? '',
      tags: r.tags.join('・'),
      days: formatWeekdays(r.days),
      time,
      scheduleNote: r.scheduleNote ?? '',
      cost: r.cost ?? '',
      capacity: r.capacity === undefined ? '' : String(r.capacity),
      waiting: r.waiting === undefined ? '' : String(r.waiting),
      contact: r.contact ?? '',
      address: r.address ?? '',
      officeNumber: r.officeNumber ?? '',
      maintainer: r.maintainer,
      confirmedOn: r.confirmedOn ?? '',
      description: r.description ?? '',
    };
    lines.push(resourceCsvColumns.map((c) => quote(values[c.key])).join(','));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  if (encoding === 'utf-8') return { bytes: utf8Bytes(`\uFEFF${text}`), changedCharacters: 0 };
  const converted = toMs932Text(text);
  return { bytes: encodeMs932(converted.text), changedCharacters: converted.conversions.length };
}

/** Query of `GET /api/region/resources.csv`. */
export const resourceCsvEncodingSchema = z.enum(['utf-8', 'shift_jis'], { error: '文字コードは utf-8 か shift_jis を指定してください' });
