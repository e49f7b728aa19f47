import type { IsoDate } from '../dates/iso-date.js';
import type { CareManagementType, PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { Monitoring } from '../domain/monitoring.schema.js';
import { careManagementTypeGuides } from './care-management-types.js';

const filled = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/** When the client is next seen, as the 手帳 says it. */
export type HandbookNextCheck =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'planned'; text: string }
  | { kind: 'self_management' }
  | { kind: 'undecided' };

/** 介護予防手帳 (大曲仙北 第1 留意点): the client's own summary of the plan. */
export interface PreventionHandbook {
  planId: string;
  planDate?: IsoDate;
  /** 目標とする生活 (1日・1年), in the client's words */
  targetLife: { day?: string; year?: string };
  /** 目標 of each 総合的課題 */
  goals: string[];
  /** 本人の取組・家族や地域の支援 (本人等のセルフケアや家族の支援、インフォーマルサービス) */
  selfCare: string[];
  /** 介護保険サービス又は地域支援事業, with where */
  services: string[];
  type?: { type: CareManagementType; title: string; summary: string };
  nextCheck: HandbookNextCheck;
  lastMonitoringOn?: IsoDate;
  /** 担当地域包括支援センター */
  centerName?: string;
  /** 担当者: the delegated care manager, else the center's staff */
  personInCharge?: string;
  /** 委託先 (name and phone) when the plan is delegated */
  office?: { name?: string; phone?: string };
}

/**
 * The 介護予防手帳 of a plan: goals and what the client does, de-duplicated in plan order, the
 * 類型 and the next check (the plan's date or timing; none under an initial-only 類型).
 */
export function preventionHandbook(plan: PreventionPlan, monitorings: readonly Pick<Monitoring, 'date'>[] = []): PreventionHandbook {
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter(filled).map((v) => v.trim()))];
  const rows = plan.issues.flatMap((issue) => issue.supportRows);
  const type = plan.careManagementType;
  const since = plan.planDate ?? '';
  const lastMonitoringOn = monitorings.map((m) => m.date).filter((d) => d >= since).sort().at(-1);
  let nextCheck: HandbookNextCheck = { kind: 'undecided' };
  if (type === 'C') nextCheck = { kind: 'self_management' };
  else if (plan.nextMonitoringOn !== undefined) nextCheck = { kind: 'date', date: plan.nextMonitoringOn };
  else if (filled(plan.monitoringPlan)) nextCheck = { kind: 'planned', text: plan.monitoringPlan.trim() };
  const guide = type === undefined ? undefined : careManagementTypeGuides[type];
  return {
    planId: plan.id,
    ...(plan.planDate !== undefined ? { planDate: plan.planDate } : {}),
    targetLife: { ...(filled(plan.targetLife?.day) ? { day: plan.targetLife.day } : {}), ...(filled(plan.targetLife?.year) ? { year: plan.targetLife.year } : {}) },
    goals: unique(plan.issues.map((i) => i.goal)),
    selfCare: unique(rows.map((r) => r.selfCareAndInformal)),
    services: unique(rows.map((r) => (filled(r.formalService) ? `${r.formalService.trim()}${filled(r.providerName) ? `（${r.providerName.trim()}）` : ''}` : undefined))),
    ...(guide ? { type: { type: guide.type, title: guide.title, summary: guide.summary } } : {}),
    nextCheck,
    ...(lastMonitoringOn !== undefined ? { lastMonitoringOn } : {}),
    ...(filled(plan.centerName) ? { centerName: plan.centerName } : {}),
    ...(filled(plan.careManagerName) ? { personInCharge: plan.careManagerName } : filled(plan.centerStaffName) ? { personInCharge: plan.centerStaffName } : {}),
    ...(plan.delegated === true && plan.delegatedOffice ? { office: { ...(filled(plan.delegatedOffice.name) ? { name: plan.delegatedOffice.name } : {}), ...(filled(plan.delegatedOffice.phone) ? { phone: plan.delegatedOffice.phone } : {}) } } : {}),
  };
}
