import { describe, expect, it } from 'vitest';
import { auditMany } from '../audit/audit.js';
import { shippedPack } from '../audit/testing/shipped-packs.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { aCaseFile } from '../testing/builders.js';
import { anInsuredLine } from '../testing/plan-parts.js';
import { concentrationReport, judgementPeriodOf } from './concentration.js';
import { corporateNumberCheckDigit, isValidCorporateNumber, providerCorporationSchema } from './provider-corporation.schema.js';
import { corporationIndex, type ProviderCorporation } from './provider-shares.js';

/** Fictional providers and 法人 only (事業所番号 and 法人番号 are made up; the 法人番号 have a valid 検査用数字). */
interface Provider {
  number: string;
  name: string;
}
const east: Provider = { number: '0899100011', name: '架空ヘルパー東' };
const west: Provider = { number: '0899100012', name: '架空ヘルパー西' };
const other: Provider = { number: '0899100013', name: '別法人ヘルパー' };
const third: Provider = { number: '0899100014', name: '三番ヘルパー' };

/** 国税庁's worked example of the 検査用数字 (checkdigit.pdf): 123456789012 → 7. */
const exampleNumber = '7123456789012';
const sameCorporation: ProviderCorporation[] = [
  { providerOfficeNumber: east.number, providerName: east.name, corporationName: '社会福祉法人 架空会', corporationNumber: exampleNumber, corporationAddress: '架空県架空市1-1' },
  { providerOfficeNumber: west.number, providerName: west.name, corporationName: '社会福祉法人 架空会' },
];

let seq = 0;
function client(providers: Provider[], planDate = '2025-04-01'): CaseFile {
  seq += 1;
  return aCaseFile()
    .withClient({ id: `c-${seq}`, name: `架空 法人${seq}`, insuredNumber: String(6000000000 + seq) })
    .withPlan({ id: `plan-${seq}`, status: 'active', planDate, consent: { date: planDate } })
    .withNeed('家事の手助けがほしい', { lines: providers.map((p) => anInsuredLine({ serviceTypeCode: '11', serviceTypeName: '訪問介護', providerOfficeNumber: p.number, providerName: p.name })) })
    .build();
}

/** `onEast` plans with 東, `onWest` with 西 (same 法人), the rest with a provider of another 法人. */
function office(total: number, onEast: number, onWest: number, planDate?: string): CaseFile[] {
  return Array.from({ length: total }, (_, i) => client([i < onEast ? east : i < onEast + onWest ? west : other], planDate));
}

const period = judgementPeriodOf('2025-07-10');
const homeCare = (files: CaseFile[], corporations?: ProviderCorporation[]) => concentrationReport(files, period, [], corporations).services.find((s) => s.serviceCode === '11')!;

describe('法人番号 (検査用数字)', () => {
  it('computes the 検査用数字 as 国税庁 publishes it', () => {
    expect(corporateNumberCheckDigit('123456789012')).toBe(7);
    expect(isValidCorporateNumber(exampleNumber)).toBe(true);
    expect(isValidCorporateNumber('8123456789012')).toBe(false);
    expect(isValidCorporateNumber('7123456789013')).toBe(false);
    expect(isValidCorporateNumber('712345678901')).toBe(false);
  });

  it('accepts a record with full-width digits and hyphens, and refuses a wrong number in Japanese', () => {
    const base = { providerOfficeNumber: '０８９９１０００１１', corporationName: '架空会', source: '法人番号公表サイト', confirmedOn: '2025-04-01' };
    expect(providerCorporationSchema.parse({ ...base, corporationNumber: '7-1234-5678-9012' })).toMatchObject({ providerOfficeNumber: east.number, corporationNumber: exampleNumber });
    const wrong = providerCorporationSchema.safeParse({ ...base, corporationNumber: '8123456789012' });
    expect(wrong.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['corporationNumber', '法人番号の検査用数字（先頭の1桁）が合いません。法人番号公表サイトで番号を確かめてください']]);
    expect(providerCorporationSchema.safeParse({ ...base, corporationNumber: '123456789012' }).error?.issues[0]?.message).toBe('法人番号は13桁の数字で入力してください');
    const missing = providerCorporationSchema.safeParse({ providerOfficeNumber: '089910001', source: '', confirmedOn: '2025-04-01' });
    expect(missing.error?.issues.map((i) => i.message)).toEqual(['事業所番号は10桁の数字で入力してください', '法人名を入力してください', '確認した資料を入力してください']);
  });
});

describe('concentrationReport by 法人', () => {
  it('groups 事業所 by 法人番号, and a record without a number by the only number of its name', () => {
    const index = corporationIndex([...sameCorporation, { providerOfficeNumber: third.number, corporationName: '社会福祉法人架空会' }]);
    expect(new Set([east, west, third].map((p) => index.get(p.number)?.key))).toEqual(new Set([`法人番号:${exampleNumber}`]));
    expect(index.get(west.number)).toMatchObject({ name: '社会福祉法人 架空会', corporationNumber: exampleNumber, address: '架空県架空市1-1' });
    // Two 法人 of one name with different numbers stay two; a name-only record then stays apart.
    const homonyms = corporationIndex([
      { providerOfficeNumber: east.number, corporationName: '架空会', corporationNumber: exampleNumber },
      { providerOfficeNumber: west.number, corporationName: '架空会', corporationNumber: `${corporateNumberCheckDigit('100000000001')}100000000001` },
      { providerOfficeNumber: third.number, corporationName: '架空会' },
    ]);
    expect(new Set([east, west, third].map((p) => homonyms.get(p.number)?.key)).size).toBe(3);
  });

  it.each([
    // total, on 東, on 西, share by 法人 (as printed), outcome
    [204, 100, 63, '79.9', 'below', true],
    [20, 10, 6, '80', 'below', true],
    [196, 100, 57, '80.1', 'reduced', false],
  ] as const)('%i plans, %i and %i on the 事業所 of one 法人: %s%% is %s', (total, onEast, onWest, printed, outcome, near) => {
    const service = homeCare(office(total, onEast, onWest), sameCorporation);
    expect(String(Math.floor(service.topShare * 1000) / 10)).toBe(printed);
    expect(service).toMatchObject({ planCount: total, outcome, near });
    expect(service.corporations[0]).toMatchObject({ name: '社会福祉法人 架空会', corporationNumber: exampleNumber, address: '架空県架空市1-1', recorded: true, planCount: onEast + onWest });
    expect(service.corporations[0]?.offices.map((o) => [o.officeNumber, o.planCount])).toEqual([
      [east.number, onEast],
      [west.number, onWest],
    ]);
    // By 事業所 alone the same plans stay far under 80%.
    expect(homeCare(office(total, onEast, onWest))).toMatchObject({ outcome: 'below', near: false });
  });

  it('counts a 事業所 without a recorded 法人 as its own 法人 and lists it', () => {
    const files = office(20, 10, 7);
    const report = concentrationReport(files, period, [], [sameCorporation[0]!]);
    const service = report.services.find((s) => s.serviceCode === '11')!;
    expect(service.corporations.map((c) => [c.name, c.recorded, c.planCount])).toEqual([
      ['社会福祉法人 架空会', true, 10],
      ['架空ヘルパー西（0899100012）', false, 7],
      ['別法人ヘルパー（0899100013）', false, 3],
    ]);
    expect(report.unrecordedProviders).toEqual([
      { key: west.number, name: west.name, officeNumber: west.number, serviceCodes: ['11'] },
      { key: other.number, name: other.name, officeNumber: other.number, serviceCodes: ['11'] },
    ]);
    // With both recorded: 17 of 20 (85%), and only the other 法人's 事業所 is listed.
    const both = concentrationReport(files, period, [], sameCorporation);
    expect(both.services.find((s) => s.serviceCode === '11')).toMatchObject({ topShare: 0.85, outcome: 'reduced' });
    expect(both.unrecordedProviders.map((p) => p.officeNumber)).toEqual([other.number]);
    expect(both.reduced).toBe(true);
  });

  it('counts a plan naming two 事業所 of one 法人 once for the 法人', () => {
    const files = [...office(6, 0, 0), ...Array.from({ length: 10 }, () => client([east, west]))];
    const service = homeCare(files, sameCorporation);
    expect(service.corporations[0]).toMatchObject({ name: '社会福祉法人 架空会', planCount: 10, share: 10 / 16 });
    expect(service.corporations[0]?.offices.map((o) => o.planCount)).toEqual([10, 10]);
  });

  it.each([
    ['2024-02-29', '2023-09-01', true],
    ['2024-03-01', '2023-09-01', false],
    ['2025-02-28', '2024-09-01', true],
    ['2025-03-01', '2024-09-01', false],
    ['2025-08-31', '2025-03-01', true],
    ['2025-09-01', '2025-03-01', false],
  ])('a plan made on %s counts in the 判定期間 from %s: %s', (planDate, start, counts) => {
    const files = office(12, 6, 5, planDate);
    const report = concentrationReport(files, judgementPeriodOf(start), [], sameCorporation);
    expect(report.period.start).toBe(start);
    expect(report.totalPlans).toBe(counts ? 12 : 0);
    expect(report.services.find((s) => s.serviceCode === '11')?.topShare).toBe(counts ? 11 / 12 : 0);
  });
});

describe('the audit rule and the 判定書 agree', () => {
  const finding = (files: CaseFile[], asOf: string, corporations?: ProviderCorporation[]) =>
    auditMany(files, shippedPack('national'), { asOf, ...(corporations ? { providerCorporations: corporations } : {}) }).office.filter((f) => f.ruleId === 'office.provider-concentration');

  it.each([
    [20, 10, 7, '2025-07-10'],
    [196, 100, 57, '2025-07-10'],
    [204, 100, 63, '2025-07-10'],
    [12, 6, 5, '2024-02-29'],
    [20, 10, 7, '2025-08-31'],
  ] as const)('%i plans, %i + %i of one 法人, on %s', (total, onEast, onWest, asOf) => {
    const files = office(total, onEast, onWest, asOf);
    const service = concentrationReport(files, judgementPeriodOf(asOf), [], sameCorporation).services.find((s) => s.serviceCode === '11')!;
    const found = finding(files, asOf, sameCorporation);
    expect(found.length).toBe(service.outcome === 'reduced' ? 1 : 0);
    if (found[0] === undefined) return;
    const top = service.corporations[0]!;
    expect(found[0].message).toContain(`計画${service.planCount}件のうち${top.planCount}件（${Math.floor(service.topShare * 1000) / 10}%）が法人「社会福祉法人 架空会」（架空ヘルパー東（0899100011）、架空ヘルパー西（0899100012））です`);
    expect(found[0].evidence.map((e) => e.value)).toEqual(
      files
        .filter((_, i) => i < onEast + onWest)
        .slice(0, 20)
        .map((_, i) => (i < onEast ? '架空ヘルパー東（0899100011）' : '架空ヘルパー西（0899100012）')),
    );
  });

  it('counts by 事業所 without the office records, and says so', () => {
    const files = office(20, 17, 0);
    const [byOffice] = finding(files, '2025-07-10');
    expect(byOffice?.message).toContain('計画20件のうち17件（85%）が「架空ヘルパー東（0899100011）」です');
    expect(byOffice?.message).toContain('事業所の運営法人の記録がない点検のため、事業所番号ごとに数えています');
    // 10 + 7 of one 法人 cross 80% only when the 法人 is known.
    expect(finding(office(20, 10, 7), '2025-07-10')).toEqual([]);
    const [recordedNone] = finding(files, '2025-07-10', []);
    expect(recordedNone?.message).toContain('「架空ヘルパー東（0899100011）」（運営法人の記録がないため、この事業所を1つの法人として数えています）');
    expect(recordedNone?.message).not.toContain('事業所番号ごとに数えています');
  });
});
