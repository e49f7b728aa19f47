import { describe, expect, it } from 'vitest';
import type { CareLevel } from '../domain/codes/care-level.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsageLine } from '../domain/service-usage.schema.js';
import { aCaseFile } from '../testing/builders.js';
import { anInsuredLine } from '../testing/plan-parts.js';
import { isLivingSupportUsageLine, livingSupportThreshold, municipalNotifications, notificationDeadline } from './municipal-notification.js';
import { municipalNotificationRules } from './office-rules.js';

/** Fictional clients only. */
let seq = 0;
const month = '2026-05';
const days = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function line(patch: Partial<ServiceUsageLine>): ServiceUsageLine {
  seq += 1;
  return { id: `l-${seq}`, providerOfficeNumber: '0899000011', providerName: '架空訪問介護', serviceCode: '118211', serviceName: '生活援助3', units: 220, plannedDays: [], actualDays: [], ...patch };
}

function client(level: CareLevel, lines: ServiceUsageLine[] | undefined, patch: { usageMonth?: string; endedOn?: string; reason?: boolean } = {}): CaseFile {
  seq += 1;
  const builder = aCaseFile()
    .withClient({ id: `c-${seq}`, name: `架空 利用者${seq}`, insuredNumber: String(3000000000 + seq), startedOn: '2020-01-01', ...(patch.endedOn ? { endedOn: patch.endedOn } : {}) })
    .withCertification({ careLevel: level, validFrom: '2020-01-01', validTo: '2027-12-31' })
    .withPlan({ id: `p-${seq}`, status: 'active', planDate: '2026-04-20', ...(patch.reason ? { livingSupportReason: { reason: 'living_alone' } } : {}) })
    .withNeed('家のことを続けたい', { lines: [anInsuredLine({ content: '掃除・洗濯・調理' })] });
  if (lines) builder.mutate((f) => f.serviceUsages.push({ id: `u-${seq}`, month: patch.usageMonth ?? month, lines }));
  return builder.build();
}

const visits = (level: CareLevel, n: number, extra: Partial<ServiceUsageLine> = {}) => client(level, [line({ plannedDays: days(n), ...extra })]);

describe('市町村への届出: 生活援助中心型の回数 (第13条第十八号の二)', () => {
  it('keeps the 告示 counts in data with their source', () => {
    expect(municipalNotificationRules.livingSupportCounts.value).toEqual({ care_1: 27, care_2: 34, care_3: 43, care_4: 38, care_5: 31 });
    expect(municipalNotificationRules.livingSupportCounts.source).toContain('告示第218号');
    expect(municipalNotificationRules.livingSupportCounts.verified).toBe('recall');
    expect(livingSupportThreshold('support_2')).toBeUndefined();
  });

  it.each([
    ['care_1', 26, false],
    ['care_1', 27, true],
    ['care_2', 33, false],
    ['care_2', 34, true],
    ['care_3', 42, false],
    ['care_3', 43, true],
    ['care_4', 37, false],
    ['care_4', 38, true],
    ['care_5', 30, false],
    ['care_5', 31, true],
  ] as const)('%s with %i visits: notify %s', (level, n, notify) => {
    // 31 days hold at most 31 visits a day each: two a day from the 16th when more are planned.
    const file = n <= 31 ? visits(level, n) : client(level, [line({ plannedDays: days(31) }), line({ plannedDays: days(n - 31), serviceName: '生活援助2', serviceCode: '118111' })]);
    const [entry] = municipalNotifications([file], month).livingSupport;
    expect(entry?.planned).toBe(n);
    expect(entry?.mustNotify).toBe(notify);
  });

  it('counts times a day, tells 生活援助 from 身体生活 and other services by the 利用票 row', () => {
    expect(isLivingSupportUsageLine({ serviceCode: '118211', serviceName: '生活援助３・夜' })).toBe(true);
    expect(isLivingSupportUsageLine({ serviceCode: '111211', serviceName: '身体介護2' })).toBe(false);
    expect(isLivingSupportUsageLine({ serviceCode: '113111', serviceName: '身体1生活1' })).toBe(false);
    expect(isLivingSupportUsageLine({ serviceCode: '158111', serviceName: '生活援助' })).toBe(false);
    const file = client('care_1', [line({ plannedDays: days(14), timesPerDay: 2, actualDays: [1, 2] }), line({ serviceCode: '111211', serviceName: '身体介護2', plannedDays: days(20) })]);
    const [entry] = municipalNotifications([file], month).livingSupport;
    expect(entry).toMatchObject({ planned: 28, actual: 4, threshold: 27, mustNotify: true });
  });

  it('shows the 算定理由 of 第1表 or its absence, and the plan lines concerned', () => {
    const withReason = client('care_1', [line({ plannedDays: days(27) })], { reason: true });
    const without = visits('care_1', 27);
    const report = municipalNotifications([withReason, without], month);
    expect(report.livingSupport.find((e) => e.clientId === withReason.client.id)?.reason).toBe('一人暮らし');
    const absent = report.livingSupport.find((e) => e.clientId === without.client.id);
    expect(absent?.reason).toBeUndefined();
    expect(absent?.planLines[0]).toContain('掃除・洗濯・調理');
  });

  it('says 利用票がありません rather than guessing from the plan text; month edges of the 利用票 and the client', () => {
    const noUsage = client('care_2', undefined);
    const lastMonth = client('care_2', [line({ plannedDays: days(30) })], { usageMonth: '2026-04' });
    const ended = client('care_2', undefined, { endedOn: '2026-04-30' });
    const endedOnFirst = client('care_2', undefined, { endedOn: '2026-05-01' });
    const report = municipalNotifications([noUsage, lastMonth, ended, endedOnFirst], month);
    expect(report.livingSupport).toEqual([]);
    expect(report.withoutUsage.map((w) => w.clientId)).toEqual([noUsage.client.id, lastMonth.client.id, endedOnFirst.client.id]);
    expect(report.withoutUsage[0]?.planLines).toHaveLength(1);
    expect(municipalNotifications([lastMonth], '2026-04').livingSupport[0]?.mustNotify).toBe(false);
  });

  it('does not judge 要支援 and counts unnamed 訪問介護 rows apart', () => {
    const report = municipalNotifications([visits('support_2', 31), client('care_1', [line({ serviceName: undefined, plannedDays: days(30) })])], month);
    expect(report.livingSupport).toHaveLength(1);
    expect(report.livingSupport[0]).toMatchObject({ mustNotify: false });
    expect(report.livingSupport[0]?.threshold).toBeUndefined();
    expect(report.unnamedHomeCareLines).toBe(1);
  });

  it('has the deadline at the end of the next month (year and February edges)', () => {
    expect(notificationDeadline('2026-05')).toBe('2026-06-30');
    expect(notificationDeadline('2026-12')).toBe('2027-01-31');
    expect(notificationDeadline('2028-01')).toBe('2028-02-29');
    expect(municipalNotifications([], '2027-01').deadline).toBe('2027-02-28');
  });
});

describe('市町村への届出: 区分支給限度基準額・訪問介護の割合 (第13条第十八号の三)', () => {
  // 要介護1: limit 16,765 units. One row each of 訪問介護 and 通所介護, units chosen for the share.
  const limit = 16765;
  function shares(homeCare: number, dayCare: number, m = month): ReturnType<typeof municipalNotifications>['officeShare'] {
    const file = client('care_1', [line({ serviceCode: '111211', serviceName: '身体介護2', units: homeCare, plannedDays: [1] }), line({ serviceCode: '151111', serviceName: '通所介護', units: dayCare, plannedDays: [2] })], { usageMonth: m });
    return municipalNotifications([file], m).officeShare;
  }
  const seventy = Math.ceil(limit * 0.7); // 11,736 (11,735.5)

  it('keeps 7割 and 6割 as data', () => {
    expect(municipalNotificationRules.limitShare.value).toEqual({ numerator: 7, denominator: 10 });
    expect(municipalNotificationRules.homeCareShare.value).toEqual({ numerator: 6, denominator: 10 });
  });

  it.each([
    [seventy - 1, false],
    [seventy, true],
  ])('限度額に占める割合: %i of 16,765 units → %s', (total, meets) => {
    const homeCare = Math.ceil(total * 0.6);
    const result = shares(homeCare, total - homeCare);
    expect(result.serviceUnits).toBe(total);
    expect(result.meetsLimitShare).toBe(meets);
    expect(result.meetsHomeCareShare).toBe(true);
    expect(result.notifyOnRequest).toBe(meets);
  });

  it.each([
    [7199, false],
    [7200, true],
  ])('訪問介護の割合: %i of 12,000 units → %s', (homeCare, meets) => {
    const result = shares(homeCare, 12000 - homeCare);
    expect(result.homeCareShare).toBeCloseTo(homeCare / 12000);
    expect(result.meetsHomeCareShare).toBe(meets);
    expect(result.meetsLimitShare).toBe(true);
    expect(result.notifyOnRequest).toBe(meets);
  });

  it('applies from 令和3年10月 and not with no plans', () => {
    expect(shares(7200, 4800, '2021-09').applies).toBe(false);
    expect(shares(7200, 4800, '2021-09').notifyOnRequest).toBe(false);
    expect(shares(7200, 4800, '2021-10').notifyOnRequest).toBe(true);
    expect(municipalNotifications([], month).officeShare).toMatchObject({ plans: 0, meetsLimitShare: false, notifyOnRequest: false });
  });
});
