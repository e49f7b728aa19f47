import { z } from 'zod';
import { judgeBasicChecklist } from '../../../domain/basic-checklist-judgement.js';
import type { BasicChecklist } from '../../../domain/basic-checklist.schema.js';
import { careManagementTypes, type PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { documentEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { dateText, hasText } from '../plan-structure/rule-text.js';
import { isPastDraft, fromPreventionPlan } from './process-plan.js';

const typeList = (label: string) => z.array(z.enum(careManagementTypes, { error: `${label}は A・B・C のいずれかで指定してください` }));

const paramsSchema = z.object({
  /** 初回のみの類型 (C): no monitoring and no further plan afterwards; self-management. */
  initialOnlyTypes: typeList('initialOnlyTypes').default(['C']),
  /** 類型 whose plan must state when monitoring happens (B: 必要に応じてモニタリングの時期を設定). */
  plannedTimingTypes: typeList('plannedTimingTypes').default(['B']),
  /** Ask for a 類型 when the latest 基本チェックリスト makes the client a 事業対象者. */
  typeRequiredForBusinessTarget: z.boolean({ error: 'typeRequiredForBusinessTarget は true か false で指定してください' }).default(true),
});

const planStart = (plan: PreventionPlan) => plan.planDate ?? plan.consent?.date;

function latestChecklist(checklists: readonly BasicChecklist[]): BasicChecklist | undefined {
  return [...checklists].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
}

/**
 * 介護予防ケアマネジメントの類型 (塩尻市 (1)) against what the case file shows: an initial-only
 * plan (C) followed by monitoring or by another initial-only plan, a plan of a type that sets its
 * own monitoring timing (B) that states none, and a 事業対象者 whose plan names no 類型.
 * 類型A's meeting and three-monthly monitoring are checked by process.meeting-missing and
 * process.monitoring-overdue.
 */
export const preventionTypeMismatchRule = defineRule({
  id: 'process.prevention-type-mismatch',
  scope: 'case',
  params: paramsSchema,
  requires: ['prevention', 'monitoring'],
  evaluate({ caseFile, params, preventionPlan }) {
    if (preventionPlan === undefined) return [];
    const observations: Observation[] = [];
    const target = fromPreventionPlan(preventionPlan);
    const type = preventionPlan.careManagementType;
    const start = planStart(preventionPlan);

    if (type !== undefined && params.initialOnlyTypes.includes(type) && start !== undefined && isPastDraft(target)) {
      const later = caseFile.monitorings.filter((m) => m.date > start).sort((a, b) => (a.date < b.date ? -1 : 1));
      if (later.length > 0) {
        observations.push({
          message: `類型${type}（初回のみのケアマネジメント）の計画（${dateText(start)}）の後に、モニタリングが${later.length}件記録されています（最初は${dateText(later[0]!.date)}）。類型${type}では初回の後はモニタリングを行わず、本人のセルフマネジメントに委ねます。継続して関わる必要があるなら、類型を見直しませんか？`,
          evidence: [target.evidence(['careManagementType'], 'ケアマネジメントの類型', type), ...later.map((m) => documentEvidence('monitoring', m.id, ['date'], 'モニタリング実施日', m.date))],
        });
      }
      const earlier = caseFile.preventionPlans.find((p) => p.id !== preventionPlan.id && p.careManagementType === type && (planStart(p) ?? '') < start);
      if (earlier !== undefined) {
        observations.push({
          message: `類型${type}（初回のみのケアマネジメント）の計画が、${dateText(planStart(earlier) ?? start)}に続いてもう一度作られています。類型${type}は初回のみで、その後は住民主体の支援などにつなげてセルフマネジメントとします。続けて支援する必要があるなら、類型AかBで計画しませんか？`,
          evidence: [target.evidence(['careManagementType'], 'ケアマネジメントの類型', type), documentEvidence('prevention_plan', earlier.id, ['careManagementType'], '前の計画の類型', type)],
        });
      }
    }

    if (type !== undefined && params.plannedTimingTypes.includes(type) && isPastDraft(target) && !hasText(preventionPlan.monitoringPlan) && preventionPlan.nextMonitoringOn === undefined) {
      observations.push({
        message: `類型${type}（簡略化したケアマネジメント）の計画に、モニタリングの時期が書かれていません。類型${type}では間隔をあけて必要に応じてモニタリングの時期を設定します。いつ本人の様子を確かめるか、計画に書いておきませんか？`,
        evidence: [target.evidence(['monitoringPlan'], 'モニタリングの時期')],
      });
    }

    const checklist = latestChecklist(caseFile.basicChecklists);
    if (params.typeRequiredForBusinessTarget && type === undefined && checklist !== undefined && preventionPlan.planKind !== 'prevention_support' && judgeBasicChecklist(checklist).isBusinessTarget) {
      observations.push({
        message: `基本チェックリスト（${dateText(checklist.date)}）で事業対象者に該当していますが、介護予防ケアマネジメントの類型（A・B・C）が選ばれていません。本人の状況と希望する生活から、どの類型で支援するかを決めましたか？`,
        evidence: [target.evidence(['careManagementType'], 'ケアマネジメントの類型'), documentEvidence('basic_checklist', checklist.id, ['date'], '基本チェックリスト 記入日', checklist.date)],
      });
    }
    return observations;
  },
});
