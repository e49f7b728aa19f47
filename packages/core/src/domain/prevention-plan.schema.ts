import { z } from 'zod';
import { careLevelTable, careLevels } from './codes/care-level.js';
import { certificationStatuses, planCategories } from './codes/plan-codes.js';
import { choice, codePreprocess, codedChoice, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, optionalDate, optionalNumber, periodSchema, phoneSchema } from './common.schema.js';
import { consentSchema, deliverySchema, planStatuses } from './plan-lifecycle.schema.js';

/** 計画種類: 介護予防支援 (要支援) or 介護予防ケアマネジメント (総合事業). */
export const preventionPlanKinds = ['prevention_support', 'care_management'] as const;

/** 介護予防ケアマネジメントの類型 A (原則的) / B (簡略化) / C (初回のみ). */
export const careManagementTypes = ['A', 'B', 'C'] as const;
export type CareManagementType = (typeof careManagementTypes)[number];

/** The four アセスメント領域 of the 予防計画書. */
export const preventionDomains = ['movement', 'dailyLife', 'socialParticipation', 'healthManagement'] as const;
export const preventionDomainLabels: Record<(typeof preventionDomains)[number], string> = {
  movement: '運動・移動について',
  dailyLife: '日常生活（家庭生活）について',
  socialParticipation: '社会参加、対人関係・コミュニケーションについて',
  healthManagement: '健康管理について',
};

/** One アセスメント領域: 現在の状況, 本人・家族の意欲・意向, 領域における課題（有無・背景・原因）. */
export const preventionDomainSchema = z.object({
  currentStatus: freeText(2000),
  intention: freeText(2000),
  hasIssue: optionalBoolean(),
  issueBackground: freeText(2000),
});

/** 支援計画 row. */
export const preventionSupportRowSchema = z.object({
  id: idSchema,
  /** 目標についての支援のポイント */
  supportPoints: freeText(1000),
  /** 本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス） */
  selfCareAndInformal: freeText(1000),
  /** 介護保険サービス又は地域支援事業（総合事業のサービス） */
  formalService: freeText(1000),
  /** サービス種別 */
  serviceTypeCode: z.preprocess(codePreprocess, z.string().regex(/^[0-9A-Z]{2}$/u, { error: 'サービス種類コードは2桁の英数字で入力してください' }).optional()).optional(),
  serviceTypeName: inlineText(100),
  /** 事業所（利用先） */
  providerName: inlineText(200),
  providerOfficeNumber: inlineText(20),
  period: periodSchema.optional(),
});

/** 総合的課題 with its proposal, the person's intent and the agreed goal. */
export const preventionIssueSchema = z.object({
  id: idSchema,
  /** 総合的課題 */
  overallIssue: freeText(2000),
  /** 課題に対する目標と具体策の提案 */
  proposal: freeText(2000),
  /** 具体策についての意向 本人・家族 */
  intention: freeText(2000),
  /** 目標 */
  goal: freeText(1000),
  supportRows: z.array(preventionSupportRowSchema).default([]),
});
export type PreventionIssue = z.infer<typeof preventionIssueSchema>;

const count = (max: number) => optionalNumber({ min: 0, max, integer: true, unit: '項目' });

/** 基本チェックリストの該当数 as printed on the plan (運動不足 /5 …). */
export const checklistCountsSchema = z.object({
  movement: count(5),
  nutrition: count(2),
  oral: count(3),
  housebound: count(2),
  cognition: count(3),
  depression: count(5),
});

/** 介護予防サービス・支援計画書 (document kind `prevention_plan`). */
export const preventionPlanSchema = z.object({
  id: idSchema,
  status: choice(planStatuses, '計画の状態').default('draft'),
  planKind: optionalChoice(preventionPlanKinds, '計画種類'),
  /** 委託 (planned by a 居宅介護支援事業所 on behalf of the center) */
  delegated: optionalBoolean(),
  /** 整理番号 */
  serialNumber: inlineText(20),
  /** 計画作成（変更）日 / 初回作成日 */
  planDate: optionalDate(),
  firstPlanDate: optionalDate(),
  planCategories: z.array(choice(planCategories, '計画書区分')).default([]),
  certificationStatus: optionalChoice(certificationStatuses, '認定状況'),
  /** 要支援1・要支援2・事業対象者 */
  careLevel: codedChoice(careLevels, careLevelTable, '要支援状態区分'),
  certificationId: inlineText(100),
  certifiedOn: optionalDate(),
  certificationValidFrom: optionalDate(),
  certificationValidTo: optionalDate(),
  /** 計画作成者 (地域包括支援センター担当者 / 委託先の介護支援専門員) */
  centerStaffName: inlineText(100),
  careManagerName: inlineText(100),
  delegatedOffice: z.object({ name: inlineText(200), address: inlineText(200), phone: phoneSchema }).optional(),
  /** 担当地域包括支援センター */
  centerName: inlineText(200),
  assessmentId: inlineText(100),
  basicChecklistId: inlineText(100),
  /** 目標とする生活 1日・1年 */
  targetLife: z.object({ day: freeText(1000), year: freeText(1000) }).optional(),
  domains: z
    .object({
      movement: preventionDomainSchema.optional(),
      dailyLife: preventionDomainSchema.optional(),
      socialParticipation: preventionDomainSchema.optional(),
      healthManagement: preventionDomainSchema.optional(),
    })
    .default({}),
  issues: z.array(preventionIssueSchema).default([]),
  /** 健康状態について（主治医意見書、健康診断等を踏まえた留意点） */
  healthNotes: freeText(2000),
  /** 【本来行うべき支援ができない場合】妥当な支援の実施に向けた方針 */
  policyWhenSupportUnavailable: freeText(2000),
  /** 総合的な方針（生活不活発病の改善・予防のポイント） */
  overallPolicy: freeText(2000),
  careManagementType: optionalChoice(careManagementTypes, 'ケアマネジメントの類型'),
  /** モニタリングの時期 as the plan states it (類型B sets it as needed). */
  monitoringPlan: freeText(500),
  /** 次回モニタリング予定日 */
  nextMonitoringOn: optionalDate(),
  checklistCounts: checklistCountsSchema.optional(),
  /** 事業プログラムの要否 per checklist domain */
  programNeeds: z
    .object({
      movement: optionalBoolean(),
      nutrition: optionalBoolean(),
      oral: optionalBoolean(),
      housebound: optionalBoolean(),
      cognition: optionalBoolean(),
      depression: optionalBoolean(),
    })
    .optional(),
  /** 地域包括支援センターの意見 and 確認日 */
  centerOpinion: freeText(2000),
  centerConfirmedOn: optionalDate(),
  /** 確認者 (the center's staff member who confirmed a delegated plan) */
  centerConfirmedBy: inlineText(100),
  /** The revision of the plan the confirmation was recorded on; a later revision awaits 確認 again. */
  centerConfirmedRevision: optionalNumber({ min: 1, integer: true }),
  meetingId: inlineText(100),
  consent: consentSchema.optional(),
  delivery: deliverySchema.optional(),
  supersedes: inlineText(100),
  supersededBy: inlineText(100),
  notes: freeText(),
});
export type PreventionPlan = z.infer<typeof preventionPlanSchema>;
