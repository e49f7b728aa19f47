import { describe, expect, it } from 'vitest';
import { csvCarePlanSample, csvUsageSample } from './csv-samples.js';
import { exportCarePlanCsv, exportUsageCsv } from './export-unit.js';
import { importCsvFiles } from './import-unit.js';
import { mergeCaseFilesByClient } from './merge-case-files.js';

const sender = { officeNumber: '0899000043', serviceType: '43' };
const destination = { officeNumber: '0899000015', serviceType: '15' };

function planWith(overallPolicy: string, planDate = '2025-05-01') {
  const sample = csvCarePlanSample();
  return { ...sample, carePlans: sample.carePlans.map((p) => ({ ...p, overallPolicy, planDate })) };
}

describe('mergeCaseFilesByClient', () => {
  it('puts a client’s plan (①) and month (②) from two units together, the certification once', () => {
    const files = [
      ...exportCarePlanCsv([csvCarePlanSample()], { sender, destination, timestamp: '20250501093000', onlyRelatedClients: false }).files,
      ...exportUsageCsv([csvUsageSample()], { sender, destination, timestamp: '20250501093100', month: '2025-05' }).files,
    ];
    const units = importCsvFiles(files).units;
    expect(units.map((u) => u.accepted)).toEqual([true, true]);
    const merged = mergeCaseFilesByClient(units.flatMap((u) => u.caseFiles));
    expect(merged).toHaveLength(1);
    const [caseFile] = merged;
    expect(caseFile?.carePlans).toHaveLength(1);
    expect(caseFile?.serviceUsages.map((u) => u.month)).toEqual(['2025-05']);
    expect(caseFile?.certifications).toHaveLength(1);
    expect(caseFile?.serviceUsages[0]?.certificationId).toBe(caseFile?.certifications[0]?.id);
    expect(caseFile?.carePlans[0]?.certificationId).toBe(caseFile?.certifications[0]?.id);
  });

  it('lets a later unit’s plan of the same 作成日 replace the earlier one, and keeps plans of other dates', () => {
    const read = (caseFile: ReturnType<typeof planWith>, timestamp: string) => importCsvFiles(exportCarePlanCsv([caseFile], { sender, destination, timestamp, onlyRelatedClients: false }).files).units[0]!.caseFiles;
    const merged = mergeCaseFilesByClient([...read(planWith('最初の方針'), '20250501090000'), ...read(planWith('見直した方針'), '20250502090000'), ...read(planWith('次の計画', '2025-11-01'), '20251101090000')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.carePlans.map((p) => [p.planDate, p.overallPolicy])).toEqual([
      ['2025-05-01', '見直した方針'],
      ['2025-11-01', '次の計画'],
    ]);
  });
});
