import { z } from 'zod';
import { daysBetween } from '../dates/iso-date.js';
import { choice, freeText, inlineText, optionalDate, optionalNumber, optionalTime, requiredText } from '../domain/common.schema.js';

/**
 * 社会資源: one entry of the region's directory (介護保険の事業所から通いの場・民生委員まで). The
 * insurer, the 地域包括支援センター and the 生活支援コーディネーター keep the entries; every office of
 * the insurer's area reads them, and plans draw their informal-support lines from them.
 */
export const resourceKinds = [
  'insured_provider',
  'comprehensive_service',
  'gathering_place',
  'salon',
  'senior_club',
  'volunteer',
  'welfare_commissioner',
  'watching',
  'meal_delivery',
  'transport',
  'private_service',
  'medical',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const resourceKindLabels: Record<ResourceKind, string> = {
  insured_provider: '介護保険サービス事業所',
  comprehensive_service: '総合事業',
  gathering_place: '通いの場',
  salon: 'サロン',
  senior_club: '老人クラブ',
  volunteer: 'ボランティア',
  welfare_commissioner: '民生委員',
  watching: '見守り',
  meal_delivery: '配食',
  transport: '移動支援',
  private_service: '民間サービス',
  medical: '医療機関',
};

/**
 * Words a need or goal uses when a kind of resource would answer it, beyond the entry's own tags
 * (a 通いの場 answers 「外出したい」「体操を続けたい」 even when its tags say only 百歳体操).
 */
export const resourceKindKeywords: Record<ResourceKind, readonly string[]> = {
  insured_provider: ['介護保険', '入浴', '通所', '訪問'],
  comprehensive_service: ['総合事業', '生活援助', '運動', '体操'],
  gathering_place: ['通いの場', '外出', '交流', '体操', '仲間', '閉じこもり'],
  salon: ['サロン', '交流', '話し相手', '外出', '仲間'],
  senior_club: ['老人クラブ', '仲間', '趣味', '交流'],
  volunteer: ['ボランティア', 'ゴミ出し', '買い物', '話し相手', '草取り'],
  welfare_commissioner: ['民生委員', '見守り', '相談', '安否'],
  watching: ['見守り', '安否', '声かけ', '一人暮らし', '独居'],
  meal_delivery: ['配食', '食事', '弁当', '栄養', '調理'],
  transport: ['移動', '通院', '送迎', '買い物', '外出'],
  private_service: ['家事', '買い物', '民間'],
  medical: ['通院', '受診', '服薬', '医療', '歯科'],
};

/** Which 第2表 informal category a resource fills when chosen in the plan editor. */
export const resourceKindInformalCategory: Record<ResourceKind, 'volunteer' | 'community' | 'private' | 'neighbour' | 'other'> = {
  insured_provider: 'other',
  comprehensive_service: 'community',
  gathering_place: 'community',
  salon: 'community',
  senior_club: 'community',
  volunteer: 'volunteer',
  welfare_commissioner: 'neighbour',
  watching: 'community',
  meal_delivery: 'private',
  transport: 'volunteer',
  private_service: 'private',
  medical: 'other',
};

const weekday = z.number({ error: '曜日は1（月）〜7（日）で指定してください' }).int().min(1, { error: '曜日は1（月）〜7（日）で指定してください' }).max(7, { error: '曜日は1（月）〜7（日）で指定してください' });

/** Optional 事業所番号 (10 digits) of an insured provider. */
const officeNumber = z.preprocess(
  (v) => (typeof v === 'string' ? (v.normalize('NFKC').replace(/[\s-]/gu, '') || undefined) : v),
  z.string().regex(/^\d{10}$/u, { error: '事業所番号は10桁の数字で入力してください' }).optional(),
);

export const resourceSchema = z
  .object({
    name: requiredText('名称', 200),
    kind: choice(resourceKinds, '種別'),
    /** 日常生活圏域 */
    area: requiredText('日常生活圏域', 60),
    /** 地区（町名・自治会） */
    district: inlineText(60),
    /** what it offers, short words (体操, 配食, 買い物同行 …) */
    tags: z.array(requiredText('内容タグ', 30)).max(30, { error: '内容タグは30個以内にしてください' }).default([]),
    description: freeText(2000),
    /** days it runs (1 = 月 … 7 = 日); empty when not weekly or on request */
    days: z.array(weekday).max(7).default([]),
    start: optionalTime(),
    end: optionalTime(),
    /** 第2・4水曜, 随時 … when days alone do not say it */
    scheduleNote: inlineText(100),
    /** 費用 (無料, 1回100円 …) */
    cost: inlineText(100),
    /** 定員 */
    capacity: optionalNumber({ min: 0, max: 100000, integer: true, unit: '人' }),
    /** 待機者数 (0 = すぐ利用できる) */
    waiting: optionalNumber({ min: 0, max: 100000, integer: true, unit: '人' }),
    contact: inlineText(200),
    address: inlineText(200),
    officeNumber: officeNumber.optional(),
    /** 情報を管理する人・団体 */
    maintainer: requiredText('管理者（情報の更新者）', 200),
    /** 最終確認日 */
    confirmedOn: optionalDate(),
    /** the 地域課題 whose work created this entry, when it did */
    createdForIssueId: inlineText(100),
  })
  .superRefine((r, ctx) => {
    if (r.start && r.end && r.end <= r.start) ctx.addIssue({ code: 'custom', path: ['end'], message: '終了時刻は開始時刻より後にしてください', input: r.end });
  });
export type Resource = z.infer<typeof resourceSchema>;

/** 月・水・金 for days 1, 3, 5. */
export function formatWeekdays(days: readonly number[]): string {
  const labels = ['', '月', '火', '水', '木', '金', '土', '日'];
  return [...days].sort((a, b) => a - b).map((d) => labels[d] ?? '').join('・');
}

/** One line saying when a resource runs: 「火・金 10:00〜12:00（第2・4は休み）」. */
export function resourceScheduleText(r: Pick<Resource, 'days' | 'start' | 'end' | 'scheduleNote'>): string {
  const time = r.start || r.end ? `${r.start ?? ''}〜${r.end ?? ''}` : '';
  const parts = [formatWeekdays(r.days), time].filter((p) => p !== '').join(' ');
  return [parts, r.scheduleNote ? `（${r.scheduleNote}）` : ''].join('').trim() || '随時・要問い合わせ';
}

/** An entry not confirmed for a year (or never) is shown as 要確認 to the people who keep it. */
export const resourceConfirmationDays = 365;

export function needsConfirmation(r: Pick<Resource, 'confirmedOn'>, today: string): boolean {
  return !r.confirmedOn || daysBetween(r.confirmedOn, today) > resourceConfirmationDays;
}
