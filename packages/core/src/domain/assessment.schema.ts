import { z } from 'zod';
import { functionTrends, type AssessmentItemKey } from './assessment-items.js';
import { plainItemSchema } from './assessment-item-base.js';
import {
  basicInfoItemSchema,
  certificationInfoItemSchema,
  complaintsAndWishesItemSchema,
  currentSupportItemSchema,
  dementiaIndependenceItemSchema,
  lifeHistoryItemSchema,
  physicalIndependenceItemSchema,
  socialSecurityItemSchema,
} from './assessment-basic-items.schema.js';
import {
  adlItemSchema,
  cognitionItemSchema,
  communicationItemSchema,
  dailyRhythmItemSchema,
  excretionItemSchema,
  healthItemSchema,
  hygieneItemSchema,
  iadlItemSchema,
  nutritionItemSchema,
  oralItemSchema,
} from './assessment-health-items.schema.js';
import {
  environmentItemSchema,
  familyItemSchema,
  socialParticipationItemSchema,
  specialCircumstancesItemSchema,
} from './assessment-life-items.schema.js';
import { freeText, idSchema, inlineText, optionalBoolean, optionalChoice, requiredDate } from './common.schema.js';

/** アセスメント実施場所. */
export const assessmentPlaceKinds = ['home', 'hospital', 'facility', 'office', 'other'] as const;
export const assessmentPlaceLabels: Record<(typeof assessmentPlaceKinds)[number], string> = {
  home: '利用者の居宅',
  hospital: '病院',
  facility: '施設',
  office: '事業所',
  other: 'その他',
};

/** 今回のアセスメントの理由 (item 9). */
export const assessmentReasons = [
  'initial',
  'renewal',
  'level_change',
  'service_change',
  'discharge',
  'admission',
  'relocation',
  'condition_change',
  'office_change',
  'other',
] as const;
export type AssessmentReason = (typeof assessmentReasons)[number];
export const assessmentReasonLabels: Record<AssessmentReason, string> = {
  initial: '初回',
  renewal: '要介護認定の更新',
  level_change: '区分変更',
  service_change: 'サービスの変更',
  discharge: '退院・退所',
  admission: '入所',
  relocation: '転居',
  condition_change: '生活状況の変化',
  office_change: '居宅介護支援事業所の変更',
  other: 'その他',
};

/** 面接した相手. */
export const intervieweeKinds = ['client', 'family', 'other'] as const;

/** The 23 item entries, keyed as in `assessmentItems`; every entry is optional in a draft. */
export const assessmentItemsSchema = z.object({
  basicInfo: basicInfoItemSchema.optional(),
  lifeHistory: lifeHistoryItemSchema.optional(),
  socialSecurity: socialSecurityItemSchema.optional(),
  currentSupport: currentSupportItemSchema.optional(),
  physicalIndependence: physicalIndependenceItemSchema.optional(),
  dementiaIndependence: dementiaIndependenceItemSchema.optional(),
  complaintsAndWishes: complaintsAndWishesItemSchema.optional(),
  certificationInfo: certificationInfoItemSchema.optional(),
  assessmentReason: plainItemSchema.optional(),
  health: healthItemSchema.optional(),
  adl: adlItemSchema.optional(),
  iadl: iadlItemSchema.optional(),
  cognition: cognitionItemSchema.optional(),
  communication: communicationItemSchema.optional(),
  dailyRhythm: dailyRhythmItemSchema.optional(),
  excretion: excretionItemSchema.optional(),
  hygiene: hygieneItemSchema.optional(),
  oral: oralItemSchema.optional(),
  nutrition: nutritionItemSchema.optional(),
  socialParticipation: socialParticipationItemSchema.optional(),
  family: familyItemSchema.optional(),
  environment: environmentItemSchema.optional(),
  specialCircumstances: specialCircumstancesItemSchema.optional(),
}) satisfies z.ZodType<Partial<Record<AssessmentItemKey, unknown>>>;
export type AssessmentItems = z.infer<typeof assessmentItemsSchema>;

/** Risks the care manager flags across items; audit rules look for goals addressing them. */
export const assessmentRisksSchema = z.object({
  fall: optionalBoolean(),
  malnutrition: optionalBoolean(),
  dehydration: optionalBoolean(),
  aspiration: optionalBoolean(),
  pressureUlcer: optionalBoolean(),
  isolation: optionalBoolean(),
  medicationMismanagement: optionalBoolean(),
  caregiverExhaustion: optionalBoolean(),
  notes: freeText(1000),
});

/** アセスメント (document kind `assessment`). */
export const assessmentSchema = z.object({
  id: idSchema,
  /** 実施日 */
  date: requiredDate('アセスメント実施日'),
  place: z
    .object({ kind: optionalChoice(assessmentPlaceKinds, '実施場所'), text: inlineText(200) })
    .optional(),
  /** 面接した相手 */
  interviewees: z
    .array(z.object({ id: idSchema, kind: optionalChoice(intervieweeKinds, '面接相手'), name: inlineText(100), relationship: inlineText(50) }))
    .default([]),
  /** 今回のアセスメントの理由 */
  reason: optionalChoice(assessmentReasons, 'アセスメントの理由'),
  reasonText: inlineText(200),
  /** 実施者 (user id) */
  assessorUserId: inlineText(100),
  items: assessmentItemsSchema.default({}),
  /** 全体としての心身機能の変化 */
  functionTrend: optionalChoice(functionTrends, '機能の変化'),
  risks: assessmentRisksSchema.optional(),
  /** 課題分析のまとめ (the issues that become 第2表 needs) */
  summary: freeText(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

function hasContent(value: unknown): boolean {
  // An explicit false (痛みなし) is an answer; only absent values are not.
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (key !== 'id' && key !== 'notApplicable' && hasContent(record[key])) return true;
    return false;
  }
  return true;
}

/**
 * True when the assessment has an entry for item `key`: marked 該当なし, or holding any
 * text, flag or structured value. Item 9 also counts when the top-level reason is set.
 */
export function isAssessmentItemRecorded(assessment: Pick<Assessment, 'items' | 'reason'>, key: AssessmentItemKey): boolean {
  if (key === 'assessmentReason' && assessment.reason !== undefined) return true;
  const entry: unknown = assessment.items[key];
  if (entry !== null && typeof entry === 'object' && 'notApplicable' in entry && entry.notApplicable === true) return true;
  return hasContent(entry);
}
