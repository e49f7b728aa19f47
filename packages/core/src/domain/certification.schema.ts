import { z } from 'zod';
import { careLevelTable, careLevels, defaultBenefitLimitUnits } from './codes/care-level.js';
import { applicationKinds, certificationStatuses } from './codes/plan-codes.js';
import { choice, codedChoice, freeText, idSchema, optionalChoice, optionalDate, optionalNumber } from './common.schema.js';

/**
 * 要介護認定 (document kind `certification`). A client has many: each application and
 * its result is one document, so the history stays visible.
 */
export const certificationSchema = z
  .object({
    id: idSchema,
    /** 認定状況区分: 申請中 / 認定済 */
    status: choice(certificationStatuses, '認定状況'),
    /** 申請区分: 新規 / 更新 / 区分変更 */
    applicationKind: optionalChoice(applicationKinds, '申請区分'),
    /** 申請日 */
    applicationDate: optionalDate(),
    /** 要介護状態区分 (accepts the CSV code or label, e.g. 21 / 要介護1) */
    careLevel: codedChoice(careLevels, careLevelTable, '要介護状態区分'),
    /** 前回の要介護状態区分 */
    previousCareLevel: codedChoice(careLevels, careLevelTable, '前回の要介護状態区分'),
    /** 認定日 */
    certifiedOn: optionalDate(),
    /** 認定の有効期間 */
    validFrom: optionalDate(),
    validTo: optionalDate(),
    /** 介護認定審査会の意見 */
    committeeOpinion: freeText(2000),
    /** サービスの種類の指定 */
    serviceTypeDesignation: freeText(1000),
    /** 区分支給限度基準額 (単位/月); when blank the level's standard amount applies. */
    benefitLimitUnits: optionalNumber({ min: 0, max: 999999, integer: true, unit: '単位' }),
    notes: freeText(),
  })
  .superRefine((cert, ctx) => {
    if (cert.validFrom && cert.validTo && cert.validTo < cert.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: '有効期間の終了日は開始日以降の日付にしてください', input: cert.validTo });
    }
    if (cert.status === 'certified' && !cert.careLevel) {
      ctx.addIssue({ code: 'custom', path: ['careLevel'], message: '認定済の場合は要介護状態区分を選んでください', input: cert.careLevel });
    }
  });
export type Certification = z.infer<typeof certificationSchema>;

/** 区分支給限度基準額 of a certification: the recorded amount, else the level's standard, else undefined. */
export function effectiveBenefitLimitUnits(cert: Pick<Certification, 'benefitLimitUnits' | 'careLevel'>): number | undefined {
  if (cert.benefitLimitUnits !== undefined) return cert.benefitLimitUnits;
  return cert.careLevel ? defaultBenefitLimitUnits(cert.careLevel) : undefined;
}

/**
 * True when two records are the same certification as a CSV identifies one: the same 有効期間 and
 * 要介護状態区分 (the CSV carries no certification id).
 */
export function sameCertification(a: Pick<Certification, 'validFrom' | 'validTo' | 'careLevel'>, b: Pick<Certification, 'validFrom' | 'validTo' | 'careLevel'>): boolean {
  return a.validFrom === b.validFrom && a.validTo === b.validTo && a.careLevel === b.careLevel;
}
