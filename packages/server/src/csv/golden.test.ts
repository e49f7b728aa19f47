import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anExemplaryCaseFile, csvCarePlanSample, csvPreventionSample, exportCarePlanCsv, exportPreventionPlanCsv, type CsvExportFile } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { readCsvSource } from './csv-source.js';

/**
 * Golden files: committed sample exports for fictional clients, compared byte for byte, so any
 * change to what Kizuki writes shows in the diff. Regenerate with KIZUKI_UPDATE_GOLDEN=1 after a
 * deliberate change, and review the diff.
 */
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.KIZUKI_UPDATE_GOLDEN === '1';
const sender = { officeNumber: '0899000043', serviceType: '43', name: 'テスト居宅介護支援事業所', postalCode: '317-0000', address1: '架空県架空市桜町1-1' };

const sets: Record<string, () => CsvExportFile[]> = {
  kyotaku: () => exportCarePlanCsv([csvCarePlanSample(), anExemplaryCaseFile().build()], { sender, destination: { officeNumber: '0899000017', serviceType: '17' }, timestamp: '20250501093000' }).files,
  yobo: () =>
    exportPreventionPlanCsv([csvPreventionSample()], {
      sender: { officeNumber: '0899000046', serviceType: '46', name: '架空市地域包括支援センター' },
      destination: { officeNumber: '0899000066', serviceType: '66' },
      timestamp: '20250601090000',
      onlyRelatedClients: false,
    }).files,
};

describe('golden CSV files', () => {
  it.each(Object.keys(sets))('%s export matches the committed files byte for byte', (set) => {
    const dir = join(goldenDir, set);
    const files = sets[set]!();
    if (update) {
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    }
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(Buffer.from(f.bytes).equals(readFileSync(join(dir, f.name))), f.name).toBe(true);
  });

  it('reads the 居宅 golden folder back into the sample case file', async () => {
    const { units, ignored } = await readCsvSource({ path: join(goldenDir, 'kyotaku') });
    expect(ignored).toEqual([]);
    expect(units).toHaveLength(1);
    expect(units[0]?.accepted).toBe(true);
    const sample = csvCarePlanSample();
    expect(units[0]?.caseFiles.find((c) => c.client.insuredNumber === sample.client.insuredNumber)).toEqual(sample);
    expect(units[0]?.caseFiles.map((c) => c.client.name).sort()).toEqual(['架空 花子', '青葉 チヨ']);
  });

  it('reads the 予防 golden folder back into the sample case file', async () => {
    const { units } = await readCsvSource({ path: join(goldenDir, 'yobo') });
    expect(units[0]?.issues).toEqual([]);
    expect(units[0]?.caseFiles).toEqual([csvPreventionSample()]);
  });

  it('reads files written by hand in another vendor’s style', async () => {
    const { units, ignored } = await readCsvSource({ path: join(goldenDir, 'vendor') });
    expect(ignored.map((i) => [i.severity, i.file])).toEqual([['warning', 'UPKIHON_IMAGE_0899000999_43_0899000011_11_20250702101500_0001.jpg']]);
    const unit = units[0]!;
    expect(unit.accepted).toBe(true);
    expect(unit.issues.map((i) => `${i.severity} ${i.row ?? ''}:${i.column ?? ''} ${i.message.split(': ')[1] ?? ''}`)).toEqual([
      'warning 3:20 期間「6か月」を日付として読み取れません。記載どおりの文字として取り込みます。',
    ]);
    const plan = unit.caseFiles[0]!.carePlans[0]!;
    // 本人：… 家族：… labels are read as the parts they name, not as one block of 課題分析の結果.
    expect(plan.intentions).toEqual({ client: '自宅で暮らしたい。', family: '無理はさせたくない。' });
    // 課題 and 長期目標 repeated on every row are one 課題 with one 長期目標 and two 短期目標.
    expect(plan.needs).toHaveLength(1);
    const [ltg] = plan.needs[0]!.longTermGoals;
    expect(plan.needs[0]!.longTermGoals).toHaveLength(1);
    expect(ltg?.period).toEqual({ start: '2025-07-01', end: '2026-06-30', text: 'R7.7.1～R8.6.30' });
    expect(ltg?.shortTermGoals.map((s) => [s.text, s.period?.end, s.serviceLines.map((l) => [l.kind, l.serviceTypeCode, l.period?.end ?? l.period?.text])])).toEqual([
      ['浴槽をまたげる', '2025-12-31', [['insured', '11', '2025-12-31'], ['informal', undefined, '2025-12-31']]],
      ['洗身を自分でできる', '2025-12-31', [['insured', '11', '6か月']]],
    ]);
    expect(plan.weeklySchedule?.entries.map((e) => [e.day, e.start, e.end])).toEqual([[2, '10:00', '11:00'], [5, '10:00', '11:00']]);
    expect(plan.weeklySchedule?.dailyActivities).toEqual([{ id: 'da-1', start: '07:00', content: '起床' }]);
    expect(plan.weeklySchedule?.nonWeeklyServices).toBe('通院（月1回）');
    expect(unit.caseFiles[0]!.client).toMatchObject({ name: '架空 五郎', nameKana: 'カクウ ゴロウ', sex: 'male', birthDate: '1937-05-05' });
  });
});
