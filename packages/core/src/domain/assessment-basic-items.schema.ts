import { z } from 'zod';
import { careLevelTable, careLevels } from './codes/care-level.js';
import {
  dementiaIndependenceLevels,
  dementiaIndependenceTable,
  physicalIndependenceLevels,
  physicalIndependenceTable,
} from './codes/independence-level.js';
import { codedChoice, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, optionalDate, optionalNumber } from './common.schema.js';
import { itemBaseShape } from './assessment-item-base.js';

/** 1 基本情報（受付、利用者等基本情報） */
export const basicInfoItemSchema = z.object({
  ...itemBaseShape,
  /** 受付日 */
  receptionDate: optionalDate(),
  /** 受付対応者 */
  receivedBy: inlineText(100),
  /** 受付方法 (来所, 電話, 包括からの紹介 …) */
  receptionMethod: inlineText(100),
  /** 居宅サービス計画作成の状況: first plan ever or not */
  firstPlan: optionalBoolean(),
});

/** 2 これまでの生活と現在の状況 */
export const lifeHistoryItemSchema = z.object({
  ...itemBaseShape,
  /** 生活歴 (生まれ、仕事、家族、転居 …) */
  lifeHistory: freeText(),
  /** 大切にしていること・好み・価値観 */
  valuesAndPreferences: freeText(),
  /** 以前の暮らし方 (before needing care) */
  dailyLifeBefore: freeText(),
  /** 現在の生活状況 */
  currentLife: freeText(),
  /** 趣味・楽しみ・特技 */
  hobbies: freeText(1000),
});

/** 3 利用者の社会保障制度の利用情報 */
export const socialSecurityItemSchema = z.object({
  ...itemBaseShape,
  /** 医療保険 (後期高齢者医療 …) */
  medicalInsurance: inlineText(100),
  /** 年金の種類 */
  pension: inlineText(200),
  /** 生活保護受給 */
  publicAssistance: optionalBoolean(),
  /** 障害者手帳 (身体・療育・精神) */
  disabilityCertificates: inlineText(200),
  /** 指定難病 */
  intractableDisease: optionalBoolean(),
  otherPrograms: freeText(1000),
});

/** Kinds of support currently used (item 4). */
export const currentSupportKinds = ['long_term_care', 'medical', 'disability', 'municipal', 'informal', 'other'] as const;

/** 4 現在利用している支援や社会資源の状況 */
export const currentSupportItemSchema = z.object({
  ...itemBaseShape,
  resources: z
    .array(
      z.object({
        id: idSchema,
        kind: optionalChoice(currentSupportKinds, '支援の種類'),
        name: inlineText(200),
        provider: inlineText(200),
        frequency: inlineText(100),
      }),
    )
    .default([]),
});

/** Where a 自立度 judgement was read: 認定調査票 or 主治医意見書. */
export const independenceSources = ['certification_survey', 'doctor_opinion'] as const;
export const independenceSourceLabels: Record<(typeof independenceSources)[number], string> = {
  certification_survey: '認定調査票',
  doctor_opinion: '主治医意見書',
};

/** 5 日常生活自立度（障害）: the judgement at certification and the care manager's current view. */
export const physicalIndependenceItemSchema = z.object({
  ...itemBaseShape,
  judged: codedChoice(physicalIndependenceLevels, physicalIndependenceTable, '障害高齢者の日常生活自立度（判定）'),
  judgedSource: optionalChoice(independenceSources, '判定を確認した書類'),
  judgedOn: optionalDate(),
  current: codedChoice(physicalIndependenceLevels, physicalIndependenceTable, '障害高齢者の日常生活自立度（現在）'),
});

/** 6 日常生活自立度（認知症） */
export const dementiaIndependenceItemSchema = z.object({
  ...itemBaseShape,
  judged: codedChoice(dementiaIndependenceLevels, dementiaIndependenceTable, '認知症高齢者の日常生活自立度（判定）'),
  judgedSource: optionalChoice(independenceSources, '判定を確認した書類'),
  judgedOn: optionalDate(),
  current: codedChoice(dementiaIndependenceLevels, dementiaIndependenceTable, '認知症高齢者の日常生活自立度（現在）'),
});

/** 7 主訴・意向: in the person's own words where possible. */
export const complaintsAndWishesItemSchema = z.object({
  ...itemBaseShape,
  /** 本人の主訴・意向 */
  clientWords: freeText(),
  /** 家族等の主訴・意向 */
  familyWishes: freeText(),
});

/** 8 認定情報 (copied from the certification at the time of the assessment). */
export const certificationInfoItemSchema = z.object({
  ...itemBaseShape,
  certificationId: inlineText(100),
  careLevel: codedChoice(careLevels, careLevelTable, '要介護状態区分'),
  committeeOpinion: freeText(2000),
  benefitLimitUnits: optionalNumber({ min: 0, max: 999999, integer: true, unit: '単位' }),
});
