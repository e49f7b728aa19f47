import { describe, expect, it } from 'vitest';
import { serviceUsageSchema, type ServiceUsage } from '../domain/service-usage.schema.js';
import { calculateUsageSheet } from '../usage/usage-sheet.js';
import type { CsvRow } from './check-record.js';
import { readCsvFile } from './csv-file-reader.js';
import { writeCsvFile, type CsvValues } from './csv-file-writer.js';
import { csvUsageSample } from './csv-samples.js';
import { formatCsvFileName } from './file-name.js';
import type { CsvFileKind } from './layout-types.js';
import { csvLayouts } from './layouts.js';
import { decodeMs932 } from './ms932.js';
import { applyUsageSheetRows, groupUsageRows, usageFromPlanRows, usagePlanRows, usageSheetRows, type UsageCsvContext } from './usage-rows.js';

const context: UsageCsvContext = { insurerNumber: '089999', insuredNumber: '0000054321', planOfficeNumber: '0899000043', plannerName: '架空 一郎' };
const sample = csvUsageSample().serviceUsages[0] as ServiceUsage;
const sheet = calculateUsageSheet(sample, { limitUnits: 27048 });

function fileOf(kind: CsvFileKind, records: readonly CsvValues[]) {
  const name = formatCsvFileName({ kind, month: '202505', from: { officeNumber: '0899000043', serviceType: '43' }, to: { officeNumber: '0899000015', serviceType: '15' }, timestamp: '20250428120000' });
  return writeCsvFile(csvLayouts[kind], name, records, []);
}

/** Writes the records as the standard's bytes and reads them back with the import's reader. */
function roundTrip(kind: CsvFileKind, records: readonly CsvValues[]): CsvRow[] {
  const file = fileOf(kind, records);
  const read = readCsvFile(file.name, file.bytes);
  expect(read?.issues).toEqual([]);
  return read?.rows ?? [];
}

const withoutNames = (lines: ServiceUsage['lines']) => lines.map(({ serviceName: _name, ...line }) => line);

describe('第6表 予定 (UPPLAN) records', () => {
  const records = usagePlanRows(sample, context);
  const text = decodeMs932(fileOf('UPPLAN', records).bytes).split('\r\n');

  it('writes one record per サービス利用日 × line, in line order', () => {
    // 4 訪問介護 + 9 通所介護 + 9 加算 + 2 手すり + 1 処遇改善加算
    expect(records).toHaveLength(25);
    expect(records.map((r) => `${r.serviceCode}:${r.serviceDate}`).slice(0, 6)).toEqual(['118211:20250507', '118211:20250514', '118211:20250521', '118211:20250528', '151311:20250501', '151311:20250505']);
  });

  it('lays out the 25 items as the standard orders them', () => {
    expect(text[0]).toBe('202407,089999,0000054321,20250428,202505,0899000043,"架空 一郎",220,,20250507,,1000,1050,1,118211,,,"",,0899000011,"テスト訪問介護",,0,0899000043,""');
    expect(text[0]?.split(',')).toHaveLength(25);
  });

  it('writes 9999 for a service without a time and quotes the 用具名称 with "" escaped', () => {
    expect(text[22]).toBe('202407,089999,0000054321,20250428,202505,0899000043,"架空 一郎",300,,20250501,,9999,9999,1,171007,00001-000010,,"据置型手すり（玄関, ""テスト""）",1,0899000017,"テスト福祉用具",,0,0899000043,""');
    expect(text[25]).toBe('');
  });

  it('writes 回数 and ３０日超区分 of the line', () => {
    const usage = serviceUsageSchema.parse({ ...sample, shortStayDaysBefore: 12, lines: [{ ...sample.lines[0], timesPerDay: 2, over30Days: true, plannedDays: [3] }] });
    const [record] = usagePlanRows(usage, context);
    expect([record?.count, record?.over30Days, record?.shortStayDaysBefore]).toEqual(['2', '1', '12']);
  });
});

describe('第7表 (UPSIKYU) records', () => {
  const records = usageSheetRows(sample, sheet, context);

  it('writes the lines, a subtotal per 事業所 × サービス種類, then the 全合計', () => {
    expect(records.map((r) => `${r.providerOfficeNumber}:${r.serviceCode}`)).toEqual([
      '0899000011:118211',
      '0899000015:151311',
      '0899000015:155010',
      '0899000017:171007',
      '0899000017:171007',
      '0899000011:116275',
      '0899000011:11AAAA',
      '0899000015:15AAAA',
      '0899000017:17AAAA',
      '0899000011:11EEEE',
      '9999999999:999999',
    ]);
  });

  it('fills the line columns, leaving 給付管理単位数 blank outside the limit', () => {
    const pick = (r: CsvValues | undefined) => [r?.units, r?.count, r?.serviceUnits, r?.managedUnits, r?.levelOverUnits, r?.levelWithinUnits, r?.unitPrice, r?.benefitRate, r?.totalCost ?? ''];
    expect(pick(records[1])).toEqual(['900', '9', '8100', '8100', '0', '8100', '10.17', '90', '']);
    expect(pick(records[5])).toEqual(['215', '1', '215', '', '', '215', '10.21', '90', '']);
    expect([records[3]?.taisCode, records[3]?.equipmentName]).toEqual(['00001-000010', '据置型手すり（玄関, "テスト"）']);
  });

  it('prices the subtotals and totals them (単位数 0 on both)', () => {
    const money = (r: CsvValues | undefined) => [r?.units, r?.serviceUnits, r?.levelWithinUnits, r?.unitPrice ?? '', r?.totalCost, r?.claimAmount, r?.copay, r?.fullCopay];
    // 8,460 × 10.17 = 86,038.2 → 86,038; × 90% = 77,434.2 → 77,434
    expect(money(records[7])).toEqual(['0', '8460', '8460', '10.17', '86038', '77434', '8604', '0']);
    // 215 × 10.21 = 2,195.15 → 2,195; × 90% = 1,975.5 → 1,975
    expect(money(records[9])).toEqual(['0', '215', '215', '10.21', '2195', '1975', '220', '0']);
    expect(money(records[10])).toEqual(['0', '10155', '10155', '', '103217', '92894', '10323', '0']);
    expect(records[10]?.managedUnits).toBe('9940');
    expect(records[10]?.daysTotal).toBeUndefined();
  });

  it('writes 37 items per record, read back without a problem', () => {
    const file = fileOf('UPSIKYU', records);
    const lines = decodeMs932(file.bytes).split('\r\n');
    expect(lines[10]).toBe('202407,089999,0000054321,20250428,202505,"",9999999999,,999999,,,"",0,,,,10155,9940,,,0,10155,,103217,90,92894,,10323,0,,,,,,,0899000043,""');
    expect(lines[10]?.split(',')).toHaveLength(37);
    expect(roundTrip('UPSIKYU', records)).toHaveLength(11);
  });

  it('writes the 短期入所 days on the 全合計 and 割引後率 on a discounted line', () => {
    const usage = serviceUsageSchema.parse({
      ...sample,
      shortStayDaysBefore: 8,
      lines: [{ id: 's', providerOfficeNumber: '0899000021', providerName: 'テスト短期入所', serviceCode: '211311', units: 787, plannedDays: [10, 11, 12, 13], discountPercent: 3 }],
    });
    const rows = usageSheetRows(usage, calculateUsageSheet(usage, { limitUnits: 27048 }), context);
    expect([rows[0]?.discountRate, rows[0]?.discountedUnits]).toEqual(['97.00', '787']);
    const total = rows[rows.length - 1];
    expect([total?.daysBefore, total?.daysThisMonth, total?.daysTotal]).toEqual(['8', '4', '12']);
  });
});

describe('reading 第6表 and 第7表 back', () => {
  it('gives the same lines through the writer and the reader (サービス内容 is not in the files)', () => {
    const planRows = roundTrip('UPPLAN', usagePlanRows(sample, context));
    const groups = groupUsageRows(planRows);
    expect([...groups.keys()]).toEqual(['089999_0000054321_202505']);
    const read = usageFromPlanRows(groups.get('089999_0000054321_202505') ?? []);
    expect(read).toMatchObject({ insurerNumber: '089999', insuredNumber: '0000054321', planOfficeNumber: '0899000043', plannerName: '架空 一郎', warnings: [] });
    expect(read.usage.month).toBe('2025-05');
    expect(read.usage.createdOn).toBe('2025-04-28');
    const completed = applyUsageSheetRows(read.usage, roundTrip('UPSIKYU', usageSheetRows(sample, sheet, context)));
    expect(withoutNames(completed.lines)).toEqual(withoutNames(sample.lines));
    expect(completed.benefitRatePercent).toBeUndefined();
    // Without 第7表 the prices and the limit flag are not known.
    expect(read.usage.lines.map((l) => l.unitPrice)).toEqual(Array(6).fill(undefined));
  });

  it('reads 割引, 給付率 and the units over the limit from 第7表', () => {
    const usage = serviceUsageSchema.parse({
      ...sample,
      benefitRatePercent: 80,
      lines: sample.lines.map((l) => (l.id === 'csv-usage-line-2' ? { ...l, discountPercent: 3 } : l)),
    });
    // A limit of 9,000 leaves 940 of the 9,940 over: 300 + 300 from the two 手すり, then 340 from the 加算 before them.
    const over = calculateUsageSheet(usage, { limitUnits: 9000 });
    expect(over.lines.map((l) => l.overLimitUnits)).toEqual([0, 0, 340, 300, 300, 0]);
    const read = usageFromPlanRows(roundTrip('UPPLAN', usagePlanRows(usage, context)));
    const completed = applyUsageSheetRows(read.usage, roundTrip('UPSIKYU', usageSheetRows(usage, over, context)));
    expect(completed.benefitRatePercent).toBe(80);
    expect(completed.lines.map((l) => [l.discountPercent, l.overLimitUnits])).toEqual([
      [undefined, undefined],
      [3, undefined],
      [undefined, 340],
      [undefined, 300],
      [undefined, 300],
      [undefined, undefined],
    ]);
    // Read back, the sender's allocation gives the same sheet.
    expect(calculateUsageSheet(serviceUsageSchema.parse({ id: 'x', ...completed }), { limitUnits: 9000 }).totals).toEqual(over.totals);
  });

  it('leaves out rows of another client or month and dates outside the month, with a warning', () => {
    const rows = roundTrip('UPPLAN', usagePlanRows(sample, context)).slice(0, 3);
    const other: CsvRow = { line: 90, values: { ...rows[0]!.values, insuredNumber: '0000099999' } };
    const outside: CsvRow = { line: 91, values: { ...rows[0]!.values, serviceDate: '20250601' } };
    const read = usageFromPlanRows([...rows, other, outside]);
    expect(read.usage.lines).toHaveLength(1);
    expect(read.usage.lines[0]?.plannedDays).toEqual([7, 14, 21]);
    expect(read.warnings).toEqual([
      { line: 90, columnKey: 'insuredNumber', message: '最初の行と利用者または対象年月が違うため読み飛ばしました（089999・0000099999・202505）' },
      { line: 91, columnKey: 'serviceDate', message: 'サービス利用日 20250601 は対象年月 202505 の日付ではないため読み飛ばしました' },
    ]);
  });

  it('reads 1日の回数 and ３０日超区分 back', () => {
    const usage = serviceUsageSchema.parse({ ...sample, lines: [{ ...sample.lines[0], timesPerDay: 2, over30Days: true }] });
    const read = usageFromPlanRows(roundTrip('UPPLAN', usagePlanRows(usage, context)));
    expect(read.usage.lines[0]).toMatchObject({ timesPerDay: 2, over30Days: true, plannedDays: [7, 14, 21, 28] });
  });
});
