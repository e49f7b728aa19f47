import { z } from 'zod';
import { careLevelTable, careLevels } from './codes/care-level.js';
import { certificationStatuses, livingSupportReasons, planCategories } from './codes/plan-codes.js';
import { choice, codedChoice, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, optionalDate, requiredText } from './common.schema.js';
import { needSchema } from './care-plan-needs.schema.js';
import { consentSchema, deliverySchema, individualServicePlanSchema, planStatuses } from './plan-lifecycle.schema.js';
import { weeklyScheduleSchema } from './weekly-schedule.schema.js';

/** 生活援助中心型の算定理由 (第1表). */
export const livingSupportReasonSchema = z.object({
  reason: optionalChoice(livingSupportReasons, '生活援助中心型の算定理由'),
  /** その他の理由 */
  otherText: freeText(1000),
});

/** 利用者及び家族の生活に対する意向を踏まえた課題分析の結果 */
export const intentionsSchema = z.object({
  /** 本人の意向 */
  client: freeText(),
  /** 家族の意向 */
  family: freeText(),
  /** 課題分析の結果 */
  analysisResult: freeText(),
  /**
   * 意向欄の記載のうち、本人・家族・課題分析の結果のどれか分けられないもの (text of another
   * software's 第1表 column that no label attributes), kept as written until the care manager files it.
   */
  unattributed: freeText(),
});

/**
 * A 気づき the care manager read and decided to keep as it is, with the reason (確認済みの気づき).
 * Saved with the plan, so each decision is versioned with the text it was about.
 */
export const acknowledgementSchema = z.object({
  id: idSchema,
  /** The audit rule of the 気づき (`plan.goal-vague`); kept as text so a retired rule never breaks an old plan. */
  ruleId: z.string({ error: 'ルールIDを文字で指定してください' }).min(1, { error: 'ルールIDが空です' }),
  /** Dotted path of the field the 気づき pointed at (`needs.0.longTermGoals.0.text`); empty for the plan as a whole. */
  evidencePath: z.string({ error: '対象の項目を文字で指定してください' }).max(300, { error: '対象の項目は300文字以内で指定してください' }),
  /** Why the plan stays as written (理由). */
  reason: requiredText('確認した理由', 1000),
  /** Who acknowledged it (name as shown). */
  by: inlineText(100),
  /** When (ISO 8601 UTC). */
  at: z.iso.datetime({ error: '確認日時は ISO 8601 形式（UTC）で指定してください' }),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** 居宅サービス計画 (document kind `care_plan`): 第1表, 第2表, 第3表 and the plan's lifecycle. */
export const carePlanSchema = z.object({
  id: idSchema,
  status: choice(planStatuses, '計画の状態').default('draft'),
  // 第1表
  /** 作成年月日 */
  createdOn: optionalDate(),
  /** 居宅サービス計画作成（変更）日 */
  planDate: optionalDate(),
  /** 初回居宅サービス計画作成日 */
  firstPlanDate: optionalDate(),
  /** 計画書区分 初回・紹介・継続 (see planCategoryCode for the CSV code) */
  planCategories: z
    .array(choice(planCategories, '計画書区分'))
    .default([])
    .refine((list) => new Set(list).size === list.length, { error: '計画書区分が重複しています' }),
  /** 認定済・申請中 */
  certificationStatus: optionalChoice(certificationStatuses, '認定状況'),
  /** The certification the plan is based on, and the values copied onto 第1表. */
  certificationId: inlineText(100),
  careLevel: codedChoice(careLevels, careLevelTable, '要介護状態区分'),
  certifiedOn: optionalDate(),
  certificationValidFrom: optionalDate(),
  certificationValidTo: optionalDate(),
  /** The assessment the plan is based on. */
  assessmentId: inlineText(100),
  /** 居宅サービス計画作成者 (user id and name as printed) */
  authorUserId: inlineText(100),
  authorName: inlineText(100),
  intentions: intentionsSchema.optional(),
  /** 介護認定審査会の意見及びサービスの種類の指定 */
  committeeOpinion: freeText(2000),
  /** 総合的な援助の方針 */
  overallPolicy: freeText(),
  livingSupportReason: livingSupportReasonSchema.optional(),
  /** 緊急時の対応機関・連絡先 (part of 総合的な援助の方針 on the form) */
  emergencyContactsNote: freeText(1000),
  // 第2表
  needs: z.array(needSchema).default([]),
  // 第3表
  weeklySchedule: weeklyScheduleSchema.optional(),
  // Lifecycle
  /** 軽微な変更 (記載要領: changes with no real effect may skip parts of the process) */
  minorChange: optionalBoolean(),
  minorChangeNote: freeText(1000),
  /** サービス担当者会議 (care_team_meeting document id) */
  meetingId: inlineText(100),
  consent: consentSchema.optional(),
  delivery: deliverySchema.optional(),
  individualServicePlans: z.array(individualServicePlanSchema).default([]),
  /** The plan this one replaces, and the plan that replaced this one. */
  supersedes: inlineText(100),
  supersededBy: inlineText(100),
  supersededOn: optionalDate(),
  /** 気づき acknowledged with a reason (確認済みの気づき); optional so plans written before it stay unchanged. */
  acknowledgements: z.array(acknowledgementSchema).optional(),
  notes: freeText(),
});
export type CarePlan = z.infer<typeof carePlanSchema>;
