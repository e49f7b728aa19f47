import { describe, expect, it } from 'vitest';
import { audit } from '../audit/audit.js';
import { monthIndex, monthLabel } from '../audit/rules/process/month-index.js';
import { shippedPack } from '../audit/testing/shipped-packs.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { RuleId } from '../policy/rule-ids.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import { aCaseFile, anExemplaryCaseFile } from '../testing/builders.js';
import { buildDashboard, type DashboardCase } from './build-dashboard.js';
import type { Dashboard } from './dashboard-api.js';

const asOf = '2025-07-10';
const national = shippedPack('national');

/** The national pack with some rules' params replaced (a municipality with another rhythm). */
function withParams(base: ResolvedPolicyPack, id: string, params: Partial<Record<RuleId, Record<string, unknown>>>): ResolvedPolicyPack {
  const rules = { ...base.rules };
  for (const [ruleId, p] of Object.entries(params) as [RuleId, Record<string, unknown>][]) rules[ruleId] = { ...rules[ruleId]!, params: { ...(rules[ruleId]!.params as object), ...p } };
  return { ...base, id, rules };
}

const packs = new Map<string, ResolvedPolicyPack>([
  ['national', national],
  ['hitachi', shippedPack('hitachi')],
  ['every-2', withParams(national, 'every-2', { 'process.monitoring-overdue': { careMonths: 2, preventionTypeAMonths: 1 }, 'process.certification-expiring': { daysBefore: 90 }, 'process.meeting-missing': { notRequiredForPreventionTypes: ['C'] } })],
  ['every-3', withParams(national, 'every-3', { 'process.monitoring-overdue': { careMonths: 3 } })],
]);
const packOf = (id: string) => packs.get(id)!;
const under = (policyId: string) => (caseFile: CaseFile): DashboardCase => ({ caseFile, policyId });
const board = (policyId: string, ...files: CaseFile[]) => buildDashboard(files.map(under(policyId)), asOf, packOf);

/** A care plan in force since 2025-04-01 with home visits on the given days. */
const monitoredOn = (...dates: string[]) => {
  const builder = anExemplaryCaseFile().withoutMonitorings();
  for (const date of dates) builder.withMonitoring({ date });
  return builder.build();
};

/** A 介護予防ケアマネジメント plan of a 類型 in force since 2025-04-01. */
const kana: Record<string, string> = { a: 'ア', 'a-seen': 'アア', b: 'イ', 'b-later': 'イイ', b2: 'イウ', c: 'ウ', none: 'エ' };
const preventionCase = (id: string, type: 'A' | 'B' | 'C' | undefined, patch: Record<string, unknown> = {}) =>
  aCaseFile()
    .withClient({ id, nameKana: kana[id]! })
    .withPreventionPlan({ id: `pp-${id}`, status: 'active', planKind: 'care_management', planDate: '2025-04-01', consent: { date: '2025-04-01', by: '本人', method: 'signature' }, ...(type ? { careManagementType: type } : {}), ...patch })
    .build();

describe('buildDashboard: monitoring', () => {
  it('lists the month now running with nothing recorded, and not once it is recorded', () => {
    const due = anExemplaryCaseFile().build(); // last monitoring 2025-06-26
    const done = anExemplaryCaseFile().withClient({ id: 'client-done', nameKana: 'アオバ ハナ' }).withMonitoring({ date: '2025-07-02' }).build();
    expect(board('hitachi', due, done).monitoringDue).toEqual([
      expect.objectContaining({ clientId: 'client-1', planKind: 'care_plan', planId: 'plan-1', intervalMonths: 1, due: { from: '2025-07', to: '2025-07' }, missed: [], lastMonitoringDate: '2025-06-26' }),
    ]);
  });

  it('does not expect monitoring while the client is in hospital or before a plan is in force', () => {
    const hospital = anExemplaryCaseFile().withClient({ status: 'hospitalized' }).build();
    const draftOnly = aCaseFile().withPlan({ status: 'draft' }).build();
    expect(board('hitachi', hospital, draftOnly).monitoringDue).toEqual([]);
  });

  it("follows the pack's rhythm: the same case file is due monthly, every two or every three months", () => {
    const juneDone = monitoredOn('2025-04-25', '2025-06-26');
    expect(board('national', juneDone).monitoringDue).toEqual([expect.objectContaining({ intervalMonths: 1, due: { from: '2025-07', to: '2025-07' }, missed: [{ from: '2025-05', to: '2025-05' }] })]);
    // Periods from May: May–June is covered by June's visit, July–August is running.
    expect(board('every-2', juneDone).monitoringDue).toEqual([expect.objectContaining({ intervalMonths: 2, due: { from: '2025-07', to: '2025-08' }, missed: [] })]);
    // May–July already has June's visit: nothing due.
    expect(board('every-3', juneDone).monitoringDue).toEqual([]);
  });

  it('follows the 介護予防ケアマネジメント 類型: A every N months, B on the date the plan sets, C never', () => {
    const typeA = preventionCase('a', 'A');
    const typeB = preventionCase('b', 'B', { nextMonitoringOn: '2025-06-15' });
    const typeBNoDate = preventionCase('b2', 'B');
    const typeC = preventionCase('c', 'C');
    const national3 = board('national', typeA, typeB, typeBNoDate, typeC).monitoringDue;
    expect(national3.map((i) => [i.clientId, i.careManagementType, i.intervalMonths, i.due, i.plannedOn, i.missed])).toEqual([
      ['a', 'A', 3, { from: '2025-05', to: '2025-07' }, undefined, []],
      ['b', 'B', undefined, undefined, '2025-06-15', [{ from: '2025-06', to: '2025-06' }]],
    ]);
    const monthly = board('every-2', typeA).monitoringDue;
    expect(monthly).toEqual([expect.objectContaining({ intervalMonths: 1, due: { from: '2025-07', to: '2025-07' }, missed: [{ from: '2025-05', to: '2025-06' }] })]);
    const bDone = preventionCase('b', 'B', { nextMonitoringOn: '2025-06-15' });
    bDone.monitorings.push({ id: 'm-b', date: '2025-06-20', method: 'home_visit', goalEvaluations: [], serviceStatuses: [] });
    expect(board('national', bDone).monitoringDue).toEqual([]);
  });
});

describe('buildDashboard: certifications, plans, reassessment, 気づき', () => {
  it("warns about certifications ending within the pack's window, with days left and a renewal in progress", () => {
    const ending = aCaseFile().withCertification({ validFrom: '2024-09-01', validTo: '2025-08-31' }).build();
    const far = aCaseFile().withClient({ id: 'far', nameKana: 'イ' }).withCertification({ validFrom: '2025-04-01', validTo: '2025-09-09' }).build();
    const applying = aCaseFile()
      .withClient({ id: 'applying', nameKana: 'ウ' })
      .withCertification({ validFrom: '2024-08-01', validTo: '2025-07-31' })
      .addCertification({ id: 'cert-next', status: 'applying', applicationKind: 'renewal', applicationDate: '2025-06-20' })
      .build();
    const row = (b: ReturnType<typeof board>) => b.certificationsEnding.map((i) => [i.clientId, i.daysLeft, i.windowDays, i.renewalApplied, i.renewalUnderWay, i.careLevel]);
    expect(row(board('hitachi', ending, far, applying))).toEqual([
      ['applying', 21, 60, true, true, '要介護1'],
      ['client-min', 52, 60, false, false, '要介護1'],
    ]);
    // A pack that looks 90 days ahead also shows the certification ending in 61 days.
    expect(row(board('every-2', ending, far, applying)).map((r) => r[0])).toEqual(['applying', 'client-min', 'far']);
  });

  it('leaves out a certification already followed by a newer decided one', () => {
    const renewed = aCaseFile()
      .withCertification({ validFrom: '2024-08-01', validTo: '2025-07-31' })
      .addCertification({ id: 'cert-new', status: 'certified', careLevel: 'care_2', validFrom: '2025-08-01', validTo: '2026-07-31' })
      .build();
    expect(board('hitachi', renewed).certificationsEnding).toEqual([]);
  });

  it('shows plans waiting for a meeting, consent or delivery; a minor change skips the meeting', () => {
    const draft = aCaseFile().withPlan({ id: 'p-draft', status: 'draft', planDate: '2025-07-01' }).build();
    const minor = aCaseFile().withClient({ id: 'c2', nameKana: 'イ' }).withPlan({ id: 'p-minor', status: 'draft', minorChange: true }).build();
    const met = aCaseFile().withClient({ id: 'c3', nameKana: 'ウ' }).withPlan({ id: 'p-met', status: 'meeting_held' }).build();
    const consented = aCaseFile().withClient({ id: 'c4', nameKana: 'エ' }).withPlan({ id: 'p-ok', status: 'consented' }).build();
    const active = anExemplaryCaseFile().withClient({ nameKana: 'オ' }).build();
    expect(board('hitachi', draft, minor, met, consented, active).plansWaiting.map((i) => [i.planId, i.waitingFor])).toEqual([
      ['p-minor', 'consent'],
      ['p-met', 'consent'],
      ['p-ok', 'delivery'],
      ['p-draft', 'meeting'],
    ]);
  });

  it('lets a 類型 the pack exempts from the meeting go straight to consent', () => {
    const draftB = aCaseFile().withPreventionPlan({ id: 'pp-b', status: 'draft', planKind: 'care_management', careManagementType: 'B', planDate: '2025-07-01' }).build();
    expect(board('national', draftB).plansWaiting.map((i) => [i.planId, i.waitingFor])).toEqual([['pp-b', 'consent']]);
    expect(board('every-2', draftB).plansWaiting.map((i) => [i.planId, i.waitingFor])).toEqual([['pp-b', 'meeting']]);
  });

  it('asks for the meeting a 区分変更認定 calls for until one is held, as the 気づき does', () => {
    const changed = anExemplaryCaseFile()
      .mutate((c) => c.certifications.push({ id: 'cert-lc', status: 'certified', applicationKind: 'level_change', applicationDate: '2025-05-20', certifiedOn: '2025-06-05', careLevel: 'care_3', validFrom: '2025-05-20', validTo: '2026-05-31' }))
      .build();
    expect(board('national', changed).plansWaiting.map((i) => [i.planId, i.waitingFor, i.certifiedOn])).toEqual([['plan-1', 'renewal_meeting', '2025-06-05']]);
    const met = anExemplaryCaseFile()
      .mutate((c) => c.certifications.push({ id: 'cert-lc', status: 'certified', applicationKind: 'level_change', applicationDate: '2025-05-20', certifiedOn: '2025-06-05', careLevel: 'care_3', validFrom: '2025-05-20', validTo: '2026-05-31' }))
      .mutate((c) => c.careTeamMeetings.push({ id: 'meeting-lc', kind: 'meeting', date: '2025-06-12', occasion: 'level_change', attendees: [], absentees: [] }))
      .build();
    expect(board('national', met).plansWaiting).toEqual([]);
  });

  it('asks for a reassessment after a renewal or level change that no assessment follows', () => {
    const covered = anExemplaryCaseFile().build(); // renewal applied 2025-02-10, assessed 2025-03-25
    const levelChange = anExemplaryCaseFile()
      .withClient({ id: 'lc', nameKana: 'イ' })
      .mutate((c) => c.certifications.push({ id: 'cert-lc', status: 'certified', applicationKind: 'level_change', applicationDate: '2025-06-01', careLevel: 'care_3', validFrom: '2025-06-01', validTo: '2026-05-31' }))
      .build();
    const neverAssessed = aCaseFile().withClient({ id: 'new', nameKana: 'ウ' }).build();
    expect(board('hitachi', covered, levelChange, neverAssessed).reassessmentsDue.map((i) => [i.clientId, i.reason, i.since, i.lastAssessmentDate])).toEqual([
      ['lc', 'level_change', '2025-06-01', '2025-03-25'],
      ['new', 'new', '2025-04-01', undefined],
    ]);
  });

  it("counts open 気づき per client under the client's pack, most serious first", () => {
    const weak = anExemplaryCaseFile().withClient({ id: 'weak', nameKana: 'イ' }).withAssessment({ place: { kind: 'hospital' } }).build();
    const clean = anExemplaryCaseFile().build();
    const result = board('hitachi', weak, clean);
    const weakItem = result.findings.find((f) => f.clientId === 'weak');
    expect(weakItem).toBeDefined();
    expect(weakItem!.policyId).toBe('hitachi');
    expect(weakItem!.top.map((t) => t.ruleId)).toContain('assessment.not-at-home');
    expect(weakItem!.count).toBe(weakItem!.bySeverity.standard + weakItem!.bySeverity.advice + weakItem!.bySeverity.question);
    expect(result.findings.find((f) => f.clientId === 'client-1')?.top.map((t) => t.ruleId) ?? []).not.toContain('assessment.not-at-home');
  });

  it('gives an empty dashboard for no clients', () => {
    expect(buildDashboard([], asOf, packOf)).toEqual({ asOf, monitoringDue: [], certificationsEnding: [], plansWaiting: [], reassessmentsDue: [], findings: [] });
  });
});

describe('the dashboard and the audit agree, under every pack', () => {
  const cases: CaseFile[] = [
    monitoredOn('2025-04-25', '2025-05-27', '2025-06-26'),
    monitoredOn('2025-04-25', '2025-06-26'),
    monitoredOn('2025-05-02'),
    monitoredOn(),
    preventionCase('a', 'A'),
    preventionCase('a-seen', 'A', { planDate: '2025-01-10', consent: { date: '2025-01-10', by: '本人', method: 'signature' } }),
    preventionCase('b', 'B', { nextMonitoringOn: '2025-06-15' }),
    preventionCase('b-later', 'B', { nextMonitoringOn: '2025-07-05' }),
    preventionCase('c', 'C'),
    preventionCase('none', undefined),
    aCaseFile().withCertification({ validFrom: '2024-09-01', validTo: '2025-08-31' }).build(),
    aCaseFile().withCertification({ validFrom: '2024-10-01', validTo: '2025-09-30' }).build(),
    aCaseFile()
      .withCertification({ validFrom: '2024-08-01', validTo: '2025-08-20' })
      .withSupportLogEntry({ date: '2025-07-01', title: '更新申請の相談' })
      .build(),
    anExemplaryCaseFile()
      .mutate((c) => c.certifications.push({ id: 'cert-lc', status: 'certified', applicationKind: 'level_change', applicationDate: '2025-05-20', certifiedOn: '2025-06-05', careLevel: 'care_3', validFrom: '2025-05-20', validTo: '2026-05-31' }))
      .build(),
  ].map((c, i) => ({ ...c, client: { ...c.client, id: `case-${i}`, nameKana: `ケース${String(i).padStart(2, '0')}` } }));

  const findingsOf = (caseFile: CaseFile, pack: ResolvedPolicyPack, ruleId: RuleId) => audit(caseFile, pack, { asOf }).findings.filter((f) => f.ruleId === ruleId);

  for (const policyId of packs.keys()) {
    it(`${policyId}: the missed monitoring periods are the ones the 気づき names; a certification nobody renews is in both`, () => {
      const pack = packOf(policyId);
      const result: Omit<Dashboard, 'unreadableClients'> = buildDashboard(cases.map(under(policyId)), asOf, packOf);
      for (const caseFile of cases) {
        const item = result.monitoringDue.find((i) => i.clientId === caseFile.client.id);
        const raised = findingsOf(caseFile, pack, 'process.monitoring-overdue').map((f) => f.message);
        const missed = item?.missed ?? [];
        expect(raised.length, `${caseFile.client.id} monitoring`).toBe(missed.length);
        missed.forEach((span, i) => {
          const label = item?.plannedOn !== undefined ? '' : monthLabel(monthIndex(`${span.from}-01`));
          expect(raised[i]!.startsWith(label), `${caseFile.client.id}: ${raised[i]} / ${label}`).toBe(true);
        });

        const renewalMeeting = result.plansWaiting.some((i) => i.clientId === caseFile.client.id && i.waitingFor === 'renewal_meeting');
        const renewalFinding = findingsOf(caseFile, pack, 'process.meeting-missing').some((f) => f.message.includes('の認定がありましたが'));
        expect(renewalFinding, `${caseFile.client.id} renewal meeting`).toBe(renewalMeeting);

        const ending = result.certificationsEnding.find((i) => i.clientId === caseFile.client.id);
        const expiring = findingsOf(caseFile, pack, 'process.certification-expiring');
        expect(expiring.length === 1, `${caseFile.client.id} certification`).toBe(ending !== undefined && ending.daysLeft >= 0 && !ending.renewalUnderWay);
      }
    });
  }

  it('differs between packs, so the comparison above is not of empty lists', () => {
    const national = buildDashboard(cases.map(under('national')), asOf, packOf);
    expect(national.plansWaiting.filter((i) => i.waitingFor === 'renewal_meeting')).toHaveLength(1);
    expect(national.certificationsEnding.filter((i) => !i.renewalUnderWay && i.daysLeft >= 0).length).toBeGreaterThan(0);
    const count = (policyId: string) => buildDashboard(cases.map(under(policyId)), asOf, packOf).monitoringDue.reduce((n, i) => n + i.missed.length, 0);
    expect(count('national')).toBeGreaterThan(0);
    expect(count('every-3')).not.toBe(count('national'));
    expect(count('every-2')).not.toBe(count('national'));
  });
});
