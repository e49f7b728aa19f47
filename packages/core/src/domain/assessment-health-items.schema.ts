import { z } from 'zod';
import { adlActivities, assistanceLevels, functionTrends, iadlActivities } from './assessment-items.js';
import { choice, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, optionalDate, optionalNumber } from './common.schema.js';
import { findingSchema, itemBaseShape } from './assessment-item-base.js';

/** 治療状況 of a diagnosis. */
export const diagnosisStatuses = ['treating', 'observing', 'cured', 'other'] as const;

/** 既往歴・主傷病 */
export const diagnosisSchema = z.object({
  id: idSchema,
  name: inlineText(200),
  /** 主傷病 */
  isPrimary: optionalBoolean(),
  /** 発症日 when known; `onsetText` keeps 昭和60年頃, 10年前 … */
  onsetDate: optionalDate(),
  onsetText: inlineText(100),
  status: optionalChoice(diagnosisStatuses, '治療状況'),
  institution: inlineText(200),
  notes: freeText(1000),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

/** 服薬 */
export const medicationSchema = z.object({
  id: idSchema,
  name: inlineText(200),
  dosage: inlineText(200),
  purpose: inlineText(200),
});
export type Medication = z.infer<typeof medicationSchema>;

/** 10 健康状態 */
export const healthItemSchema = z.object({
  ...itemBaseShape,
  heightCm: optionalNumber({ min: 50, max: 250, unit: 'cm' }),
  weightKg: optionalNumber({ min: 10, max: 300, unit: 'kg' }),
  bloodPressure: z
    .object({
      systolic: optionalNumber({ min: 40, max: 300, integer: true, unit: 'mmHg' }),
      diastolic: optionalNumber({ min: 20, max: 200, integer: true, unit: 'mmHg' }),
    })
    .optional(),
  diagnoses: z.array(diagnosisSchema).default([]),
  symptoms: freeText(2000),
  pain: findingSchema.optional(),
  /** 褥瘡 */
  pressureUlcer: findingSchema.optional(),
  /** 受診頻度・受診方法 */
  visits: freeText(1000),
  /** 受診時の同行者 */
  visitCompanion: inlineText(200),
  /** かかりつけ歯科医 */
  dentist: inlineText(200),
  /** かかりつけ薬局・薬剤師 */
  pharmacy: inlineText(200),
  medications: z.array(medicationSchema).default([]),
  /** 服薬の実施状況 (飲み忘れ、一包化 …) */
  medicationAdherence: freeText(1000),
  /** 自身の健康に対する理解や意識 */
  healthAwareness: freeText(1000),
});

function activityShape<const T extends readonly [string, ...string[]]>(activities: T, label: string) {
  return z.object({
    activity: choice(activities, label),
    status: optionalChoice(assistanceLevels, '介助の程度'),
    /** できないこと・しづらいこと */
    whatCannotBeDone: freeText(1000),
    /** 現在の支援者 (長女、訪問介護 …) */
    whoHelpsNow: inlineText(200),
    /** 使用している用具 (杖、歩行器、車いす …) */
    aids: inlineText(200),
    trend: optionalChoice(functionTrends, '変化'),
    /** 低下のおそれ: the care manager sees a risk of decline even if stable now. */
    atRisk: optionalBoolean(),
    notes: freeText(1000),
  });
}

/** One ADL activity record of item 11. */
export const adlRecordSchema = activityShape(adlActivities, 'ADLの項目');
export type AdlRecord = z.infer<typeof adlRecordSchema>;
/** One IADL activity record of item 12. */
export const iadlRecordSchema = activityShape(iadlActivities, 'IADLの項目');
export type IadlRecord = z.infer<typeof iadlRecordSchema>;

/** 11 ADL */
export const adlItemSchema = z.object({ ...itemBaseShape, activities: z.array(adlRecordSchema).default([]) });
/** 12 IADL */
export const iadlItemSchema = z.object({ ...itemBaseShape, activities: z.array(iadlRecordSchema).default([]) });

/** 13 認知機能や判断能力 */
export const cognitionItemSchema = z.object({
  ...itemBaseShape,
  /** 認知症の診断 */
  dementiaDiagnosed: optionalBoolean(),
  diagnosisName: inlineText(200),
  /** 日常の意思決定・判断能力 */
  decisionMaking: freeText(1000),
  /** 中核症状 */
  coreSymptoms: freeText(1000),
  /** 行動・心理症状 (BPSD): frequency, situation and background */
  bpsd: findingSchema.optional(),
});

/** 14 コミュニケーションにおける理解と表出の状況 */
export const communicationItemSchema = z.object({
  ...itemBaseShape,
  hearing: inlineText(200),
  vision: inlineText(200),
  understanding: freeText(1000),
  expression: freeText(1000),
  /** 電話、スマートフォン … */
  devices: inlineText(200),
});

/** 15 生活リズム */
export const dailyRhythmItemSchema = z.object({
  ...itemBaseShape,
  daySchedule: freeText(2000),
  activityLevel: freeText(1000),
  sleep: freeText(1000),
});

/** 16 排泄の状況 */
export const excretionItemSchema = z.object({
  ...itemBaseShape,
  place: inlineText(200),
  method: inlineText(200),
  urinaryUrge: optionalBoolean(),
  bowelUrge: optionalBoolean(),
  urinaryIncontinence: findingSchema.optional(),
  fecalIncontinence: findingSchema.optional(),
  constipation: findingSchema.optional(),
  /** 排泄リズム (日中・夜間の回数) */
  rhythm: inlineText(200),
  /** 後始末 */
  aftercare: inlineText(200),
});

/** 17 清潔の保持に関する状況 */
export const hygieneItemSchema = z.object({
  ...itemBaseShape,
  bathing: freeText(1000),
  skinAndNails: freeText(1000),
  clothingAndBedding: freeText(1000),
});

/** 18 口腔内の状況 */
export const oralItemSchema = z.object({
  ...itemBaseShape,
  teeth: inlineText(200),
  dentures: findingSchema.optional(),
  bite: inlineText(200),
  oralCondition: freeText(1000),
  oralCare: freeText(1000),
});

/** 19 食事摂取の状況 */
export const nutritionItemSchema = z.object({
  ...itemBaseShape,
  /** 食形態 */
  foodForm: inlineText(200),
  mealsPerDay: optionalNumber({ min: 0, max: 10, integer: true, unit: '回' }),
  intake: freeText(1000),
  fluidIntake: inlineText(200),
  /** 摂食嚥下: problem present and details (むせ …) */
  swallowing: findingSchema.optional(),
  dietRestrictions: inlineText(200),
  /** 食事の準備をする人 */
  whoPrepares: inlineText(200),
  nutritionStatus: freeText(1000),
});
