import { describe, expect, it } from 'vitest';
import { csvBadInputCorpus } from './csv-bad-input.js';
import { csvCarePlanSample, csvPreventionSample } from './csv-samples.js';
import { exportCarePlanCsv, exportPreventionPlanCsv } from './export-unit.js';
import { buildSendUnits, CsvImportCollector, importCsvFiles } from './import-unit.js';
import { decodeMs932, encodeMs932 } from './ms932.js';

const sender = { officeNumber: '0899000043', serviceType: '43', name: 'テスト居宅介護支援事業所' };
const destination = { officeNumber: '0899000017', serviceType: '17' };

type File = { name: string; bytes: Uint8Array };


function carePlanFiles(timestamp = '20250501093000'): File[] {
  return exportCarePlanCsv([csvCarePlanSample()], { sender, destination, timestamp }).files;
}

/** The files with one file's text changed (decoded, edited, encoded again). */
function edit(files: File[], prefix: string, change: (text: string) => string): File[] {
  return files.map((f) => (f.name.startsWith(`${prefix}_`) ? { name: f.name, bytes: encodeMs932(change(decodeMs932(f.bytes))) } : f));
}

describe('import of a 居宅 send unit', () => {
  it('gives back the exported case file exactly (round trip)', () => {
    const { units, ignored } = importCsvFiles(carePlanFiles());
    expect(ignored).toEqual([]);
    expect(units).toHaveLength(1);
    const [unit] = units;
    expect(unit?.accepted).toBe(true);
    expect(unit?.caseFiles).toEqual([csvCarePlanSample()]);
    // The only note: a period written as words is kept as text.
    expect(unit?.issues.map((i) => [i.severity, i.row, i.column, i.message.split(': ')[1]])).toEqual([['warning', 5, 11, '期間「認定期間中」を日付として読み取れません。記載どおりの文字として取り込みます。']]);
  });

  it('reads 第2表 whose 課題 and 目標 are repeated in full on every row, as some vendors write it', () => {
    const full = edit(carePlanFiles(), 'UP2KYO', (text) => {
      const rows = text.split('\r\n');
      // Rows 2 and 3 repeat the 課題 and 長期目標 of row 1 instead of leaving them blank.
      const first = rows[0]!.split(',');
      for (const at of [1, 2]) {
        const cells = rows[at]!.split(',');
        cells[6] = first[6]!;
        cells[8] = first[8]!;
        cells[10] = first[10]!;
        rows[at] = cells.join(',');
      }
      return rows.join('\r\n');
    });
    expect(importCsvFiles(full).units[0]?.caseFiles).toEqual([csvCarePlanSample()]);
  });

  it('reads 第2表 that numbers every row as its own 援助目標 and leaves repeated goals blank', () => {
    const renumbered = edit(carePlanFiles(), 'UP2KYO', (text) => {
      const rows = text.split('\r\n');
      // Row 2 (the second 援助内容 of goal 1) gets 援助目標ＮＯ 2, goal 2 becomes 3.
      rows[1] = rows[1]!.replace(/^((?:[^,]*,){7})1,/u, '$12,');
      rows[2] = rows[2]!.replace(/^((?:[^,]*,){7})2,/u, '$13,');
      return rows.join('\r\n');
    });
    expect(importCsvFiles(renumbered).units[0]?.caseFiles).toEqual([csvCarePlanSample()]);
  });

  it('reads the periods other vendors write', () => {
    const files = edit(carePlanFiles(), 'UP2KYO', (text) => text.replace('"令和7年5月1日～令和8年4月30日"', '"2025/05/01~2026/04/30"'));
    const plan = importCsvFiles(files).units[0]!.caseFiles[0]!.carePlans[0]!;
    expect(plan.needs[0]?.longTermGoals[0]?.period).toEqual({ start: '2025-05-01', end: '2026-04-30', text: '2025/05/01~2026/04/30' });
  });

  it('keeps two send units apart and rejects only the bad one', () => {
    const bad = edit(carePlanFiles('20250501100000'), 'UP1KYO', (text) => text.replace(',23,"', ',99,"'));
    const { units } = importCsvFiles([...carePlanFiles(), ...bad]);
    expect(units.map((u) => [u.timestamp, u.accepted, u.caseFiles.length])).toEqual([
      ['20250501093000', true, 1],
      ['20250501100000', false, 0],
    ]);
  });

  it('streams: bytes pushed in small chunks give the same result', () => {
    const collector = new CsvImportCollector();
    for (const file of carePlanFiles()) {
      const sink = collector.openFile(file.name)!;
      for (let i = 0; i < file.bytes.length; i += 7) sink.push(file.bytes.slice(i, i + 7));
      sink.close();
    }
    expect(buildSendUnits(collector.finish()).units[0]?.caseFiles).toEqual([csvCarePlanSample()]);
  });
});

describe('import of a 予防 send unit', () => {
  it('gives back the exported case file exactly (round trip)', () => {
    const { files } = exportPreventionPlanCsv([csvPreventionSample()], { sender: { ...sender, serviceType: '46' }, destination: { officeNumber: '0899000066', serviceType: '66' }, timestamp: '20250601090000', onlyRelatedClients: false });
    const unit = importCsvFiles(files).units[0];
    expect(unit?.issues).toEqual([]);
    expect(unit?.caseFiles).toEqual([csvPreventionSample()]);
  });
});

describe('bad input: each rejected whole with a precise Japanese report', () => {
  it.each(csvBadInputCorpus.map((c) => [c.label, c] as const))('%s', (_label, bad) => {
    const { units } = importCsvFiles(bad.spoil(carePlanFiles()));
    expect(units).toHaveLength(1);
    const unit = units[0]!;
    expect(unit.accepted).toBe(false);
    expect(unit.caseFiles).toEqual([]);
    const errors = unit.issues.filter((i) => i.severity === 'error');
    const match = errors.find((i) => i.message.includes(bad.message) && (!bad.kind || i.file.startsWith(`${bad.kind}_`)));
    expect(match, errors.map((e) => e.message).join('\n')).toBeDefined();
    if (bad.row !== undefined) expect(match?.row).toBe(bad.row);
    if (bad.column !== undefined) expect(match?.column).toBe(bad.column);
    expect(match?.message.startsWith(match.file)).toBe(true);
  });

  it('reports file names outside the rule without guessing', () => {
    const result = importCsvFiles([{ name: 'plan.csv', bytes: new Uint8Array([0x31]) }, { name: 'README.txt', bytes: new Uint8Array() }]);
    expect(result.units).toEqual([]);
    expect(result.ignored.map((i) => [i.severity, i.file])).toEqual([['error', 'plan.csv'], ['warning', 'README.txt']]);
    expect(result.ignored[0]?.message).toContain('命名規約');
  });
});
