import { z } from 'zod';
import { isKatakanaText, toKatakana } from '../text/kana.js';
import { insurerNumberSchema } from './organization.schema.js';
import {
  codePreprocess,
  freeText,
  idSchema,
  inlineText,
  insuredNumberSchema,
  optionalBoolean,
  optionalChoice,
  optionalDate,
  optionalNumber,
  phoneSchema,
  postalCodeSchema,
  requiredDate,
  requiredText,
} from './common.schema.js';

/** 性別 (CSV: 1 男性, 2 女性). */
export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];
export const sexLabels: Record<Sex, string> = { male: '男性', female: '女性' };

/** 世帯状況: used for 生活援助中心型の算定理由 and 独居 checks. */
export const householdTypes = ['alone', 'elderly_only', 'with_family', 'other'] as const;
export type HouseholdType = (typeof householdTypes)[number];
export const householdTypeLabels: Record<HouseholdType, string> = {
  alone: '独居',
  elderly_only: '高齢者のみ世帯',
  with_family: '家族と同居',
  other: 'その他',
};

/** フリガナ: hiragana and half-width katakana are converted to full-width katakana. */
export const nameKanaSchema = z.preprocess(
  (value) => (typeof value === 'string' ? toKatakana(value) : value),
  z
    .string({ error: (issue) => (issue.input === undefined ? 'フリガナを入力してください' : 'フリガナは文字で入力してください') })
    .min(1, { error: 'フリガナを入力してください' })
    .max(100, { error: 'フリガナは100文字以内で入力してください' })
    .refine(isKatakanaText, { error: 'フリガナはカタカナで入力してください' }),
);

/** 保険者番号 accepting full-width digits. */
export const normalizedInsurerNumberSchema = z.preprocess(codePreprocess, insurerNumberSchema);

/** 住所 */
export const addressSchema = z.object({
  postalCode: postalCodeSchema,
  /** 住所1 (都道府県〜番地) */
  line1: inlineText(200),
  /** 住所2 (建物名・部屋番号) */
  line2: inlineText(200),
});
export type Address = z.infer<typeof addressSchema>;

/** 家族等: relatives and other people around the client (近隣、民生委員 …). */
export const familyMemberSchema = z.object({
  id: idSchema,
  name: requiredText('家族等の氏名', 100),
  nameKana: inlineText(100),
  /** 続柄 (長女, 夫, 近隣 …) */
  relationship: inlineText(50),
  /** 同居 */
  livesTogether: optionalBoolean(),
  age: optionalNumber({ min: 0, max: 130, integer: true, unit: '歳' }),
  phone: phoneSchema,
  address: inlineText(200),
  /** 主介護者 */
  isMainCaregiver: optionalBoolean(),
  /** キーパーソン */
  isKeyPerson: optionalBoolean(),
  /** 緊急連絡先 */
  isEmergencyContact: optionalBoolean(),
  /** 緊急連絡の順位 (1 = first) */
  emergencyPriority: optionalNumber({ min: 1, max: 9, integer: true }),
  /** Whether this person can help, and what role they take or could take (家族の役割). */
  canHelp: optionalBoolean(),
  roleNotes: freeText(1000),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

/** 主治医 */
export const primaryDoctorSchema = z.object({
  doctorName: inlineText(100),
  institution: inlineText(200),
  department: inlineText(100),
  phone: phoneSchema,
  fax: phoneSchema,
  /** 主治医意見書を作成した医師 */
  wroteOpinion: optionalBoolean(),
  /** How the care manager reaches the doctor (受診同行, 文書, 電話 …) and when. */
  collaborationNotes: freeText(1000),
});
export type PrimaryDoctor = z.infer<typeof primaryDoctorSchema>;

/** 利用者の状態 in the office's caseload. */
export const clientStatuses = ['active', 'hospitalized', 'institutionalized', 'ended'] as const;
export type ClientStatus = (typeof clientStatuses)[number];

/** 利用者基本情報 (document kind `client`). */
export const clientSchema = z.object({
  id: idSchema,
  /** 保険者番号 */
  insurerNumber: normalizedInsurerNumberSchema,
  /** 被保険者番号 */
  insuredNumber: insuredNumberSchema,
  name: requiredText('氏名', 100),
  /** フリガナ */
  nameKana: nameKanaSchema,
  sex: optionalChoice(sexes, '性別'),
  birthDate: requiredDate('生年月日'),
  address: addressSchema.optional(),
  phone: phoneSchema,
  mobilePhone: phoneSchema,
  householdType: optionalChoice(householdTypes, '世帯状況'),
  familyMembers: z.array(familyMemberSchema).default([]),
  primaryDoctor: primaryDoctorSchema.optional(),
  /** 担当介護支援専門員 (user id) */
  careManagerUserId: inlineText(100),
  status: optionalChoice(clientStatuses, '利用者の状態'),
  /** 居宅介護支援の開始日 / 終了日 */
  startedOn: optionalDate(),
  endedOn: optionalDate(),
  notes: freeText(),
});
export type Client = z.infer<typeof clientSchema>;
