import { describe, expect, it } from 'vitest';
import { csvUsageResultSample, csvUsageSample } from './csv-samples.js';
import { exportUsageCsv } from './export-unit.js';
import { importCsvFiles } from './import-unit.js';
import { decodeMs932, encodeMs932 } from './ms932.js';

const options = { sender: { officeNumber: '0899000043', serviceType: '43' }, destination: { officeNumber: '0899000015', serviceType: '15' }, timestamp: '20250501093000', month: '2025-05' };

function edit(files: ReturnType<typeof exportUsageCsv>['files'], prefix: string, change: (text: string) => string) {
  return files.map((f) => (f.name.startsWith(prefix) ? { name: f.name, bytes: encodeMs932(change(decodeMs932(f.bytes))) } : f));
}

describe('import of a サービス利用票 send unit (第6表 + 第7表 + 利用者補足)', () => {
  it('gives back the month as exported, but for what 第6表/第7表 do not carry (サービス内容, the plan it carries out)', () => {
    const sample = csvUsageSample();
    const unit = importCsvFiles(exportUsageCsv([sample], options).files).units[0];
    expect(unit?.issues).toEqual([]);
    expect(unit?.accepted).toBe(true);
    const [caseFile] = unit?.caseFiles ?? [];
    expect(caseFile?.client).toEqual(sample.client);
    expect(caseFile?.carePlans).toEqual([]);
    const expected = sample.serviceUsages[0]!;
    const got = caseFile?.serviceUsages[0];
    expect(got?.certificationId).toBe(caseFile?.certifications[0]?.id);
    expect(caseFile?.certifications[0]).toMatchObject({ careLevel: sample.certifications[0]?.careLevel });
    const withoutUnsent = ({ carePlanId: _p, certificationId: _c, ...usage }: typeof expected) => ({ ...usage, lines: usage.lines.map(({ serviceName: _n, ...line }) => line) });
    expect(withoutUnsent(got!)).toEqual(withoutUnsent(expected));
  });

  it('rejects 第7表 rows without their 第6表, and a 第6表 without its 利用者補足', () => {
    const files = exportUsageCsv([csvUsageSample()], options).files;
    const orphan = importCsvFiles(edit(files, 'UPSIKYU', (t) => t.replaceAll('0000054321', '0000054399'))).units[0];
    expect(orphan?.accepted).toBe(false);
    expect(orphan?.issues.some((i) => i.severity === 'error' && i.message.includes('対応する第6表（UPPLAN）がありません'))).toBe(true);
    const noSupplement = importCsvFiles(files.filter((f) => !f.name.startsWith('UPHOSOKU'))).units[0];
    expect(noSupplement?.accepted).toBe(false);
    expect(noSupplement?.issues.some((i) => i.message.includes('対応する利用者補足情報（UPHOSOKU、作成（変更）日 00000000）がありません'))).toBe(true);
  });

  it('rejects rows of another month than the file name says', () => {
    const files = edit(exportUsageCsv([csvUsageSample()], options).files, 'UPPLAN', (t) => t.replaceAll(',202505,', ',202506,').replaceAll(',202505', ',202506'));
    const unit = importCsvFiles(files).units[0];
    expect(unit?.accepted).toBe(false);
    expect(unit?.issues.some((i) => i.message.includes('ファイル名の年月 202505 と違います'))).toBe(true);
  });
});

describe('units over the 区分支給限度基準額 read back from 第7表', () => {
  function overLimit(assigned?: number) {
    const sample = csvUsageSample();
    const usage = sample.serviceUsages[0]!;
    const lines = usage.lines.map((l, i) => (i === 1 ? { ...l, units: 4000, ...(assigned !== undefined ? { overLimitUnits: assigned } : {}) } : l));
    return { ...sample, serviceUsages: [{ ...usage, lines }] };
  }
  const readBack = (caseFile: ReturnType<typeof overLimit>) => importCsvFiles(exportUsageCsv([caseFile], options).files).units[0]?.caseFiles[0]?.serviceUsages[0];

  it('stay calculated when 第7表 holds what Kizuki calculates itself', () => {
    const usage = readBack(overLimit());
    expect(usage?.lines.map((l) => l.overLimitUnits)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('are kept as the care manager assigned them otherwise', () => {
    const usage = readBack(overLimit(9032));
    expect(usage?.lines[1]?.overLimitUnits).toBe(9032);
  });
});

describe('import of 実績 (UPJSK) from a provider', () => {
  it('reads the days provided per client, month and provider, and keeps no case file', () => {
    const unit = importCsvFiles([csvUsageResultSample()]).units[0];
    expect(unit?.issues).toEqual([]);
    expect(unit?.accepted).toBe(true);
    expect(unit?.caseFiles).toEqual([]);
    expect(unit?.usageResults).toHaveLength(1);
    const [result] = unit?.usageResults ?? [];
    expect(result).toMatchObject({ insurerNumber: '089999', insuredNumber: '0000054321', month: '2025-05', providerOfficeNumber: '0899000015' });
    expect(result?.lines.map((l) => [l.serviceCode, l.plannedDays, l.actualDays])).toEqual([
      ['151311', [], [1, 5, 8, 15, 19, 22, 26, 29]],
      ['155010', [], [1, 5, 8, 15, 19, 22, 26, 29]],
    ]);
  });
});
