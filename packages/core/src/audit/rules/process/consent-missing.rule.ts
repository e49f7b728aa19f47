import { z } from 'zod';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { Monitoring } from '../../../domain/monitoring.schema.js';
import { planStatusLabels } from '../../../domain/plan-lifecycle.schema.js';
import { defineRule, type Observation } from '../../rule.js';
import { dateText } from '../plan-structure/rule-text.js';
import { inUseStatuses, processPlans, type ProcessPlan } from './process-plan.js';
import { documentEvidence } from '../../evidence.js';

/** The first monitoring of this plan: services were under way by then. */
function firstMonitoring(caseFile: CaseFile, plan: ProcessPlan): Monitoring | undefined {
  return caseFile.monitorings.filter((m) => m.planId === plan.id).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
}

/** Why the plan is taken to be in use, for the message; undefined while it is still a 原案. */
function inUseReason(plan: ProcessPlan, monitoring: Monitoring | undefined): string | undefined {
  if (inUseStatuses.includes(plan.status)) return `計画の状態は「${planStatusLabels[plan.status]}」です`;
  if (monitoring !== undefined) return `${dateText(monitoring.date)}にこの計画のモニタリングがあります`;
  const delivered = plan.delivery?.toClientOn ?? plan.delivery?.toProviders.find((p) => p.deliveredOn !== undefined)?.deliveredOn;
  if (delivered !== undefined) return `${dateText(delivered)}に計画を交付しています`;
  return undefined;
}

function observationFor(caseFile: CaseFile, plan: ProcessPlan): Observation | undefined {
  const monitoring = firstMonitoring(caseFile, plan);
  const consentDate = plan.consent?.date;
  if (consentDate === undefined) {
    const reason = inUseReason(plan, monitoring);
    if (reason === undefined) return undefined;
    return {
      message: `${reason}が、${plan.title}に利用者の同意を得た日が記録されていません。原案の内容を説明し、文書で同意を得ましたか？`,
      evidence: [plan.evidence(['consent', 'date'], '説明・同意 同意日')],
    };
  }
  if (monitoring !== undefined && monitoring.date < consentDate) {
    return {
      message: `${plan.title}の同意日（${dateText(consentDate)}）より前に、この計画のモニタリング（${dateText(monitoring.date)}）があります。サービスの開始前に説明し、文書で同意を得ていましたか？`,
      evidence: [plan.evidence(['consent', 'date'], '説明・同意 同意日', consentDate), documentEvidence('monitoring', monitoring.id, ['date'], 'モニタリング実施日', monitoring.date)],
    };
  }
  return undefined;
}

/**
 * 13条10号 / 37号30条10号: a plan in use (consented, delivered, active, or already monitored
 * or delivered) without the date of the client's written consent, or consented only after
 * services had begun.
 */
export const consentMissingRule = defineRule({
  id: 'process.consent-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['plan', 'process'],
  evaluate({ caseFile, plan, preventionPlan }) {
    return processPlans({ plan, preventionPlan }).flatMap((target) => observationFor(caseFile, target) ?? []);
  },
});
