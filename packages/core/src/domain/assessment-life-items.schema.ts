import { z } from 'zod';
import { freeText, idSchema, inlineText, optionalBoolean, optionalNumber } from './common.schema.js';
import { findingSchema, itemBaseShape } from './assessment-item-base.js';

/** 20 社会との関わり */
export const socialParticipationItemSchema = z.object({
  ...itemBaseShape,
  /** 家庭内での役割 */
  familyRole: freeText(1000),
  /** 家族等との関わり (別居の家族を含む) */
  familyRelations: freeText(1000),
  /** 地域との関わり: activities, current role */
  communityParticipation: freeText(1000),
  /** 参加意欲 */
  willingness: freeText(1000),
  /** 仕事との関わり */
  work: freeText(1000),
});

/** One person in item 21, optionally linked to a client's family member. */
export const familySituationMemberSchema = z.object({
  id: idSchema,
  familyMemberId: inlineText(100),
  name: inlineText(100),
  relationship: inlineText(50),
  livesTogether: optionalBoolean(),
  /** 年代 (70代 …) */
  ageGroup: inlineText(20),
  /** 仕事の有無・内容 */
  occupation: inlineText(100),
  /** 支援への参加状況 (what they do now) */
  involvement: freeText(1000),
  /** 参加意思 */
  willingness: freeText(1000),
  /** 負担感 */
  burden: freeText(1000),
});

/** 21 家族等の状況 */
export const familyItemSchema = z.object({
  ...itemBaseShape,
  members: z.array(familySituationMemberSchema).default([]),
  /** 主介護者の負担 (overall) */
  caregiverBurden: freeText(1000),
  /** 情報共有方法 */
  informationSharing: inlineText(200),
  /** 家族等について特に配慮すべき事項 */
  considerations: freeText(1000),
});

/** A hazard in the home (item 22). */
export const hazardSchema = z.object({
  id: idSchema,
  place: inlineText(100),
  description: freeText(1000),
});

/** 22 居住環境 */
export const environmentItemSchema = z.object({
  ...itemBaseShape,
  /** 住居の種類 (一戸建て、集合住宅 …) */
  housingType: inlineText(100),
  /** 自室の階数 */
  floor: optionalNumber({ min: -5, max: 100, integer: true, unit: '階' }),
  /** 浴室、トイレ、食事の場所、生活動線 */
  layout: freeText(1000),
  /** 危険箇所 */
  hazards: z.array(hazardSchema).default([]),
  /** 整理・清掃、室温 */
  upkeep: freeText(1000),
  /** 住宅改修の有無と内容 */
  homeModification: findingSchema.optional(),
  /** 自宅周辺の環境・利便性 */
  surroundings: freeText(1000),
});

/** 23 その他留意すべき事項・状況 */
export const specialCircumstancesItemSchema = z.object({
  ...itemBaseShape,
  /** 虐待 (疑いを含む) */
  abuse: findingSchema.optional(),
  /** 経済的困窮 */
  poverty: findingSchema.optional(),
  /** 身寄りがない */
  noRelatives: findingSchema.optional(),
  /** 外国人 (言語・文化への配慮) */
  foreignNational: findingSchema.optional(),
  /** 医療依存度が高い */
  highMedicalDependence: findingSchema.optional(),
  /** 看取り */
  endOfLife: findingSchema.optional(),
  /** 成年後見・権利擁護 */
  guardianship: findingSchema.optional(),
});
