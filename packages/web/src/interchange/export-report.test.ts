import { describe, expect, it } from 'vitest';
import { byteSizeText, decodeBase64UrlText, decodeExportDetail, fileNameFromDisposition, readExportReport } from './export-report.js';

/** base64 (standard alphabet, padded) of bytes. */
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
/** What the server writes: base64url of the JSON's UTF-8 bytes, no padding. */
const encode = (value: unknown) =>
  base64(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');

const conversion = { file: 'UP2KYO_x.CSV', row: 3, column: '課題', field: 'UP2KYO_x.CSV 3行目「課題」', original: '𠮷', replacement: '吉' };
const exclusion = { insuredNumber: '0000054321', item: '第2表「特定福祉用具販売」', reason: '連携対象外のサービスです' };
const skipped = { insuredNumber: '0000054321', name: '架空 花子', reason: '介護予防サービス・支援計画書がありません' };

describe('the report headers of a CSV export', () => {
  it('decodes base64url UTF-8 text with or without padding, and refuses other text', () => {
    expect(decodeBase64UrlText(encode('髙橋 𠮷田 ①'))).toBe('髙橋 𠮷田 ①');
    expect(decodeBase64UrlText(base64(new TextEncoder().encode('ab')))).toBe('ab'); // padded
    expect(decodeBase64UrlText(encode('>>>?'))).toBe('>>>?'); // '-' and '_' of the URL alphabet
    expect(encode('>>>?')).toMatch(/[-_]/u);
    expect(decodeBase64UrlText(base64(new Uint8Array([0xfb, 0xff])).replace(/\+/gu, '-').replace(/\//gu, '_'))).toBeUndefined(); // not UTF-8
    for (const bad of ['a+b/', 'abc$', 'a', '====']) expect(decodeBase64UrlText(bad), bad).toBeUndefined();
  });

  it('reads conversions, exclusions and skipped clients from X-Kizuki-Csv-Report', () => {
    expect(decodeExportDetail(encode({ conversions: [conversion], excluded: [exclusion], skipped: [skipped] }))).toEqual({
      conversions: [conversion],
      excluded: [exclusion],
      skipped: [skipped],
    });
    expect(decodeExportDetail(encode({ conversions: [], excluded: [] }))).toEqual({ conversions: [], excluded: [], skipped: [] });
  });

  it('gives no detail for a missing, damaged or wrongly shaped header rather than guessing', () => {
    expect(decodeExportDetail(null)).toBeUndefined();
    expect(decodeExportDetail('')).toBeUndefined();
    expect(decodeExportDetail('%%%')).toBeUndefined();
    expect(decodeExportDetail(encode('not json {'))).toBeUndefined();
    expect(decodeExportDetail(encode([1, 2]))).toBeUndefined();
    expect(decodeExportDetail(encode({ conversions: [{ field: 'x', original: 1, replacement: 'y' }], excluded: [] }))).toBeUndefined();
    expect(decodeExportDetail(encode({ conversions: [], excluded: 'none' }))).toBeUndefined();
  });

  it('reads the counts and the detail from the headers', () => {
    const headers = new Headers({
      'X-Kizuki-Csv-Files': '4',
      'X-Kizuki-Csv-Conversions': '1',
      'X-Kizuki-Csv-Excluded': '1',
      'X-Kizuki-Csv-Report': encode({ conversions: [conversion], excluded: [exclusion], skipped: [] }),
    });
    expect(readExportReport(headers)).toEqual({ files: 4, conversionCount: 1, excludedCount: 1, detail: { conversions: [conversion], excluded: [exclusion], skipped: [] } });
    // Too long for a header: only the counts.
    expect(readExportReport(new Headers({ 'X-Kizuki-Csv-Files': '12', 'X-Kizuki-Csv-Conversions': '900', 'X-Kizuki-Csv-Excluded': '0' }))).toEqual({
      files: 12,
      conversionCount: 900,
      excludedCount: 0,
      detail: undefined,
    });
    expect(readExportReport(new Headers({ 'X-Kizuki-Csv-Files': 'many' }))).toEqual({ files: undefined, conversionCount: undefined, excludedCount: undefined, detail: undefined });
  });

  it('takes the ZIP name from Content-Disposition, never a path, with a fallback', () => {
    expect(fileNameFromDisposition('attachment; filename="kizuki-csv-20250510093000.zip"', 'x.zip')).toBe('kizuki-csv-20250510093000.zip');
    expect(fileNameFromDisposition('attachment; filename=kizuki.zip; size=3', 'x.zip')).toBe('kizuki.zip');
    expect(fileNameFromDisposition(`attachment; filename="a.zip"; filename*=UTF-8''%E9%80%A3%E6%90%BA.zip`, 'x.zip')).toBe('連携.zip');
    expect(fileNameFromDisposition('attachment; filename="../../etc/evil.zip"', 'x.zip')).toBe('evil.zip');
    expect(fileNameFromDisposition('attachment; filename=".."', 'x.zip')).toBe('x.zip');
    expect(fileNameFromDisposition('attachment', 'x.zip')).toBe('x.zip');
    expect(fileNameFromDisposition(null, 'x.zip')).toBe('x.zip');
  });

  it('writes sizes for people', () => {
    expect(byteSizeText(512)).toBe('512 バイト');
    expect(byteSizeText(12_600)).toBe('12.3 KB');
    expect(byteSizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
