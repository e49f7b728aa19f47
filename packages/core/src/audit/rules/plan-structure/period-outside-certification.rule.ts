import { z } from 'zod';
import type { ServiceLine } from '../../../domain/care-plan-needs.schema.js';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { Certification } from '../../../domain/certification.schema.js';
import type { DatePeriod } from '../../../dates/iso-date.js';
import type { Evidence } from '../../finding.js';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { longTermGoalLabel, longTermGoalPath, shortTermGoalLabel, shortTermGoalPath } from './plan-paths.js';
import { extendsBeyond, hasDates, hasText, periodText, quote } from './rule-text.js';

/** The 認定の有効期間 the plan is judged against, and where it is recorded. */
interface Validity {
  period: DatePeriod;
  /** The recorded end (有効期間の開始 or 終了) that `exceeding` goes past. */
  evidence(exceeding: DatePeriod): Evidence;
}

function exceededEnd(exceeding: DatePeriod, validity: DatePeriod): 'start' | 'end' {
  return validity.end !== undefined && extendsBeyond(exceeding, { end: validity.end }) ? 'end' : 'start';
}

function certificationValidity(cert: Certification): Validity | undefined {
  const period = { start: cert.validFrom, end: cert.validTo };
  if (!hasDates(period)) return undefined;
  return {
    period,
    evidence(exceeding) {
      return {
        document: 'certification',
        documentId: cert.id,
        path: [exceededEnd(exceeding, period) === 'end' ? 'validTo' : 'validFrom'],
        label: '認定の有効期間',
        value: periodText(period),
      };
    },
  };
}

function planValidity(plan: CarePlan): Validity | undefined {
  const period = { start: plan.certificationValidFrom, end: plan.certificationValidTo };
  if (!hasDates(period)) return undefined;
  return {
    period,
    evidence(exceeding) {
      return planEvidence(plan, [exceededEnd(exceeding, period) === 'end' ? 'certificationValidTo' : 'certificationValidFrom'], '第1表 認定の有効期間', periodText(period));
    },
  };
}

/**
 * The certification the plan names (by id) wins; else the 有効期間 copied onto 第1表; else
 * the certification in force on the audit date. The plan's own copy comes before the one
 * in force so that a plan made for the previous certification is not judged against a
 * renewal it was never meant to cover (that is process.certification-expiring's concern).
 */
function validityOf(plan: CarePlan, certification: Certification | undefined): Validity | undefined {
  const linked = certification !== undefined && plan.certificationId !== undefined && certification.id === plan.certificationId;
  return (linked ? certificationValidity(certification) : undefined) ?? planValidity(plan) ?? (certification !== undefined ? certificationValidity(certification) : undefined);
}

function lineName(line: ServiceLine): string {
  if (hasText(line.serviceTypeName)) return `（${line.serviceTypeName}）`;
  return hasText(line.content) ? quote(line.content) : '';
}

function closing(validity: Validity): string {
  return `が、認定の有効期間（${periodText(validity.period)}）に収まっていません。期間は認定の有効期間も考慮して設定することとされています。期間を見直してみませんか？`;
}

/** True when a recorded period reaches outside the 有効期間. */
function outside(period: DatePeriod | undefined, validity: Validity): period is DatePeriod {
  return hasDates(period) && extendsBeyond(period, validity.period);
}

function observationsFor(plan: CarePlan, validity: Validity): Observation[] {
  const out: Observation[] = [];
  plan.needs.forEach((need, n) => {
    need.longTermGoals.forEach((goal, l) => {
      if (outside(goal.period, validity)) {
        const label = longTermGoalLabel(n, l);
        out.push({
          message: `${label}の期間（${periodText(goal.period)}）${closing(validity)}`,
          evidence: [planEvidence(plan, [...longTermGoalPath(n, l), 'period'], `${label} 期間`, periodText(goal.period)), validity.evidence(goal.period)],
        });
      }
      goal.shortTermGoals.forEach((short, s) => {
        const lines: { lineLabel: string; period: DatePeriod; evidence: Evidence }[] = [];
        short.serviceLines.forEach((line, k) => {
          if (!outside(line.period, validity)) return;
          const lineLabel = `${shortTermGoalLabel(n, l, s)} 援助内容${k + 1}${lineName(line)}`;
          lines.push({ lineLabel, period: line.period, evidence: planEvidence(plan, [...shortTermGoalPath(n, l, s), 'serviceLines', k, 'period'], `${lineLabel} 期間`, periodText(line.period)) });
        });
        if (outside(short.period, validity)) {
          const label = shortTermGoalLabel(n, l, s);
          // Lines usually copy their goal's period: report them with the goal, not one by one.
          const also = lines.length > 0 ? `と、その援助内容${lines.length}件の期間` : '';
          out.push({
            message: `${label}の期間（${periodText(short.period)}）${also}${closing(validity)}`,
            evidence: [planEvidence(plan, [...shortTermGoalPath(n, l, s), 'period'], `${label} 期間`, periodText(short.period)), ...lines.map((x) => x.evidence), validity.evidence(short.period)],
          });
          return;
        }
        for (const line of lines) {
          out.push({ message: `${line.lineLabel}の期間（${periodText(line.period)}）${closing(validity)}`, evidence: [line.evidence, validity.evidence(line.period)] });
        }
      });
    });
  });
  return out;
}

/**
 * 記載要領 第2表③ and 13条3号・8号: goal and service periods are set with the 認定の有効期間
 * in mind, so a 長期目標, 短期目標 or 援助内容 period reaching outside it is reported (only
 * recorded ends are compared). Without any known 有効期間 (申請中) there is nothing to judge.
 */
export const periodOutsideCertificationRule = defineRule({
  id: 'plan.period-outside-certification',
  scope: 'case',
  params: z.object({}),
  requires: ['plan', 'certification'],
  evaluate({ plan, certification }) {
    if (plan === undefined) return [];
    const validity = validityOf(plan, certification);
    return validity !== undefined ? observationsFor(plan, validity) : [];
  },
});
