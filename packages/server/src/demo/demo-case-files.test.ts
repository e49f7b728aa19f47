import {
  addMonths,
  assessmentItemKeys,
  calculateUsageSheet,
  caseFileSchema,
  currentCertification,
  daysBetween,
  exportUsageCsv,
  importCsvFiles,
  limitUnitsForUsage,
  isAssessmentItemRecorded,
  isCareLevel,
  isPreventionLevel,
  listServiceLines,
  listShortTermGoals,
  periodWithin,
  readCsvFile,
  serviceTypeOf,
  startOfMonth,
  tokyoDateOf,
  type CaseFile,
  type Certification,
  type ServiceUsageLine,
} from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { demoCaseFileNotes, demoCaseFiles } from './demo-case-files.js';
import { demoInsurers, demoOffice } from './demo-organizations.js';

/** Ordinary days, month ends, year ends and leap days: every date is computed from these. */
const todays = ['2025-04-01', '2025-07-15', '2025-08-31', '2025-12-31', '2026-01-31', '2026-03-31', '2027-02-28', '2028-02-29', '2028-03-01'];
const exemplary = ['demo-client-01', 'demo-client-02', 'demo-client-03', 'demo-client-04', 'demo-client-16'];
const wishEnding = /(?:したい|なりたい|続けたい|暮らしたい|過ごしたい|行きたい|いたい)$/u;
const vagueWords = ['安心', '安全に', '現状維持', '楽しく', '穏やかに', '維持する', '安楽に', '快適に', '健康に', '元気に', '問題なく', '不安なく'];
const serviceWords = ['デイサービス', 'デイケア', 'ヘルパー', 'ショートステイ', '通所', '訪問介護', '訪問看護', '訪問入浴', '訪問リハビリ', '福祉用具', '住宅改修', '配食'];

function byId(today: string): Map<string, { tenant: string; caseFile: CaseFile }> {
  return new Map(demoCaseFiles(today).map((entry) => [entry.caseFile.client.id, entry]));
}

function get(today: string, id: string): CaseFile {
  const entry = byId(today).get(id);
  if (!entry) throw new Error(`no demo client ${id}`);
  return entry.caseFile;
}

/** Every `id` property anywhere in `value`. */
function collectIds(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.push(child);
      else collectIds(child, into);
    }
  }
  return into;
}

/** Dates of things that must already have happened. */
function recordedDates(caseFile: CaseFile): string[] {
  const plans = [...caseFile.carePlans, ...caseFile.preventionPlans];
  return [
    ...caseFile.certifications.flatMap((c) => [c.applicationDate, c.certifiedOn]),
    ...caseFile.assessments.map((a) => a.date),
    ...caseFile.careTeamMeetings.map((m) => m.date),
    ...caseFile.monitorings.map((m) => m.date),
    ...caseFile.supportLog.map((l) => l.date),
    ...caseFile.basicChecklists.map((c) => c.date),
    ...plans.flatMap((p) => [p.planDate, p.consent?.date, p.delivery?.toClientOn, ...(p.delivery?.toProviders.map((d) => d.deliveredOn) ?? [])]),
    ...caseFile.carePlans.flatMap((p) => p.individualServicePlans.flatMap((i) => [i.requestedOn, i.receivedOn])),
  ].filter((date): date is string => date !== undefined);
}

function certPeriod(cert: Certification | undefined): { start?: string; end?: string } {
  return { start: cert?.validFrom, end: cert?.validTo };
}

describe('demoCaseFiles', () => {
  it.each(todays)('validates every case file with caseFileSchema (today %s)', (today) => {
    const files = demoCaseFiles(today);
    expect(files).toHaveLength(20);
    for (const { caseFile } of files) {
      const result = caseFileSchema.safeParse(caseFile);
      expect(result.success, `${caseFile.client.id}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`).toBe(true);
    }
  });

  it.each(todays)('uses ids that are unique across the whole set (today %s)', (today) => {
    const ids = collectIds(demoCaseFiles(today));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    expect(ids.every((id) => id.startsWith('demo-'))).toBe(true);
  });

  it('is deterministic for a given today and follows today', () => {
    expect(JSON.stringify(demoCaseFiles('2028-02-29'))).toBe(JSON.stringify(demoCaseFiles('2028-02-29')));
    expect(JSON.stringify(demoCaseFiles('2028-02-29'))).not.toBe(JSON.stringify(demoCaseFiles('2028-03-01')));
    expect(demoCaseFiles()).toEqual(demoCaseFiles(tokyoDateOf(new Date())));
  });

  it('refuses a today that is not a date', () => {
    expect(() => demoCaseFiles('2025-02-30')).toThrow();
    expect(() => demoCaseFiles('令和7年')).toThrow();
  });

  it('gives every client a demo insurer and spreads them across all five', () => {
    const numbers = new Set(demoInsurers.map((insurer) => insurer.insurerNumber));
    const used = demoCaseFiles('2025-07-15').map(({ caseFile }) => caseFile.client.insurerNumber);
    expect(used.filter((n) => !numbers.has(n))).toEqual([]);
    expect(new Set(used)).toEqual(numbers);
  });

  it('puts 要介護 clients in the office and 予防 clients in the center, with the right staff', () => {
    const files = demoCaseFiles('2025-07-15');
    const today = '2025-07-15';
    for (const { tenant, caseFile } of files) {
      const level = currentCertification(caseFile.certifications, today)?.careLevel;
      expect(level, caseFile.client.id).toBeDefined();
      if (tenant === 'office') {
        expect(isCareLevel(level ?? 'not_applicable'), caseFile.client.id).toBe(true);
        expect(['demo-user-cm', 'demo-user-cm2']).toContain(caseFile.client.careManagerUserId);
        expect(caseFile.carePlans.length).toBeGreaterThan(0);
      } else {
        expect(isPreventionLevel(level ?? 'not_applicable'), caseFile.client.id).toBe(true);
        expect(caseFile.client.careManagerUserId).toBe('demo-user-center');
        expect(caseFile.basicChecklists.length).toBeGreaterThan(0);
        expect(caseFile.preventionPlans.length).toBeGreaterThan(0);
      }
    }
    expect(files.filter((f) => f.tenant === 'center').length).toBe(5);
    const types = files.flatMap((f) => f.caseFile.preventionPlans.map((p) => p.careManagementType));
    expect(new Set(types.filter(Boolean))).toEqual(new Set(['A', 'B', 'C']));
  });

  it.each(todays)('keeps certifications current and recorded events in the past (today %s)', (today) => {
    for (const { caseFile } of demoCaseFiles(today)) {
      const current = currentCertification(caseFile.certifications, today);
      expect(current, caseFile.client.id).toBeDefined();
      if (current?.validTo) expect(current.validTo >= today, caseFile.client.id).toBe(true);
      if (current?.validFrom) expect(current.validFrom <= today, caseFile.client.id).toBe(true);
      expect(recordedDates(caseFile).filter((date) => date > today), caseFile.client.id).toEqual([]);
    }
  });

  it.each(todays)('links documents to each other by existing ids (today %s)', (today) => {
    for (const { caseFile } of demoCaseFiles(today)) {
      const plans = [...caseFile.carePlans, ...caseFile.preventionPlans];
      const planIds = new Set(plans.map((p) => p.id));
      const meetingIds = new Set(caseFile.careTeamMeetings.map((m) => m.id));
      const certIds = new Set(caseFile.certifications.map((c) => c.id));
      const assessmentIds = new Set(caseFile.assessments.map((a) => a.id));
      for (const plan of plans) {
        if (plan.meetingId) expect(meetingIds.has(plan.meetingId), plan.id).toBe(true);
        expect(certIds.has(plan.certificationId ?? ''), plan.id).toBe(true);
        if (plan.assessmentId) expect(assessmentIds.has(plan.assessmentId), plan.id).toBe(true);
        if (plan.supersededBy) expect(plans.find((p) => p.id === plan.supersededBy)?.supersedes).toBe(plan.id);
      }
      for (const meeting of caseFile.careTeamMeetings) expect(planIds.has(meeting.planId ?? ''), meeting.id).toBe(true);
      for (const monitoring of caseFile.monitorings) {
        const plan = caseFile.carePlans.find((p) => p.id === monitoring.planId);
        const goalIds = plan ? listShortTermGoals(plan.needs).map((g) => g.id) : caseFile.preventionPlans.find((p) => p.id === monitoring.planId)?.issues.map((i) => i.id);
        expect(goalIds, monitoring.id).toBeDefined();
        expect(monitoring.goalEvaluations.map((e) => e.shortTermGoalId)).toEqual(goalIds);
      }
    }
  });

  it('covers every plan status, a revision and an inquiry', () => {
    const files = demoCaseFiles('2025-07-15').map((f) => f.caseFile);
    const statuses = new Set(files.flatMap((f) => [...f.carePlans, ...f.preventionPlans].map((p) => p.status)));
    expect(statuses).toEqual(new Set(['draft', 'meeting_held', 'consented', 'delivered', 'active', 'superseded']));
    const inquiries = files.flatMap((f) => f.careTeamMeetings).filter((m) => m.kind === 'inquiry');
    expect(inquiries.length).toBeGreaterThan(0);
    expect(inquiries.every((m) => (m.inquiryReason ?? '').length > 20)).toBe(true);
    expect(files.filter((f) => f.certifications.length >= 2).length).toBeGreaterThanOrEqual(5);
  });

  it('has a note for every client', () => {
    const ids = demoCaseFiles('2025-07-15').map((f) => f.caseFile.client.id);
    expect(Object.keys(demoCaseFileNotes).sort()).toEqual([...ids].sort());
    expect(Object.values(demoCaseFileNotes).every((note) => note.length > 20)).toBe(true);
  });
});

describe('exemplary demo clients', () => {
  it.each(todays.flatMap((today) => exemplary.map((id) => [today, id] as const)))('%s %s: home assessment, own words, informal support, monthly monitoring', (today, id) => {
    const caseFile = get(today, id);
    const latestAssessment = caseFile.assessments[caseFile.assessments.length - 1];
    expect(latestAssessment?.place?.kind).toBe('home');
    expect(assessmentItemKeys.filter((key) => !isAssessmentItemRecorded(latestAssessment ?? { items: {}, reason: undefined }, key))).toEqual([]);
    const plan = [...caseFile.carePlans, ...caseFile.preventionPlans].find((p) => p.status === 'active');
    expect(plan?.consent?.date).toBeDefined();
    expect(plan?.delivery?.toClientOn).toBeDefined();
    const meeting = caseFile.careTeamMeetings.find((m) => m.id === plan?.meetingId);
    expect(meeting && plan?.consent?.date && meeting.date <= plan.consent.date).toBe(true);
    // Monitoring is due from the month the plan's goals start (a plan is written the month before).
    const start = (plan && 'needs' in plan ? plan.needs[0]?.longTermGoals[0]?.period?.start : plan?.issues[0]?.supportRows[0]?.period?.start) ?? '';
    expect(start).not.toBe('');
    const lastMonth = addMonths(startOfMonth(today), -1);
    for (let month = startOfMonth(start); month <= lastMonth; month = addMonths(month, 1)) {
      expect(caseFile.monitorings.some((m) => m.date.startsWith(month.slice(0, 7))), `${id} ${month}`).toBe(true);
    }
    const certEnd = currentCertification(caseFile.certifications, today)?.validTo;
    expect(certEnd && daysBetween(today, certEnd) > 60).toBe(true);
  });

  it.each(exemplary.filter((id) => id !== 'demo-client-16'))('%s: concrete goals inside the certification with reasons and instructions', (id) => {
    const caseFile = get('2028-02-29', id);
    const plan = caseFile.carePlans.find((p) => p.status === 'active');
    const cert = caseFile.certifications.find((c) => c.id === plan?.certificationId);
    for (const need of plan?.needs ?? []) {
      expect(need.text).toMatch(wishEnding);
      expect(listServiceLines([need]).some(({ line }) => line.kind === 'informal'), need.text).toBe(true);
      for (const goal of need.longTermGoals) {
        expect(periodWithin(goal.period ?? {}, certPeriod(cert)), goal.text).toBe(true);
        expect(goal.shortTermGoals.length).toBeGreaterThan(0);
        for (const shortTerm of goal.shortTermGoals) {
          expect(periodWithin(shortTerm.period ?? {}, goal.period ?? {}), shortTerm.text).toBe(true);
          for (const text of [goal.text, shortTerm.text]) expect([...vagueWords, ...serviceWords].filter((w) => text?.includes(w)), text).toEqual([]);
        }
      }
    }
    const lines = listServiceLines(plan?.needs ?? []).map(({ line }) => line);
    expect(lines.filter((l) => l.serviceTypeCode === '17').every((l) => l.reason)).toBe(true);
    expect(lines.filter((l) => ['13', '14', '16', '31'].includes(l.serviceTypeCode ?? '')).every((l) => l.physicianInstruction)).toBe(true);
    if (lines.some((l) => l.serviceTypeCode === '11')) expect(plan?.livingSupportReason?.reason).toBeDefined();
  });
});

describe('weak demo clients show the weakness they illustrate', () => {
  const today = '2026-01-31';

  it('05: needs not in own words, vague and service-shaped goals, no informal support', () => {
    const plan = get(today, 'demo-client-05').carePlans[0];
    expect(plan?.needs.every((n) => !wishEnding.test(n.text ?? ''))).toBe(true);
    expect(plan?.needs.map((n) => n.longTermGoals[0]?.text)).toEqual(['安心して在宅生活を送る', '現状維持', '安全に過ごす']);
    expect(listServiceLines(plan?.needs ?? []).some(({ line }) => line.kind === 'informal')).toBe(false);
    expect(plan?.livingSupportReason).toBeUndefined();
  });

  it('06: assessed at the office, items missing, dependency without detail', () => {
    const assessment = get(today, 'demo-client-06').assessments[0];
    expect(assessment?.place?.kind).toBe('office');
    expect(assessmentItemKeys.filter((key) => !isAssessmentItemRecorded(assessment ?? { items: {}, reason: undefined }, key))).toContain('lifeHistory');
    expect(assessment?.items.adl?.activities.filter((a) => a.status === 'partial' && !a.whoHelpsNow).length).toBeGreaterThan(0);
  });

  it('07: medical side missing (no doctor, no diagnoses, no instruction, no equipment reason)', () => {
    const caseFile = get(today, 'demo-client-07');
    expect(caseFile.client.primaryDoctor).toBeUndefined();
    expect(caseFile.assessments[0]?.items.health?.diagnoses).toEqual([]);
    const lines = listServiceLines(caseFile.carePlans[0]?.needs ?? []).map(({ line }) => line);
    expect(lines.find((l) => l.serviceTypeCode === '13')?.physicianInstruction).toBeUndefined();
    expect(lines.find((l) => l.serviceTypeCode === '17')?.reason).toBeUndefined();
  });

  it('08: periods outside the certification and a monitoring gap of two months', () => {
    const caseFile = get(today, 'demo-client-08');
    const plan = caseFile.carePlans[0];
    const cert = caseFile.certifications[0];
    expect(plan?.needs.some((n) => n.longTermGoals.some((g) => !periodWithin(g.period ?? {}, certPeriod(cert))))).toBe(true);
    expect(plan?.needs.some((n) => n.longTermGoals.some((g) => g.shortTermGoals.some((s) => !periodWithin(s.period ?? {}, g.period ?? {}))))).toBe(true);
    const months = caseFile.monitorings.map((m) => m.date.slice(0, 7));
    expect(months).not.toContain('2025-12');
    expect(months).not.toContain('2025-11');
  });

  it('09 and 10: process gaps (no consent or delivery; consent without meeting; certification ending)', () => {
    const plan9 = get(today, 'demo-client-09').carePlans[0];
    expect([plan9?.status, plan9?.consent, plan9?.delivery, plan9?.individualServicePlans]).toEqual(['active', undefined, undefined, []]);
    const file10 = get(today, 'demo-client-10');
    expect(file10.carePlans[0]?.meetingId).toBeUndefined();
    expect(file10.careTeamMeetings).toEqual([]);
    for (const day of todays) {
      const end = currentCertification(get(day, 'demo-client-10').certifications, day)?.validTo ?? '';
      expect(daysBetween(day, end)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(day, end)).toBeLessThanOrEqual(60);
    }
  });

  it('12 and 13: the same plan text for two different people', () => {
    const texts = (id: string) => get(today, id).carePlans[0]?.needs.map((n) => [n.text, n.longTermGoals.map((g) => [g.text, g.shortTermGoals.map((s) => s.text)])]);
    expect(texts('demo-client-12')).toEqual(texts('demo-client-13'));
    expect(get(today, 'demo-client-12').client.name).not.toBe(get(today, 'demo-client-13').client.name);
  });

  it('concentrates the office plans with 訪問介護 on the two 事業所 of one 法人, neither over 80% alone', () => {
    const plans = demoCaseFiles(today)
      .filter((f) => f.tenant === 'office')
      .flatMap((f) => f.caseFile.carePlans.filter((p) => p.status !== 'superseded'))
      .map((p) => new Set(listServiceLines(p.needs).filter(({ line }) => line.serviceTypeCode === '11').map(({ line }) => line.providerName)))
      .filter((names) => names.size > 0);
    const share = (...names: string[]) => plans.filter((on) => names.some((name) => on.has(name))).length / plans.length;
    expect(share('あおぞらヘルパーステーション')).toBeLessThanOrEqual(0.8);
    expect(share('あおぞらヘルパーステーション北')).toBeLessThanOrEqual(0.8);
    expect(share('あおぞらヘルパーステーション', 'あおぞらヘルパーステーション北')).toBeGreaterThan(0.8);
  });
});

describe('demo サービス利用票 (第6表・第7表)', () => {
  const withUsage = ['demo-client-01', 'demo-client-03', 'demo-client-11'];

  function sheetOf(today: string, id: string) {
    const caseFile = get(today, id);
    const usage = caseFile.serviceUsages[0]!;
    return { caseFile, usage, sheet: calculateUsageSheet(usage, { limitUnits: limitUnitsForUsage(caseFile.certifications, usage) }) };
  }

  it.each(todays)('gives this month a 利用票 whose services are those of the plan (today %s)', (today) => {
    for (const { caseFile } of demoCaseFiles(today)) {
      const id = caseFile.client.id;
      expect(caseFile.serviceUsages.length, id).toBe(withUsage.includes(id) ? 1 : 0);
      for (const usage of caseFile.serviceUsages) {
        expect(usage.month, id).toBe(today.slice(0, 7));
        const plan = caseFile.carePlans.find((p) => p.id === usage.carePlanId);
        expect(plan?.status, id).toBe('active');
        const planned = new Set(listServiceLines(plan?.needs ?? []).map(({ line }) => `${line.providerOfficeNumber}:${line.serviceTypeCode}`));
        for (const line of usage.lines) expect(planned.has(`${line.providerOfficeNumber}:${serviceTypeOf(line.serviceCode)}`), `${id} ${line.serviceName}`).toBe(true);
        expect(usage.createdOn && usage.createdOn <= today, id).toBe(true);
      }
    }
  });

  it.each(todays)('shows one client over 区分支給限度基準額, a service outside it and 短期入所 days (today %s)', (today) => {
    const over = sheetOf(today, 'demo-client-11').sheet;
    expect(over.limitUnits).toBe(19705);
    expect(over.totals.overLimitUnits).toBeGreaterThan(0);
    expect(over.totals.fullCopay).toBeGreaterThan(0);
    expect(over.totals.managedUnits - over.totals.overLimitUnits).toBe(19705);
    // The morning care, the last limit-counted line, is what goes over.
    expect(over.lines.filter((l) => l.overLimitUnits > 0).map((l) => l.serviceName)).toEqual(['身体介護2（起床・身支度）']);
    expect(over.subtotals.some((s) => s.outsideLimit)).toBe(true);

    const within = sheetOf(today, 'demo-client-01').sheet;
    expect(within.totals.overLimitUnits).toBe(0);
    expect(within.subtotals.filter((s) => s.outsideLimit).map((s) => s.serviceTypeName)).toEqual(['居宅療養管理指導']);

    const stay = sheetOf(today, 'demo-client-03').sheet;
    expect(stay.totals.overLimitUnits).toBe(0);
    expect(stay.shortStay).toEqual({ daysBefore: 4, daysThisMonth: 4, daysTotal: 8 });
  });

  it('exports each 利用票 as files the import reader accepts', () => {
    for (const id of withUsage) {
      const { caseFile, usage } = sheetOf('2026-01-31', id);
      const line = usage.lines[0]!;
      const destination = { officeNumber: line.providerOfficeNumber, serviceType: serviceTypeOf(line.serviceCode) };
      const result = exportUsageCsv([caseFile], { sender: { officeNumber: demoOffice.officeNumber!, serviceType: '43' }, destination, timestamp: '20260131090000', month: '2026-01' });
      expect(result.files.map((f) => f.name.slice(0, 15)), id).toEqual(['UPHOSOKU_202601', 'UPPLAN_202601_0', 'UPSIKYU_202601_']);
      expect(result.conversions, id).toEqual([]);
      for (const file of result.files) expect(readCsvFile(file.name, file.bytes)?.issues, `${id} ${file.name}`).toEqual([]);
      // Read back, the month is the same but for what 第6表/第7表 do not carry (line ids, サービス内容, the plan).
      const unit = importCsvFiles(result.files).units[0];
      expect(unit?.accepted, id).toBe(true);
      const back = unit?.caseFiles[0]?.serviceUsages[0];
      const carried = ({ id: _id, serviceName: _name, ...line }: ServiceUsageLine) => line;
      expect(back?.lines.map(carried), id).toEqual(usage.lines.map(carried));
      expect([back?.month, back?.createdOn, back?.shortStayDaysBefore, back?.benefitRatePercent], id).toEqual([usage.month, usage.createdOn, usage.shortStayDaysBefore, usage.benefitRatePercent]);
    }
  });
});
