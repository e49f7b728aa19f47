import { describe, expect, it } from 'vitest';
import { csvCarePlanSample, csvPreventionSample } from './csv-samples.js';
import { sameCarePlanCsvContent, samePreventionPlanCsvContent } from './csv-compare.js';
import { exportCarePlanCsv } from './export-unit.js';
import { importCsvFiles } from './import-unit.js';

describe('sameCarePlanCsvContent', () => {
  const plan = csvCarePlanSample().carePlans[0]!;

  it('sees a plan read back from its own export as the same, though MS932 turned 〜 into ～', () => {
    const withWaveDash = { ...plan, overallPolicy: '週2〜3回の通所で体力を保つ' };
    const caseFile = { ...csvCarePlanSample(), carePlans: [withWaveDash] };
    const files = exportCarePlanCsv([caseFile], { sender: { officeNumber: '0899000043', serviceType: '43' }, destination: { officeNumber: '0899000017', serviceType: '17' }, timestamp: '20250501093000' }).files;
    const back = importCsvFiles(files).units[0]?.caseFiles[0]?.carePlans[0];
    expect(back?.overallPolicy).toBe('週2～3回の通所で体力を保つ');
    expect(sameCarePlanCsvContent(withWaveDash, back!)).toBe(true);
  });

  it('tells plans apart when the CSV would say something else, but not for what it does not carry', () => {
    expect(sameCarePlanCsvContent(plan, { ...plan, overallPolicy: `${plan.overallPolicy ?? ''}。` })).toBe(false);
    expect(sameCarePlanCsvContent(plan, { ...plan, id: 'another-id', status: 'active' })).toBe(true);
    const prevention = csvPreventionSample().preventionPlans[0]!;
    expect(samePreventionPlanCsvContent(prevention, { ...prevention, overallPolicy: 'ちがう方針' })).toBe(false);
  });
});
