import type { CodeEntry } from '../domain/common.schema.js';

/** YYYY-MM-DD → YYYYMMDD ('' when absent). */
export function toCsvDate(date: string | undefined): string {
  return date ? date.replace(/-/gu, '') : '';
}

/** YYYYMMDD → YYYY-MM-DD (undefined when blank or a placeholder such as 00000000). */
export function fromCsvDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{8}$/u.test(value) || value === '00000000') return undefined;
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

/** HH:MM → HHMM. */
export function toCsvTime(time: string | undefined): string {
  return time ? time.replace(':', '') : '';
}

/** HHMM → HH:MM (undefined when blank or 9999 = no time). */
export function fromCsvTime(value: string | undefined): string | undefined {
  if (!value || value === '9999') return undefined;
  return `${value.slice(0, 2)}:${value.slice(2, 4)}`;
}

/** The CSV code of an enum value through its code table ('' when absent). */
export function toCsvCode<K extends string>(table: Record<K, CodeEntry>, key: K | undefined): string {
  return key === undefined ? '' : table[key].code;
}

/** Each code table's keys by code, made on first use (the first key wins when two share a code). */
const keysByCode = new WeakMap<object, ReadonlyMap<string, string>>();

/** The enum key of a CSV code (undefined when blank or unknown; unknown codes were reported by the layout check). */
export function fromCsvCode<K extends string>(table: Record<K, CodeEntry>, code: string | undefined): K | undefined {
  if (!code) return undefined;
  let byCode = keysByCode.get(table);
  if (!byCode) {
    const map = new Map<string, string>();
    for (const key of Object.keys(table) as K[]) if (!map.has(table[key].code)) map.set(table[key].code, key);
    keysByCode.set(table, map);
    byCode = map;
  }
  return byCode.get(code) as K | undefined;
}

/** A CSV value as an optional domain string: blank becomes undefined. */
export function optionalText(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** Drops keys whose value is undefined, so built objects compare equal to parsed ones. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  const out: Record<string, unknown> = {};
  for (const key in object) {
    const value = object[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** Text sections joined under 【見出し】 lines, so one CSV column can carry several domain fields. */
export function joinSections(sections: ReadonlyArray<[heading: string, text: string | undefined]>): string {
  return sections
    .filter((s): s is [string, string] => s[1] !== undefined && s[1] !== '')
    .map(([heading, text]) => `【${heading}】\n${text}`)
    .join('\n');
}
