import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalChoice, optionalDate, requiredDate, requiredText } from '../domain/common.schema.js';
import { fiscalYearOfMonth } from './fiscal-year.js';
import { billingTypes, concentrationReasonKeys, trainingTopicKeys } from './office-rules.js';
import { partnerRequirementIds } from './partner-requirements.js';

/** 職種・資格 of a staff member. */
export const staffQualifications = ['chief_care_manager', 'care_manager', 'clerk', 'other'] as const;
export type StaffQualification = (typeof staffQualifications)[number];
export const staffQualificationLabels: Record<StaffQualification, string> = {
  chief_care_manager: '主任介護支援専門員',
  care_manager: '介護支援専門員',
  clerk: '事務職員',
  other: 'その他',
};
export const employmentKinds = ['full_time', 'part_time'] as const;
export const employmentLabels: Record<(typeof employmentKinds)[number], string> = { full_time: '常勤', part_time: '非常勤' };
/** 専従, 兼務 that the 告示's ただし書 allows (other duties of the office or a 同一敷地内 office), or other 兼務. */
export const dedicationKinds = ['dedicated', 'concurrent_allowed', 'concurrent_partner', 'concurrent_other'] as const;
export type Dedication = (typeof dedicationKinds)[number];
export const dedicationLabels: Record<Dedication, string> = {
  dedicated: '専従',
  concurrent_allowed: '兼務（事業所内・同一敷地内）',
  concurrent_partner: '兼務（特定事業所加算(A)の連携先の居宅介護支援事業所）',
  concurrent_other: '兼務（その他）',
};
/** 専ら指定居宅介護支援の提供に当たる as イ(1)(2) allow it: 専従 or the 兼務 of their ただし書. */
export function dedicatedForAddition(dedication: Dedication): boolean {
  return dedication === 'dedicated' || dedication === 'concurrent_allowed';
}

const hours = z.number({ error: '週の勤務時間を数値で入力してください' }).min(0, { error: '週の勤務時間は0以上で入力してください' }).max(80, { error: '週の勤務時間は80時間以内で入力してください' });

/** 職員: one person of the office's staff register. */
export const staffMemberSchema = z
  .object({
    name: requiredText('氏名', 100),
    /** the person's account, when they use Kizuki: their clients are those whose 担当 is this user */
    userId: inlineText(100),
    qualification: choice(staffQualifications, '職種'),
    employment: choice(employmentKinds, '常勤・非常勤'),
    dedication: choice(dedicationKinds, '専従・兼務'),
    weeklyHours: hours,
    /** 主任介護支援専門員研修の修了証明書の有効期間の満了日（更新期限） */
    chiefValidUntil: optionalDate(),
    /** 介護支援専門員証の有効期間の満了日 */
    cardValidUntil: optionalDate(),
    hiredOn: requiredDate('採用日'),
    leftOn: optionalDate(),
    notes: freeText(2000),
  })
  .superRefine((s, ctx) => {
    if (s.qualification === 'chief_care_manager' && !s.chiefValidUntil) {
      ctx.addIssue({ code: 'custom', path: ['chiefValidUntil'], message: '主任介護支援専門員の更新期限を入力してください', input: s.chiefValidUntil });
    }
    if ((s.qualification === 'chief_care_manager' || s.qualification === 'care_manager') && !s.cardValidUntil) {
      ctx.addIssue({ code: 'custom', path: ['cardValidUntil'], message: '介護支援専門員証の有効期間の満了日を入力してください', input: s.cardValidUntil });
    }
    if (s.leftOn && s.leftOn < s.hiredOn) {
      ctx.addIssue({ code: 'custom', path: ['leftOn'], message: '退職日は採用日より後にしてください', input: s.leftOn });
    }
  });
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** 事業所の体制: standing arrangements the 加算 asks for, and the office's billing type. */
export const officeProfileSchema = z.object({
  billingType: choice(billingTypes, '居宅介護支援費の区分'),
  /** 就業規則で定める常勤の週の勤務時間 */
  fullTimeWeeklyHours: z.number({ error: '常勤の週の勤務時間を数値で入力してください' }).min(32, { error: '常勤の週の勤務時間は32時間以上で入力してください' }).max(60, { error: '常勤の週の勤務時間は60時間以内で入力してください' }),
  /** イ(4) 24時間連絡体制: how it is arranged (携帯電話の当番など) */
  contact24h: freeText(2000),
  /** イ(7) 包括からの困難事例を受ける体制 */
  difficultCases: freeText(2000),
  /** イ(11) 実務研修の実習への協力（協力体制） */
  practicum: freeText(2000),
});
export type OfficeProfile = z.infer<typeof officeProfileSchema>;

/** Activities that evidence a requirement of the 加算. */
export const officeActivityTypes = {
  meeting: { label: '定期的な会議（イ(3)）', requirement: 'r3' },
  training_plan: { label: '介護支援専門員ごとの研修計画（イ(6)）', requirement: 'r6' },
  difficult_case: { label: '包括から紹介された困難事例の受入れ（イ(7)）', requirement: 'r7' },
  diverse_study: { label: '多様な対象者の事例検討会・研修への参加（イ(8)）', requirement: 'r8' },
  joint_conference: { label: '他法人と共同の事例検討会・研修会（イ(12)）', requirement: 'r12' },
} as const;
export type OfficeActivityType = keyof typeof officeActivityTypes;
export const officeActivityTypeKeys = Object.keys(officeActivityTypes) as [OfficeActivityType, ...OfficeActivityType[]];

/** 研修計画の予定: one training of a yearly plan, by kind and title, in the month it is planned for. */
export const trainingPlanItemSchema = z.object({
  topic: choice(trainingTopicKeys, '予定の研修の種類'),
  title: requiredText('予定の研修名', 200),
  /** 実施予定月 `YYYY-MM` */
  plannedMonth: z.string({ error: '研修の実施予定月を入力してください' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/u, { error: '研修の実施予定月は年と月（例: 2026-09）で入力してください' }),
  /** the care managers (staff record ids) it is planned for; empty: everyone the plan names */
  staffIds: z.array(idSchema).default([]),
});
export type TrainingPlanItem = z.infer<typeof trainingPlanItemSchema>;

/** 会議の記録・研修計画・事例検討会など: dated evidence of a 加算 requirement. */
export const officeActivitySchema = z
  .object({
    type: choice(officeActivityTypeKeys, '記録の区分'),
    date: requiredDate('実施日'),
    title: requiredText('件名', 200),
    participants: freeText(1000),
    /** 議事の要点・内容 */
    content: freeText(8000),
    /** for a training plan: the staff members (record ids) it plans for */
    staffIds: z.array(idSchema).default([]),
    /** for a training plan: the planned trainings (kind, title, month), all in one 年度 (absent in plans recorded before they were kept) */
    plannedItems: z.array(trainingPlanItemSchema).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.plannedItems === undefined || a.plannedItems.length === 0) return;
    if (a.type !== 'training_plan') {
      ctx.addIssue({ code: 'custom', path: ['plannedItems'], message: '予定の研修は研修計画の記録にだけ入力できます', input: a.plannedItems });
      return;
    }
    const year = fiscalYearOfMonth(a.plannedItems[0]!.plannedMonth);
    a.plannedItems.forEach((item, i) => {
      if (fiscalYearOfMonth(item.plannedMonth) !== year) {
        ctx.addIssue({ code: 'custom', path: ['plannedItems', i, 'plannedMonth'], message: `予定の研修の実施予定月は同じ年度（${year}年4月〜${year + 1}年3月）にしてください`, input: item.plannedMonth });
      }
      if (item.staffIds.some((id) => !a.staffIds.includes(id))) {
        ctx.addIssue({ code: 'custom', path: ['plannedItems', i, 'staffIds'], message: '予定の研修の対象者は、計画の対象者から選んでください', input: item.staffIds });
      }
    });
  });
export type OfficeActivity = z.infer<typeof officeActivitySchema>;

/** 集中減算の正当な理由: for one service of one 判定期間. */
export const concentrationReasonSchema = z.object({
  /** the first day of the 判定期間 (03-01 or 09-01) */
  periodStart: z.string({ error: '判定期間を指定してください' }).regex(/^\d{4}-(03|09)-01$/u, { error: '判定期間は開始日（3月1日または9月1日）で指定してください' }),
  serviceCode: requiredText('サービス種類', 2),
  reason: choice(concentrationReasonKeys, '正当な理由'),
  explanation: requiredText('理由の説明', 4000),
  /** 根拠となる資料（地域ケア会議の記録、事業所一覧など） */
  evidence: requiredText('根拠となる資料', 2000),
});
export type ConcentrationReasonRecord = z.infer<typeof concentrationReasonSchema>;

/**
 * 特定事業所加算(A)の連携 (第84号 ニ(1)ただし書・ニ(4)ただし書): the agreement with another 居宅介護支援事業所
 * by which イ(4)(6)(11)(12) are met together; in force from `agreedOn` to `endsOn`.
 */
export const partnerAgreementSchema = z
  .object({
    partnerName: requiredText('連携先の事業所名', 200),
    partnerOfficeNumber: z
      .string({ error: '連携先の事業所番号を文字で入力してください' })
      .regex(/^\d{10}$/u, { error: '連携先の事業所番号は10桁の数字で入力してください' })
      .optional(),
    agreedOn: requiredDate('連携の開始日（協定日）'),
    endsOn: optionalDate(),
    requirements: z.array(z.enum(partnerRequirementIds, { error: '連携で満たす要件は イ(4)・イ(6)・イ(11)・イ(12) から選んでください' })).min(1, { error: '連携で満たす要件を1つ以上選んでください' }),
    /** 連携の内容: what is shared (当番表、研修計画、実習の受入れ、事例検討会など) */
    shared: requiredText('連携の内容（共有するもの）', 4000),
  })
  .superRefine((a, ctx) => {
    if (a.endsOn && a.endsOn < a.agreedOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '連携の終了日は開始日より後にしてください', input: a.endsOn });
  });
export type PartnerAgreement = z.infer<typeof partnerAgreementSchema>;

/** 研修・訓練の記録. */
export const trainingRecordSchema = z.object({
  topic: choice(trainingTopicKeys, '研修・訓練の種類'),
  date: requiredDate('実施日'),
  title: requiredText('件名', 200),
  method: optionalChoice(['desk', 'practical', 'lecture'], '方法'),
  participants: requiredText('参加者', 1000),
  content: freeText(8000),
  materials: freeText(1000),
  /** the staff members (record ids) who took it: a 採用時研修 counts for them */
  staffIds: z.array(idSchema).default([]),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;
export const trainingMethodLabels = { desk: '机上訓練', practical: '実地訓練', lecture: '講義・研修' } as const;

/** 業務継続計画 (BCP): infection or disaster, by sections. */
export const bcpTypes = ['infection', 'disaster'] as const;
export type BcpType = (typeof bcpTypes)[number];
export const bcpDocumentSchema = z.object({
  type: choice(bcpTypes, 'BCPの種類'),
  title: requiredText('題名', 200),
  sections: z.array(z.object({ heading: requiredText('見出し', 200), text: freeText(20_000) })).default([]),
  /** 見直し: when and what changed */
  reviewedOn: optionalDate(),
  reviewNote: freeText(4000),
});
export type BcpDocument = z.infer<typeof bcpDocumentSchema>;

/** The sections a BCP must have (小樽市の方針「業務継続計画（BCP）の策定の留意事項」, from the national guidelines). */
export const bcpTemplates: Record<BcpType, { label: string; title: string; sections: readonly { heading: string; hint: string }[] }> = {
  infection: {
    label: '感染症に係る業務継続計画',
    title: '感染症に係る業務継続計画',
    sections: [
      { heading: '平時からの備え', hint: '体制構築・整備、感染症防止に向けた取組の実施、備蓄品の確保等' },
      { heading: '初動対応', hint: '感染疑い者の発生時の報告・連絡、利用者・職員の体調確認' },
      { heading: '感染拡大防止体制の確立', hint: '保健所との連携、濃厚接触者への対応、関係者との情報共有等' },
    ],
  },
  disaster: {
    label: '災害に係る業務継続計画',
    title: '自然災害に係る業務継続計画',
    sections: [
      { heading: '平常時の対応', hint: '建物・設備の安全対策、電気・水道等のライフラインが停止した場合の対策、必要品の備蓄等' },
      { heading: '緊急時の対応', hint: '業務継続計画発動基準、対応体制等' },
      { heading: '他施設及び地域との連携', hint: '連携先、協定、地域の避難所・福祉避難所との連絡' },
    ],
  },
};

/** Headings of the template a BCP lacks or leaves empty. */
export function missingBcpSections(doc: Pick<BcpDocument, 'type' | 'sections'>): string[] {
  return bcpTemplates[doc.type].sections.map((s) => s.heading).filter((heading) => !doc.sections.some((s) => s.heading === heading && (s.text ?? '').trim() !== ''));
}

/** 主任介護支援専門員によるスーパービジョン（塩尻市の方針 4②）. */
export const supervisionMethods = { individual: '個別', group: 'グループ', case_conference: '事例検討' } as const;
export const supervisionRecordSchema = z.object({
  date: requiredDate('実施日'),
  supervisor: requiredText('スーパーバイザー（主任介護支援専門員）', 100),
  supervisee: requiredText('スーパーバイジー', 200),
  method: choice(Object.keys(supervisionMethods) as [keyof typeof supervisionMethods, ...(keyof typeof supervisionMethods)[]], '方法'),
  theme: requiredText('テーマ', 200),
  content: freeText(8000),
  /** 次に向けて（助言・課題） */
  followUp: freeText(4000),
});
export type SupervisionRecord = z.infer<typeof supervisionRecordSchema>;

/** 事業所の質の自己評価（日立市の方針 2(8)）: the pack's checklist items, rated for a year. */
export const qualityRatings = { done: 'できている', partly: '一部できている', not_yet: 'できていない' } as const;
export type QualityRating = keyof typeof qualityRatings;
export const qualitySelfEvaluationSchema = z.object({
  fiscalYear: z.number({ error: '年度を数値（西暦）で指定してください' }).int().min(2000, { error: '年度は2000以降で指定してください' }).max(2100, { error: '年度は2100以前で指定してください' }),
  packId: requiredText('方針パックID', 60),
  items: z
    .array(
      z.object({
        itemId: requiredText('項目ID', 120),
        text: requiredText('項目', 2000),
        rating: optionalChoice(Object.keys(qualityRatings) as [QualityRating, ...QualityRating[]], '評価'),
        note: freeText(2000),
      }),
    )
    .default([]),
  /** 総括と改善の取組 */
  summary: freeText(8000),
});
export type QualitySelfEvaluation = z.infer<typeof qualitySelfEvaluationSchema>;

/** 人権の擁護・虐待の防止の体制（省令38号 第27条の2; 日立市の方針）: committee, guideline, person in charge, cases. */
export const rightsProtectionTypes = {
  committee: '虐待防止検討委員会',
  guideline: '虐待防止のための指針の整備・見直し',
  person_in_charge: '担当者の選任',
  incident: '虐待（疑い）への対応',
} as const;
export type RightsProtectionType = keyof typeof rightsProtectionTypes;
export const rightsProtectionRecordSchema = z.object({
  type: choice(Object.keys(rightsProtectionTypes) as [RightsProtectionType, ...RightsProtectionType[]], '記録の区分'),
  date: requiredDate('日付'),
  title: requiredText('件名', 200),
  participants: freeText(1000),
  content: freeText(8000),
});
export type RightsProtectionRecord = z.infer<typeof rightsProtectionRecordSchema>;

/** One difference between two versions of a BCP: the title, a section (by heading) or the review note. */
export interface BcpChange {
  item: string;
  before?: string;
  after?: string;
}

/** What changed from one version of a BCP to another, section by section (by heading, in the later version's order). */
export function bcpChanges(before: Pick<BcpDocument, 'title' | 'sections' | 'reviewedOn' | 'reviewNote'>, after: Pick<BcpDocument, 'title' | 'sections' | 'reviewedOn' | 'reviewNote'>): BcpChange[] {
  const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const changes: BcpChange[] = [];
  const push = (item: string, b: string | undefined, a: string | undefined) => {
    if (text(b) !== text(a)) changes.push({ item, ...(text(b) !== undefined ? { before: b } : {}), ...(text(a) !== undefined ? { after: a } : {}) });
  };
  push('題名', before.title, after.title);
  const headings = [...after.sections.map((s) => s.heading), ...before.sections.map((s) => s.heading).filter((h) => !after.sections.some((s) => s.heading === h))];
  for (const heading of headings) push(heading, before.sections.find((s) => s.heading === heading)?.text, after.sections.find((s) => s.heading === heading)?.text);
  push('見直しの日', before.reviewedOn, after.reviewedOn);
  push('見直しで変えたこと', before.reviewNote, after.reviewNote);
  return changes;
}
