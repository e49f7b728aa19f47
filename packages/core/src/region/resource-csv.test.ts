import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932 } from '../csv/ms932.js';
import { toMs932Text } from '../csv/ms932-convert.js';
import { parseTimeRange, parseWeekdays, readResourceCsv, writeResourceCsv } from './resource-csv.js';
import { needsConfirmation, resourceSchema } from './resource.schema.js';

const utf8 = (text: string) => new (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder().encode(text);

/** Shift_JIS bytes as a municipal system writes them (〜 becomes its MS932 twin ～). */
const sjis = (text: string) => encodeMs932(toMs932Text(text).text);

/** A fictional municipal list: columns in its own order, full-width digits, 〜 ranges, 和暦. */
const municipalList = [
  '資源名,分類,圏域,町名,できること,開催曜日,開催時間,参加費,定員,連絡先,担当,確認日',
  'ひばり町百歳体操,通いの場,北部圏域,ひばり町,体操・散歩,火・金,１０：００〜１１：３０,無料,２５人,0000-00-1001,包括,令和7年4月1日',
  'みなと配食,配食,南部圏域,みなと町,配食、減塩食,月〜金,11時〜12時30分,1食550円,,0000-00-2001,市 高齢福祉課,2025/4/1',
].join('\r\n');

describe('resource CSV', () => {
  it('reads a municipal list in Shift_JIS and in UTF-8 alike', () => {
    for (const bytes of [sjis(municipalList), utf8(`\uFEFF${municipalList}`)]) {
      const result = readResourceCsv(bytes);
      expect(result.errors).toEqual([]);
      expect(result.resources).toHaveLength(2);
      expect(result.resources[0]).toMatchObject({ name: 'ひばり町百歳体操', kind: 'gathering_place', district: 'ひばり町', tags: ['体操', '散歩'], days: [2, 5], start: '10:00', end: '11:30', capacity: 25, confirmedOn: '2025-04-01' });
      expect(result.resources[1]).toMatchObject({ kind: 'meal_delivery', days: [1, 2, 3, 4, 5], start: '11:00', end: '12:30', tags: ['配食', '減塩食'] });
    }
    expect(readResourceCsv(sjis(municipalList)).encoding).toBe('shift_jis');
  });

  it('refuses the whole file with every bad row located, in Japanese', () => {
    const bad = [municipalList, ',通いの場,北部圏域,,,,,,,,包括,', 'サロンA,喫茶店,北部圏域,,,火,,,,,包括,', 'サロンB,サロン,北部圏域,,,火曜と木曜,25:00〜,,,,包括,', 'ひばり町百歳体操,通いの場,北部圏域,ひばり町,,,,,,,包括,'].join('\r\n');
    const result = readResourceCsv(utf8(bad));
    expect(result.resources).toEqual([]);
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [4, '名称'],
      [5, '種別'],
      [6, '曜日'],
      [6, '時間'],
      [7, '名称'],
    ]);
    expect(result.errors[0]?.message).toBe('名称を入力してください');
    expect(result.errors[4]?.message).toContain('2行目と同じ');
  });

  it('names a missing required column', () => {
    const result = readResourceCsv(utf8('名称,種別\nA,サロン'));
    expect(result.errors.map((e) => e.column)).toEqual(['日常生活圏域', '情報の管理者']);
  });

  it('writes what it reads: export then import gives the same entries, in both encodings', () => {
    const read = readResourceCsv(utf8(municipalList)).resources;
    for (const encoding of ['utf-8', 'shift_jis'] as const) {
      const { bytes } = writeResourceCsv(read, encoding);
      const again = readResourceCsv(bytes);
      expect(again.errors).toEqual([]);
      expect(again.resources).toEqual(read);
    }
    expect(decodeMs932(writeResourceCsv(read, 'shift_jis').bytes).split('\r\n')[0]).toContain('名称,種別,日常生活圏域');
  });

  it('reads days and times as lists write them', () => {
    expect(parseWeekdays('月・水・金')).toEqual([1, 3, 5]);
    expect(parseWeekdays('火曜日、木曜日')).toEqual([2, 4]);
    expect(parseWeekdays('平日')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWeekdays('随時')).toEqual([]);
    expect(parseWeekdays('毎週')).toBeUndefined();
    expect(parseTimeRange('９：３０～１２：００')).toEqual({ start: '09:30', end: '12:00' });
    expect(parseTimeRange('13:30-15:00')).toEqual({ start: '13:30', end: '15:00' });
    expect(parseTimeRange('午後')).toBeUndefined();
  });

  it('marks entries not confirmed for a year, or never, as needing confirmation', () => {
    expect(needsConfirmation({ confirmedOn: '2024-07-10' }, '2025-07-10')).toBe(false);
    expect(needsConfirmation({ confirmedOn: '2024-07-09' }, '2025-07-10')).toBe(true);
    expect(needsConfirmation({}, '2025-07-10')).toBe(true);
  });

  it('the schema refuses an end before the start', () => {
    expect(resourceSchema.safeParse({ name: 'A', kind: 'salon', area: 'X', maintainer: 'Y', start: '12:00', end: '10:00' }).success).toBe(false);
  });
});
