import { aCaseFile, anExemplaryCaseFile, type CaseFile } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardCase } from './dashboard.service.js';

const asOf = '2025-07-10';
const hitachi = (caseFile: CaseFile): DashboardCase => ({ caseFile, policyId: 'hitachi' });

describe('buildDashboard', () => {
  it('lists monitoring not done this month for a plan in force, and not when it is done', () => {
    const due = anExemplaryCaseFile().build(); // last monitoring 2025-06-26
    const done = anExemplaryCaseFile().withClient({ id: 'client-done', nameKana: 'アオバ ハナ' }).withMonitoring({ date: '2025-07-02' }).build();
    const board = buildDashboard([hitachi(due), hitachi(done)], asOf);
    expect(board.monitoringDue).toEqual([
      expect.objectContaining({ clientId: 'client-1', planKind: 'care_plan', planId: 'plan-1', cadence: 'monthly', lastMonitoringDate: '2025-06-26' }),
    ]);
  });

  it('does not expect monitoring while the client is in hospital or before a plan is in force', () => {
    const hospital = anExemplaryCaseFile().withClient({ status: 'hospitalized' }).build();
    const draftOnly = aCaseFile().withPlan({ status: 'draft' }).build();
    expect(buildDashboard([hitachi(hospital), hitachi(draftOnly)], asOf).monitoringDue).toEqual([]);
  });

  it('warns about certifications ending within 60 days, with days left and a renewal in progress', () => {
    const ending = aCaseFile().withCertification({ validFrom: '2024-09-01', validTo: '2025-08-31' }).build();
    const far = aCaseFile().withClient({ id: 'far', nameKana: 'イ' }).withCertification({ validFrom: '2025-04-01', validTo: '2025-09-09' }).build();
    const applying = aCaseFile()
      .withClient({ id: 'applying', nameKana: 'ウ' })
      .withCertification({ validFrom: '2024-08-01', validTo: '2025-07-31' })
      .addCertification({ id: 'cert-next', status: 'applying', applicationKind: 'renewal', applicationDate: '2025-06-20' })
      .build();
    const board = buildDashboard([hitachi(ending), hitachi(far), hitachi(applying)], asOf);
    expect(board.certificationsEnding.map((i) => [i.clientId, i.daysLeft, i.renewalApplied, i.careLevel])).toEqual([
      ['applying', 21, true, '要介護1'],
      ['client-min', 52, false, '要介護1'],
    ]);
  });

  it('leaves out a certification already followed by a newer decided one', () => {
    const renewed = aCaseFile()
      .withCertification({ validFrom: '2024-08-01', validTo: '2025-07-31' })
      .addCertification({ id: 'cert-new', status: 'certified', careLevel: 'care_2', validFrom: '2025-08-01', validTo: '2026-07-31' })
      .build();
    expect(buildDashboard([hitachi(renewed)], asOf).certificationsEnding).toEqual([]);
  });

  it('shows plans waiting for a meeting, consent or delivery; a minor change skips the meeting', () => {
    const draft = aCaseFile().withPlan({ id: 'p-draft', status: 'draft', planDate: '2025-07-01' }).build();
    const minor = aCaseFile().withClient({ id: 'c2', nameKana: 'イ' }).withPlan({ id: 'p-minor', status: 'draft', minorChange: true }).build();
    const met = aCaseFile().withClient({ id: 'c3', nameKana: 'ウ' }).withPlan({ id: 'p-met', status: 'meeting_held' }).build();
    const consented = aCaseFile().withClient({ id: 'c4', nameKana: 'エ' }).withPlan({ id: 'p-ok', status: 'consented' }).build();
    const active = anExemplaryCaseFile().withClient({ nameKana: 'オ' }).build();
    const board = buildDashboard([draft, minor, met, consented, active].map(hitachi), asOf);
    expect(board.plansWaiting.map((i) => [i.planId, i.waitingFor])).toEqual([
      ['p-minor', 'consent'],
      ['p-met', 'consent'],
      ['p-ok', 'delivery'],
      ['p-draft', 'meeting'],
    ]);
  });

  it('asks for a reassessment after a renewal or level change that no assessment follows', () => {
    const covered = anExemplaryCaseFile().build(); // renewal applied 2025-02-10, assessed 2025-03-25
    const levelChange = anExemplaryCaseFile()
      .withClient({ id: 'lc', nameKana: 'イ' })
      .mutate((c) => c.certifications.push({ id: 'cert-lc', status: 'certified', applicationKind: 'level_change', applicationDate: '2025-06-01', careLevel: 'care_3', validFrom: '2025-06-01', validTo: '2026-05-31' }))
      .build();
    const neverAssessed = aCaseFile().withClient({ id: 'new', nameKana: 'ウ' }).build();
    const board = buildDashboard([covered, levelChange, neverAssessed].map(hitachi), asOf);
    expect(board.reassessmentsDue.map((i) => [i.clientId, i.reason, i.since, i.lastAssessmentDate])).toEqual([
      ['lc', 'level_change', '2025-06-01', '2025-03-25'],
      ['new', 'new', '2025-04-01', undefined],
    ]);
  });

  it("counts open 気づき per client under the client's pack, most serious first", () => {
    const weak = anExemplaryCaseFile().withClient({ id: 'weak', nameKana: 'イ' }).withAssessment({ place: { kind: 'hospital' } }).build();
    const clean = anExemplaryCaseFile().build();
    const board = buildDashboard([hitachi(weak), hitachi(clean)], asOf);
    const weakItem = board.findings.find((f) => f.clientId === 'weak');
    expect(weakItem).toBeDefined();
    expect(weakItem!.policyId).toBe('hitachi');
    expect(weakItem!.top.map((t) => t.ruleId)).toContain('assessment.not-at-home');
    expect(weakItem!.count).toBe(weakItem!.bySeverity.standard + weakItem!.bySeverity.advice + weakItem!.bySeverity.question);
    const cleanRules = board.findings.find((f) => f.clientId === 'client-1')?.top.map((t) => t.ruleId) ?? [];
    expect(cleanRules).not.toContain('assessment.not-at-home');
  });

  it('gives an empty dashboard for no clients', () => {
    expect(buildDashboard([], asOf)).toEqual({ asOf, monitoringDue: [], certificationsEnding: [], plansWaiting: [], reassessmentsDue: [], findings: [] });
  });
});
