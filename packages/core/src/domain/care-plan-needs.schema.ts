import { z } from 'zod';
import { assessmentItemKeys } from './assessment-items.js';
import { choice, codePreprocess, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, periodSchema } from './common.schema.js';

/** Who provides a 援助内容: an insured service or informal support (家族・近隣・ボランティア …). */
export const serviceLineKinds = ['insured', 'informal'] as const;
export type ServiceLineKind = (typeof serviceLineKinds)[number];

/** インフォーマルサポートの種類. */
export const informalCategories = ['family', 'neighbour', 'volunteer', 'community', 'private', 'self', 'other'] as const;
export type InformalCategory = (typeof informalCategories)[number];
export const informalCategoryLabels: Record<InformalCategory, string> = {
  family: '家族',
  neighbour: '近隣・友人',
  volunteer: 'ボランティア',
  community: '地域の活動・通いの場',
  private: '民間サービス（保険外）',
  self: '本人',
  other: 'その他',
};

/** Optional サービス種類コード (2 characters: 11, 2A, A5 …). */
const serviceTypeCodeSchema = z
  .preprocess(codePreprocess, z.string().regex(/^[0-9A-Z]{2}$/u, { error: 'サービス種類コードは2桁の英数字で入力してください' }).optional())
  .optional();

/** Optional 事業所番号 (10 digits), full-width accepted. */
const optionalOfficeNumberSchema = z
  .preprocess(codePreprocess, z.string().regex(/^\d{10}$/u, { error: '事業所番号は10桁の数字で入力してください' }).optional())
  .optional();

/** 援助内容: one row of 第2表 (サービス内容・※1・サービス種別・※2・頻度・期間). */
export const serviceLineSchema = z.object({
  id: idSchema,
  kind: choice(serviceLineKinds, '援助の種類'),
  /** サービス内容 */
  content: freeText(1000),
  /** ※1 保険給付の対象 (CSV 保険対象区分 Y/N) */
  insured: optionalBoolean(),
  informalCategory: optionalChoice(informalCategories, 'インフォーマルサポートの種類'),
  /** サービス種類コード and サービス種別 as written */
  serviceTypeCode: serviceTypeCodeSchema,
  serviceTypeName: inlineText(100),
  /** ※2 当該サービス提供を行う事業所 */
  providerOfficeNumber: optionalOfficeNumberSchema,
  providerName: inlineText(200),
  /** 頻度 (週2回, 毎日 …) */
  frequency: inlineText(100),
  period: periodSchema.optional(),
  /** 福祉用具の必要な理由 (13条22号・23号) */
  reason: freeText(1000),
  /** TAISコード / 福祉用具届出コード / 用具名称 for 福祉用具貸与 (R6 様式) */
  equipment: z.object({ taisCode: inlineText(20), notificationCode: inlineText(20), name: inlineText(200) }).optional(),
  /** 主治医の指示 for 医療サービス (13条19号): who instructed, when, what */
  physicianInstruction: freeText(1000),
});
export type ServiceLine = z.infer<typeof serviceLineSchema>;

/** 短期目標 */
export const shortTermGoalSchema = z.object({
  id: idSchema,
  text: freeText(1000),
  period: periodSchema.optional(),
  serviceLines: z.array(serviceLineSchema).default([]),
});
export type ShortTermGoal = z.infer<typeof shortTermGoalSchema>;

/** 長期目標 */
export const longTermGoalSchema = z.object({
  id: idSchema,
  text: freeText(1000),
  period: periodSchema.optional(),
  shortTermGoals: z.array(shortTermGoalSchema).default([]),
});
export type LongTermGoal = z.infer<typeof longTermGoalSchema>;

/** 生活全般の解決すべき課題（ニーズ）, ordered by priority. */
export const needSchema = z.object({
  id: idSchema,
  /** The need, ideally in the person's own words (〜したい). */
  text: freeText(1000),
  /** 課題分析標準項目 the need comes from, for tracing it back to the assessment. */
  assessmentItems: z.array(choice(assessmentItemKeys, '関連するアセスメント項目')).default([]),
  longTermGoals: z.array(longTermGoalSchema).default([]),
});
export type Need = z.infer<typeof needSchema>;

/** Every service line of a list of needs, with the goals it belongs to (for rules and CSV rows). */
export function listServiceLines(needs: readonly Need[]): Array<{ need: Need; longTermGoal: LongTermGoal; shortTermGoal: ShortTermGoal; line: ServiceLine }> {
  return needs.flatMap((need) =>
    need.longTermGoals.flatMap((longTermGoal) =>
      longTermGoal.shortTermGoals.flatMap((shortTermGoal) => shortTermGoal.serviceLines.map((line) => ({ need, longTermGoal, shortTermGoal, line }))),
    ),
  );
}

/** Every short-term goal of a list of needs (monitoring evaluates them by id). */
export function listShortTermGoals(needs: readonly Need[]): ShortTermGoal[] {
  return needs.flatMap((need) => need.longTermGoals.flatMap((goal) => goal.shortTermGoals));
}
