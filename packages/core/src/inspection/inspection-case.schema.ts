import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalChoice, optionalDate, requiredText } from '../domain/common.schema.js';
import { officeNumberSchema } from '../domain/organization.schema.js';
import { inspectionAreaKeys } from './inspection-areas.js';

/** Where a 点検 plan came from: submitted by the office through a grant, or CSV the insurer imported. */
export const inspectionSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('grant'), grantId: idSchema, documentId: idSchema, revision: z.number().int().positive() }),
    z.object({ kind: z.literal('csv'), sendUnit: requiredText('送信単位', 100), insuredNumber: requiredText('被保険者番号', 10) }),
    /** 自己点検: a plan of the office's own case files, read without a grant. */
    z.object({ kind: z.literal('own'), clientId: idSchema, documentId: idSchema, revision: z.number().int().positive() }),
  ],
  { error: '点検する計画の受け取り方（grant・csv・own）を指定してください' },
);

/** What happened to a 点検者's observation in the dialogue and the follow-up. */
export const observationStatuses = ['open', 'answered', 'agreed', 'verified', 'closed'] as const;
export const observationStatusLabels: Record<(typeof observationStatuses)[number], string> = {
  open: '問いかけ中',
  answered: '回答あり',
  agreed: '見直すことに合意',
  verified: '見直しを確認',
  closed: '完了',
};

/**
 * 点検者の気づき: an observation on one plan, by area and form field, with the question to ask; the care
 * manager's answer and what they will change; the insurer's check of the revision.
 */
export const inspectionObservationSchema = z.object({
  id: idSchema,
  area: choice(inspectionAreaKeys, '分野'),
  /** The automatic 気づき it was taken up from (`plan.goal-vague`), if any. */
  ruleId: inlineText(100),
  /** The pack's checklist item it concerns (`hitachi.check-7`), if any. */
  checklistItemId: inlineText(100),
  /** The form field, as an evidence path (`needs.0.longTermGoals.0.text`) or a label (第2表 長期目標). */
  field: inlineText(300),
  text: requiredText('点検者の気づき', 2000),
  /** 介護支援専門員への問いかけ */
  question: freeText(1000),
  /** 介護支援専門員の回答 (written before or in the session) */
  answer: freeText(2000),
  /** 見直すこと (agreed in the session) */
  change: freeText(2000),
  /** 見直しの確認 (the insurer's note on the revised plan) */
  followUp: freeText(2000),
  status: choice(observationStatuses, '状況'),
});
export type InspectionObservation = z.infer<typeof inspectionObservationSchema>;

/** 点検の面談: when, who took part, and each side's sign-off of the record. */
export const inspectionSessionSchema = z.object({
  date: optionalDate(),
  attendees: z.array(z.object({ name: requiredText('出席者の氏名', 100), side: choice(['insurer', 'office'], '出席者の立場'), role: inlineText(100) })).default([]),
  /** 確認（署名）: once both sides have signed, the record changes only by a new, logged revision. */
  signOffs: z.array(z.object({ side: choice(['insurer', 'office'], '確認した側'), name: requiredText('確認した人', 100), on: optionalDate() })).default([]),
});
export type InspectionSession = z.infer<typeof inspectionSessionSchema>;

/** One plan under ケアプラン点検 (点検事例), named by a pseudonym in every shared output. */
export const inspectionCaseSchema = z.object({
  id: idSchema,
  /** The year's 点検 it belongs to. */
  inspectionId: idSchema,
  officeNumber: officeNumberSchema,
  officeName: inlineText(200),
  careManagerName: inlineText(100),
  /** 事例の呼び名 (事例A); the client's name never appears in a 点検 output. */
  label: requiredText('事例の呼び名', 50),
  /** Why this plan was chosen (selection criterion). */
  selectedBy: optionalChoice(['living_support', 'near_benefit_limit', 'unchanged_long', 'benefit_outlier', 'random', 'chosen'], '選んだ理由'),
  source: inspectionSourceSchema.optional(),
  observations: z.array(inspectionObservationSchema).default([]),
  session: inspectionSessionSchema.optional(),
  /** The office's record of sharing what it learned (事例検討会・研修), 小樽市「点検を受けて」. */
  sharedInOffice: freeText(2000),
});
export type InspectionCase = z.infer<typeof inspectionCaseSchema>;

/** Where a case stands in the cycle (依頼 → 受領 → 準備 → 面談 → 確認 → 見直し → 完了), derived from its record. */
export type InspectionStage = 'requested' | 'received' | 'prepared' | 'in_dialogue' | 'signed_off' | 'follow_up' | 'closed';
export const inspectionStageLabels: Record<InspectionStage, string> = {
  requested: '提出依頼中',
  received: '受領',
  prepared: '点検準備済み',
  in_dialogue: '面談',
  signed_off: '双方確認済み',
  follow_up: '見直し中',
  closed: '完了',
};

/** True when both the insurer and the office have signed the record. */
export function isSignedOff(inspection: Pick<InspectionCase, 'session'>): boolean {
  const sides = new Set(inspection.session?.signOffs.map((s) => s.side));
  return sides.has('insurer') && sides.has('office');
}

/** The stage of a case, computed from what is recorded (never stored, so it cannot disagree). */
export function inspectionStage(inspection: Pick<InspectionCase, 'source' | 'observations' | 'session'>): InspectionStage {
  if (!inspection.source) return 'requested';
  if (inspection.observations.length === 0) return 'received';
  if (isSignedOff(inspection)) {
    const open = inspection.observations.filter((o) => o.status !== 'verified' && o.status !== 'closed');
    if (open.length === 0) return 'closed';
    return inspection.observations.some((o) => o.status === 'agreed') ? 'follow_up' : 'signed_off';
  }
  return inspection.session?.date ? 'in_dialogue' : 'prepared';
}
