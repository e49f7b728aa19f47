import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { shippedPack } from '../../testing/shipped-packs.js';
import { monitoringParamsSchema, monitoringStanding } from './monitoring-rhythm.js';
import { monthIndex } from './month-index.js';

const asOf = '2025-07-10';
const defaults = monitoringParamsSchema.parse({});

/** A 介護予防ケアマネジメント 類型B plan in force since 2025-04-01. */
const typeB = (patch: Record<string, unknown> = {}) =>
  aCaseFile()
    .withPreventionPlan({ id: 'pp-1', status: 'active', planKind: 'care_management', careManagementType: 'B', planDate: '2025-04-01', consent: { date: '2025-04-01', by: '本人', method: 'signature' }, ...patch })
    .build();

const standingOf = (caseFile: CaseFile, params = defaults) => monitoringStanding(caseFile, { plan: undefined, preventionPlan: caseFile.preventionPlans[0] }, asOf, params);
const raised = (caseFile: CaseFile) => audit(caseFile, shippedPack('national'), { asOf }).findings.filter((f) => f.ruleId === 'process.monitoring-overdue');

describe('monitoringStanding', () => {
  it('places the day in its period, counted from the month after the plan starts', () => {
    const standing = standingOf(typeB(), { ...defaults, preventionTypeB: 3 });
    expect(standing).toMatchObject({ kind: 'periodic', interval: 3, firstMonth: monthIndex('2025-05-01'), lastMonth: monthIndex('2025-06-01') });
    expect(standing?.kind === 'periodic' && standing.current).toEqual({ firstMonth: monthIndex('2025-05-01'), lastMonth: monthIndex('2025-07-01') });
  });

  it("has no rhythm for 類型B 'as-planned' without a date, nor for 類型C 'none'", () => {
    expect(standingOf(typeB())).toBeUndefined();
    expect(standingOf(typeB({ careManagementType: 'C' }))).toBeUndefined();
  });

  it('follows the date a 類型B plan sets, and the 気づき names it once it has passed with nothing recorded', () => {
    const planned = typeB({ nextMonitoringOn: '2025-06-15' });
    expect(standingOf(planned)).toMatchObject({ kind: 'planned', plannedOn: '2025-06-15', done: false });
    expect(raised(planned).map((f) => f.message)).toEqual([expect.stringContaining('計画で定めたモニタリングの時期（令和7年6月15日）を過ぎました')]);
    expect(raised(planned)[0]?.evidence).toEqual([{ document: 'prevention_plan', documentId: 'pp-1', path: ['nextMonitoringOn'], label: '次回モニタリング予定日', value: '2025-06-15' }]);

    const done = typeB({ nextMonitoringOn: '2025-06-15' });
    done.monitorings.push({ id: 'm-1', date: '2025-06-20', method: 'home_visit', goalEvaluations: [], serviceStatuses: [] });
    expect(raised(done)).toEqual([]);
    // The planned month is the current one: not yet judged.
    expect(raised(typeB({ nextMonitoringOn: '2025-07-05' }))).toEqual([]);
  });
});
