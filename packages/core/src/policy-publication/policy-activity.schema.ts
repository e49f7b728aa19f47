import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalNumber, requiredDate, requiredText } from '../domain/common.schema.js';
import { officeNumberSchema } from '../domain/organization.schema.js';

/**
 * 保険者機能強化推進交付金 指標 II(1)① (大曲仙北広域 cites it): the insurer shares its
 * ケアマネジメントに関する基本方針 with care managers — ア discusses it, イ publishes it widely,
 * ウ disseminates it to targeted audiences, エ verifies the effect of the dissemination.
 */
export const policyIndicators = {
  discussion: { mark: 'ア', label: 'ケアマネジメントに関する基本的な考え方について議論している' },
  publication: { mark: 'イ', label: '基本方針をＨＰや書面等で広く周知している' },
  dissemination: { mark: 'ウ', label: '基本方針を事業者連絡会議、研修又は集団指導等で対象を特定して周知している' },
  effect_verification: { mark: 'エ', label: '周知方法の効果検証を行っている' },
} as const;
export type PolicyIndicator = keyof typeof policyIndicators;
export const policyIndicatorKeys = Object.keys(policyIndicators) as [PolicyIndicator, ...PolicyIndicator[]];

/** Offices (and how many of their care managers) that attended a dissemination event. */
export const attendanceSchema = z.object({
  officeNumber: officeNumberSchema,
  officeName: inlineText(200),
  careManagers: optionalNumber({ min: 0, max: 999, integer: true, unit: '人' }),
});
export type Attendance = z.infer<typeof attendanceSchema>;

const base = {
  id: idSchema,
  date: requiredDate('実施日'),
  /** The pack version the activity concerns (`hitachi@1.1.0`), if one. */
  policyVersion: inlineText(60),
  notes: freeText(4000),
};

/** One recorded activity under an indicator (ア〜エ). */
export const policyActivitySchema = z.discriminatedUnion(
  'indicator',
  [
    z.object({ ...base, indicator: z.literal('discussion'), title: requiredText('協議の場', 200), participants: freeText(1000), minutes: freeText(8000), decisions: freeText(4000) }),
    z.object({ ...base, indicator: z.literal('publication'), medium: choice(['website', 'paper', 'bulletin', 'other'], '周知の方法'), where: requiredText('掲載先', 300), url: inlineText(500) }),
    z.object({
      ...base,
      indicator: z.literal('dissemination'),
      kind: choice(['liaison_meeting', 'training', 'group_guidance', 'other'], '周知の場'),
      title: requiredText('会の名称', 200),
      audience: requiredText('対象', 300),
      attendance: z.array(attendanceSchema).default([]),
      materials: freeText(2000),
    }),
    z.object({ ...base, indicator: z.literal('effect_verification'), method: requiredText('検証の方法', 500), result: freeText(4000) }),
  ],
  { error: '取組の種類（ア〜エ）を指定してください' },
);
export type PolicyActivity = z.infer<typeof policyActivitySchema>;

export const disseminationKindLabels = { liaison_meeting: '事業者連絡会議', training: '研修', group_guidance: '集団指導', other: 'その他' } as const;
export const publicationMediumLabels = { website: 'ホームページ', paper: '書面', bulletin: '広報誌', other: 'その他' } as const;
