/**
 * What `importCsvFiles` makes of the benchmark's CSV, held as a snapshot (a digest of the whole
 * result: every case file with its keys in order, every issue, in order): the generated plans as
 * exported, and the same files written as other software does (periods in 西暦 and free text,
 * half-width kana, spaces around codes) with some bad values. Work on the import's speed must
 * leave both unchanged.
 */
import { createHash } from 'node:crypto';
import { decodeMs932, encodeMs932, exportCarePlanCsv, importCsvFiles, type CsvExportFile } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { syntheticCaseFiles } from './synthetic-plans.js';

const options = { sender: { officeNumber: '0899000043', serviceType: '43', name: 'ベンチ居宅' }, destination: { officeNumber: '0899000016', serviceType: '16' }, timestamp: '20250401090000' };
const files = exportCarePlanCsv(syntheticCaseFiles(1000), options).files;

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

function summary(result: ReturnType<typeof importCsvFiles>) {
  const units = result.units.map((u) => ({ accepted: u.accepted, caseFiles: u.caseFiles.length, errors: u.issues.filter((i) => i.severity === 'error').length, warnings: u.issues.filter((i) => i.severity === 'warning').length }));
  return { units, digest: digest(result) };
}

/** Rewrites every `n`th record (CRLF-separated, quotes never span records in the export) of a file. */
function rewrite(file: CsvExportFile, n: number, edit: (record: string, index: number) => string): CsvExportFile {
  const records = decodeMs932(file.bytes).split('\r\n');
  const text = records.map((r, i) => (r !== '' && i % n === 0 ? edit(r, i) : r)).join('\r\n');
  return { ...file, bytes: encodeMs932(text) };
}

/** Writes the generated files the ways other software does, with bad values in 第1表 when `bad`. */
function vendorStyle(list: readonly CsvExportFile[], bad: boolean): CsvExportFile[] {
  return list.map((file) => {
    if (file.name.startsWith('UP2KYO')) {
      return rewrite(file, 3, (r, i) =>
        r
          .replace(/令和7年4月1日～令和7年9月30日/gu, i % 2 === 0 ? '2025/04/01～2025/09/30' : 'R7.4～R7.9')
          .replace(/令和8年3月31日/gu, i % 5 === 0 ? '認定期間中' : '令和8年3月末')
          .replace(/"週2回"/u, '"ｼｭｳ2ｶｲ　"'),
      );
    }
    if (file.name.startsWith('UP1KYO') && bad) return rewrite(file, 97, (r) => r.replace(/,20250401,/u, ',20250431,'));
    if (file.name.startsWith('UP3KYO')) return rewrite(file, 7, (r, i) => (i % 2 === 0 ? r.replace(/,"/u, ', "') : r));
    if (file.name.startsWith('UPHOSOKU')) return rewrite(file, 11, (r) => r.replace(/,(\d{6}),/u, ', $1 ,'));
    return file;
  });
}

describe('CSV import of the generated plans', () => {
  it('gives the same result as exported', () => {
    const result = importCsvFiles(files);
    expect(result.units[0]?.accepted).toBe(true);
    expect(summary(result)).toMatchSnapshot();
  });

  it('gives the same result written as other software does', () => {
    const result = importCsvFiles(vendorStyle(files, false));
    expect(result.units[0]?.accepted).toBe(true);
    expect(summary(result)).toMatchSnapshot();
  });

  it('gives the same errors for bad values', () => {
    const result = importCsvFiles(vendorStyle(files, true));
    expect(result.units[0]?.accepted).toBe(false);
    expect(summary(result)).toMatchSnapshot();
  });
});
