import { describe, expect, it } from 'vitest';
import { anExemplaryCaseFile } from '../testing/builders.js';
import { decodeMs932 } from './ms932.js';
import { csvCarePlanSample, csvPreventionSample, csvUsageSample } from './csv-samples.js';
import { readCsvFile } from './csv-file-reader.js';
import { exportCarePlanCsv, exportCsvDeleteFile, exportPreventionPlanCsv, exportUsageCsv, planDestinations, usageDestinations, usageOfMonth } from './export-unit.js';
import { parseCsvFileName } from './file-name.js';

const sender = { officeNumber: '0899000043', serviceType: '43', name: 'テスト居宅介護支援事業所', postalCode: '317-0000', address1: '架空県架空市桜町1-1' };
const destination = { officeNumber: '0899000017', serviceType: '17' };
const timestamp = '20250501093000';

const text = (bytes: Uint8Array) => decodeMs932(bytes);

describe('居宅 export (send unit ①)', () => {
  const result = exportCarePlanCsv([csvCarePlanSample()], { sender, destination, timestamp });

  it('writes 利用者補足, 第1表, 第2表 and 第3表 named by the rule with one shared timestamp', () => {
    expect(result.files.map((f) => f.name)).toEqual([
      'UPHOSOKU_000000_0899000043_43_0899000017_17_20250501093000.CSV',
      'UP1KYO_0899000043_43_0899000017_17_20250501093000.CSV',
      'UP2KYO_0899000043_43_0899000017_17_20250501093000.CSV',
      'UP3KYO_0899000043_43_0899000017_17_20250501093000.CSV',
    ]);
    expect(result.files.map((f) => parseCsvFileName(f.name)?.timestamp)).toEqual(Array(4).fill(timestamp));
    expect(result.clients).toBe(1);
    expect(result.conversions).toEqual([]);
  });

  it('writes Shift_JIS bytes, CRLF only, no header, quoted free text with "" and kept newlines and commas', () => {
    const plan2 = result.files.find((f) => f.kind === 'UP2KYO')!;
    const bytes = [...plan2.bytes];
    // 「夜」 is 0x96E9 in MS932; no UTF-8 lead bytes for Japanese (0xE3..) sequences appear as text.
    expect(bytes.some((b, i) => b === 0x96 && bytes[i + 1] === 0xe9)).toBe(true);
    const lf = bytes.flatMap((b, i) => (b === 0x0a ? [i] : []));
    expect(lf.every((i) => bytes[i - 1] === 0x0d)).toBe(true);
    const body = text(plan2.bytes);
    expect(body.startsWith('202407,089999,0000054321,20250425,20250501,1,"夜、転ばずにトイレに行きたい",1,')).toBe(true);
    expect(body).toContain('"猫の世話を続けたい。""タマ""の餌やり、トイレ掃除など\r\n自分でできることは自分で"');
    expect(body).toContain('"買物（猫の餌、砂）の支援, 週1回"');
    expect(body.endsWith('\r\n')).toBe(true);
    // Repeated 課題 and 長期目標 are printed on their first row only.
    const rows = body.split('\r\n202407,').map((r) => r.split(','));
    expect(rows[1]?.slice(4, 8)).toEqual(['1', '""', '1', '""']);
    expect(rows[2]?.slice(4, 10)).toEqual(['1', '""', '2', '""', '"足の力をつけ、廊下を休まず往復できる"', '""']);
  });

  it('writes codes of the code tables', () => {
    const plan1 = text(result.files.find((f) => f.kind === 'UP1KYO')!.bytes).split(',');
    expect(plan1.slice(13, 21)).toEqual(['20250501', '20250501', '51', '2', '20250420', '20250501', '20260430', '23']);
    const supplement = text(result.files.find((f) => f.kind === 'UPHOSOKU')!.bytes).split(',');
    expect(supplement.slice(6, 8)).toEqual(['2', '19381103']);
    expect(supplement.slice(15, 19)).toEqual(['2', '', '23', '27048']);
    expect(supplement.at(-1)).toBe('000000\r\n');
  });

  it('reports every character changed to fit MS932', () => {
    const cf = csvCarePlanSample();
    cf.client.name = '𠮷田 はな';
    cf.carePlans[0]!.needs[0]!.text = '夜〜朝、転ばずに';
    const { conversions, files } = exportCarePlanCsv([cf], { sender, destination, timestamp });
    expect(conversions).toEqual([
      { file: files[0]!.name, row: 1, column: '利用者氏名', field: `${files[0]!.name} 1行目「利用者氏名」`, original: '𠮷', replacement: '吉' },
      { file: files[2]!.name, row: 1, column: '課題', field: `${files[2]!.name} 1行目「課題」`, original: '〜', replacement: '～' },
    ]);
    expect(text(files[2]!.bytes)).toContain('"夜～朝、転ばずに"');
  });

  it('leaves out services outside the standard and clients unrelated to the destination', () => {
    const cf = anExemplaryCaseFile().build();
    const line = cf.carePlans[0]!.needs[1]!.longTermGoals[0]!.shortTermGoals[0]!.serviceLines;
    line.push({ id: 'x', kind: 'insured', insured: true, content: '浴室の手すり取付', serviceTypeCode: '42', serviceTypeName: '住宅改修' });
    const out = exportCarePlanCsv([cf, csvCarePlanSample()], { sender, destination: { officeNumber: '0899000016', serviceType: '16' }, timestamp });
    expect(out.excluded).toEqual([{ insuredNumber: '0000012345', item: '第2表「浴室の手すり取付」（住宅改修）', reason: '連携対象外のサービスです' }]);
    expect(text(out.files[2]!.bytes)).not.toContain('手すり取付');
    expect(out.skipped).toEqual([{ insuredNumber: '0000054321', name: '架空 花子', reason: '送信先の事業所が計画にありません' }]);
    expect(planDestinations(cf).map((p) => `${p.officeNumber}:${p.serviceType}`)).toEqual(['0899000016:16', '0899000017:17', '0899000031:31']);
  });

  it('refuses a plan without 作成（変更）日 and writes nothing when no client is left', () => {
    const cf = csvCarePlanSample();
    delete cf.carePlans[0]!.planDate;
    expect(() => exportCarePlanCsv([cf], { sender, destination, timestamp })).toThrow('作成（変更）日がない');
    expect(exportCarePlanCsv([], { sender, destination, timestamp }).files).toEqual([]);
  });
});

describe('予防 export', () => {
  it('writes UPKIHON (+SUB1, SUB2) and UPYOBO (+SUB)', () => {
    const result = exportPreventionPlanCsv([csvPreventionSample()], { sender: { ...sender, serviceType: '46' }, destination: { officeNumber: '0899000066', serviceType: '66' }, timestamp, onlyRelatedClients: false });
    expect(result.files.map((f) => f.name.split('_0899')[0])).toEqual(['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'UPYOBO_SUB']);
    const sub = text(result.files[4]!.bytes).split('\r\n');
    expect(sub[0]?.split(',').slice(3, 6)).toEqual(['20250601', '1', '"膝の痛みで外出が減り、体力が落ちている"']);
    expect(sub[1]?.split(',').slice(3, 10)).toEqual(['20250601', '1', '""', '""', '""', '""', '2']);
    expect(result.files[1]!.bytes.length).toBe(0);
  });
});

describe('居宅 export of a month (send unit ②: 第6表 + 第7表 + 利用者補足)', () => {
  const options = { sender, destination: { officeNumber: '0899000015', serviceType: '15' }, timestamp, month: '2025-05' };
  const result = exportUsageCsv([csvUsageSample()], options);

  it('writes UPHOSOKU, UPPLAN and UPSIKYU named with the month and one shared timestamp', () => {
    expect(result.files.map((f) => f.name)).toEqual([
      'UPHOSOKU_202505_0899000043_43_0899000015_15_20250501093000.CSV',
      'UPPLAN_202505_0899000043_43_0899000015_15_20250501093000.CSV',
      'UPSIKYU_202505_0899000043_43_0899000015_15_20250501093000.CSV',
    ]);
    expect(result.files.map((f) => f.records)).toEqual([1, 25, 11]);
    expect(result.clients).toBe(1);
    expect(result.skipped).toEqual([]);
  });

  it('writes MS932 bytes with CRLF that the import reader reads without a problem', () => {
    for (const file of result.files) {
      const bytes = [...file.bytes];
      const lf = bytes.flatMap((b, i) => (b === 0x0a ? [i] : []));
      expect(lf).toHaveLength(file.records);
      expect(lf.every((i) => bytes[i - 1] === 0x0d)).toBe(true);
      expect(readCsvFile(file.name, file.bytes)?.issues).toEqual([]);
    }
    // 「架」 is 0x89CB in MS932 (UTF-8 would be E6 9E B6).
    const plan = [...result.files[1]!.bytes];
    expect(plan.some((b, i) => b === 0x89 && plan[i + 1] === 0xcb)).toBe(true);
    expect(plan.includes(0xe6)).toBe(false);
  });

  it('keys 利用者補足 by 00000000 and the 対象年月, with the month\'s units over the limit', () => {
    const supplement = text(result.files[0]!.bytes).replace(/\r\n$/u, '').split(',');
    expect(supplement.slice(0, 4)).toEqual(['202407', '089999', '0000054321', '00000000']);
    expect(supplement.slice(15, 19)).toEqual(['2', '', '23', '27048']);
    expect(supplement.slice(55, 58)).toEqual(['0', '', '']);
    expect(supplement.at(-1)).toBe('202505');
  });

  it('sends every in-scope provider\'s services to each destination, leaving out services outside the standard', () => {
    const cf = csvUsageSample();
    cf.serviceUsages[0]!.lines.push({ id: 'x', providerOfficeNumber: '0899000033', providerName: 'テスト特定施設', serviceCode: '331111', serviceName: '特定施設入居者生活介護', plannedDays: [1], actualDays: [] });
    expect(usageDestinations(cf, '2025-05').map((p) => `${p.officeNumber}:${p.serviceType}`)).toEqual(['0899000011:11', '0899000015:15', '0899000017:17']);
    const out = exportUsageCsv([cf], { ...options, destination: { officeNumber: '0899000017', serviceType: '17' } });
    expect(out.excluded).toEqual([{ insuredNumber: '0000054321', item: '第6表「特定施設入居者生活介護」（特定施設入居者生活介護）', reason: '連携対象外のサービスです' }]);
    const plan = text(out.files[1]!.bytes);
    expect(plan).toContain(',0899000011,');
    expect(plan).toContain(',0899000015,');
    expect(plan).not.toContain('0899000033');
    expect(out.files[2]!.records).toBe(11);
  });

  it('skips clients without the month or unrelated to the destination, and refuses a bad month', () => {
    const out = exportUsageCsv([csvUsageSample(), csvCarePlanSample()], { ...options, destination: { officeNumber: '0899000031', serviceType: '31' } });
    expect(out.skipped).toEqual([
      { insuredNumber: '0000054321', name: '架空 花子', reason: '送信先の事業所が利用票にありません' },
      { insuredNumber: '0000054321', name: '架空 花子', reason: '2025年5月のサービス利用票がありません' },
    ]);
    expect(out.files).toEqual([]);
    expect(exportUsageCsv([csvUsageSample()], { ...options, destination: { officeNumber: '0899000031', serviceType: '31' }, onlyRelatedClients: false }).clients).toBe(1);
    expect(() => exportUsageCsv([], { ...options, month: '202505' })).toThrow('対象年月は YYYY-MM');
  });

  it('picks the 利用票 made last when a month has several', () => {
    const cf = csvUsageSample();
    const first = cf.serviceUsages[0]!;
    cf.serviceUsages.push({ ...first, id: 'later', createdOn: '2025-05-10', lines: first.lines.slice(0, 1) });
    expect(usageOfMonth(cf, '2025-05')?.id).toBe('later');
    expect(usageOfMonth(cf, '2025-06')).toBeUndefined();
  });
});

describe('delete files', () => {
  it('writes one key record per plan', () => {
    const file = exportCsvDeleteFile('DLT1KYO', [{ insurerNumber: '089999', insuredNumber: '0000054321', date: '2025-05-01' }], { sender, destination, timestamp });
    expect(file.name).toBe('DLT1KYO_0899000043_43_0899000017_17_20250501093000.CSV');
    expect(text(file.bytes)).toBe('202407,089999,0000054321,20250501\r\n');
  });
});
