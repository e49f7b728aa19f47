import { z } from 'zod';
import { freeText, idSchema, inlineText, optionalChoice, optionalDate } from './common.schema.js';

/**
 * Life of a plan: 原案 → 担当者会議済 → 同意済 → 交付済 → 実施中 → 変更により終了.
 * A plan is never edited after it is superseded; a change makes a new plan document.
 */
export const planStatuses = ['draft', 'meeting_held', 'consented', 'delivered', 'active', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  draft: '原案',
  meeting_held: '担当者会議済',
  consented: '同意済',
  delivered: '交付済',
  active: '実施中',
  superseded: '変更済（終了）',
};

/** Statuses a plan may move to from each status (forward only; a meeting may be skipped for minor changes). */
export const planStatusTransitions: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['meeting_held', 'consented', 'superseded'],
  meeting_held: ['consented', 'superseded'],
  consented: ['delivered', 'superseded'],
  delivered: ['active', 'superseded'],
  active: ['superseded'],
  superseded: [],
};

/** True when a plan may go from `from` to `to`. */
export function canChangePlanStatus(from: PlanStatus, to: PlanStatus): boolean {
  return planStatusTransitions[from].includes(to);
}

/** How consent was given (13条10号: 文書による同意). */
export const consentMethods = ['signature', 'seal', 'electronic', 'other'] as const;

/** 説明・同意 */
export const consentSchema = z.object({
  date: optionalDate(),
  /** 同意者 (本人 or the family member's name) */
  by: inlineText(100),
  /** 続柄 when a family member consented */
  relationship: inlineText(50),
  method: optionalChoice(consentMethods, '同意の方法'),
  notes: freeText(1000),
});
export type Consent = z.infer<typeof consentSchema>;

/** 交付: to the client and to every provider on the plan (13条11号). */
export const deliverySchema = z.object({
  toClientOn: optionalDate(),
  toProviders: z
    .array(z.object({ id: idSchema, providerName: inlineText(200), officeNumber: inlineText(20), deliveredOn: optionalDate() }))
    .default([]),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** 個別サービス計画の提出依頼・受領 per provider (13条12号). */
export const individualServicePlanSchema = z.object({
  id: idSchema,
  providerName: inlineText(200),
  officeNumber: inlineText(20),
  requestedOn: optionalDate(),
  receivedOn: optionalDate(),
  notes: freeText(1000),
});
export type IndividualServicePlan = z.infer<typeof individualServicePlanSchema>;
