import { z } from 'zod';
import { daysInMonth } from '../dates/iso-date.js';
import { codePreprocess, freeText, idSchema, inlineText, optionalBoolean, optionalDate, optionalNumber, optionalTime } from './common.schema.js';

/** 対象年月 `YYYY-MM` (accepts 202504, 2025/4, 2025年4月). */
export const yearMonthSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.normalize('NFKC').replace(/\s/gu, '');
    const m = /^(\d{4})(?:[-/年.]?)(\d{1,2})月?$/u.exec(text);
    return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}` : text;
  },
  z
    .string({ error: '対象年月を入力してください' })
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/u, { error: '対象年月は YYYY-MM（例: 2025-04）の形式で入力してください' }),
);

/** A day of the month (1–31) in 予定 / 実績. */
const daySchema = z.number({ error: '日付は1〜31の数で入力してください' }).int({ error: '日付は整数で入力してください' }).min(1, { error: '日付は1以上にしてください' }).max(31, { error: '日付は31以下にしてください' });

/** Days of the month, kept sorted and without duplicates. */
const daysSchema = z
  .array(daySchema)
  .default([])
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

/** サービスコード: 6 characters (サービス種類コード 2 + 項目 4), e.g. 111111, 15A111. */
const serviceCodeSchema = z.preprocess(
  codePreprocess,
  z.string({ error: 'サービスコードを入力してください' }).regex(/^[0-9A-Z]{6}$/u, { error: 'サービスコードは6桁の英数字で入力してください（例: 111211）' }),
);

/** 事業所番号 (10 digits). */
const officeNumberSchema = z.preprocess(
  codePreprocess,
  z.string({ error: 'サービス事業者の事業所番号を入力してください' }).regex(/^\d{10}$/u, { error: '事業所番号は10桁の数字で入力してください' }),
);

/**
 * One row of 第6表 サービス利用票: a service (サービスコード) of one provider at one time of day,
 * with the days it is planned (予定) and was provided (実績) in the month. 第7表 is calculated
 * from these rows (see usage/usage-sheet.ts).
 */
export const serviceUsageLineSchema = z.object({
  id: idSchema,
  /** サービス事業者コード (事業所番号) */
  providerOfficeNumber: officeNumberSchema,
  /** サービス事業所名 */
  providerName: inlineText(200),
  /** サテライト枝番 (2 characters) */
  satelliteNo: z.preprocess(codePreprocess, z.string().regex(/^[0-9A-Z]{1,2}$/u, { error: 'サテライト枝番は2桁以内の英数字で入力してください' }).optional()).optional(),
  /** サービスコード; its first two characters are the サービス種類コード. */
  serviceCode: serviceCodeSchema,
  /** サービス内容 (the code's name as shown on 第6表, e.g. 身体介護2) */
  serviceName: inlineText(200),
  /** 単位数 of one provision, after any discount (割引後). */
  units: optionalNumber({ min: 0, max: 999999, integer: true, unit: '単位' }),
  /** 割引率 (%) when the provider discounts (第7表 割引後率); blank: none. */
  discountPercent: optionalNumber({ min: 0, max: 99.99, unit: '%' }),
  /** 提供時間帯: blank for services without a time (福祉用具貸与 …; CSV 9999). */
  startTime: optionalTime(),
  endTime: optionalTime(),
  /** サービス回数 per day (1日に複数回算定できるサービス). */
  timesPerDay: optionalNumber({ min: 1, max: 99, integer: true, unit: '回' }),
  /** 予定 days of the month. */
  plannedDays: daysSchema,
  /** 実績 days of the month (recorded from the provider's 実績). */
  actualDays: daysSchema,
  /**
   * 区分支給限度基準額の対象外 (加算 such as 特別地域加算・処遇改善加算, 居宅療養管理指導 …): counted in
   * 第7表 but not against the limit.
   */
  outsideLimit: optionalBoolean(),
  /** 単位数単価 (円/単位, 地域区分 and サービス種類 decide it, e.g. 10.00, 11.40); blank: 10.00. */
  unitPrice: optionalNumber({ min: 10, max: 11.4, unit: '円' }),
  /** 区分支給限度基準を超える単位数 assigned to this row by the care manager; blank: calculated. */
  overLimitUnits: optionalNumber({ min: 0, max: 9999999, integer: true, unit: '単位' }),
  /** 福祉用具貸与: TAISコード / 福祉用具届出コード / 用具名称（機種名） / 明細判別コード */
  taisCode: inlineText(20),
  notificationCode: inlineText(20),
  equipmentName: inlineText(200),
  detailCode: optionalNumber({ min: 1, max: 99, integer: true }),
  /** ３０日超区分: 短期入所 beyond 30 consecutive days */
  over30Days: optionalBoolean(),
});
export type ServiceUsageLine = z.infer<typeof serviceUsageLineSchema>;

/**
 * 第6表 サービス利用票 (兼居宅サービス計画) and 第7表 別表 of one month (document kind
 * `service_usage`): the month's plan of services by day, which the client confirms and the
 * providers receive (CSV UPPLAN / UPSIKYU), and the 実績 recorded against it.
 */
export const serviceUsageSchema = z
  .object({
    id: idSchema,
    /** 対象年月 YYYY-MM */
    month: yearMonthSchema,
    /** 作成年月日 */
    createdOn: optionalDate(),
    /** The 居宅サービス計画 this month carries out. */
    carePlanId: idSchema.optional(),
    /** The certification in force (区分支給限度基準額). */
    certificationId: idSchema.optional(),
    /** 前月までの短期入所利用日数 (within the certification period) */
    shortStayDaysBefore: optionalNumber({ min: 0, max: 99999, integer: true, unit: '日' }),
    /** 給付率 (%): 90, 80 or 70 by the client's 負担割合; blank: 90. */
    benefitRatePercent: optionalNumber({ min: 0, max: 100, integer: true, unit: '%' }),
    lines: z.array(serviceUsageLineSchema).default([]),
    /** 利用者確認: the day the client (or family) confirmed the 利用票 */
    confirmedOn: optionalDate(),
    /** Who confirmed (本人, 長女 …) */
    confirmedBy: inlineText(100),
    notes: freeText(2000),
  })
  .superRefine((usage, ctx) => {
    const [year, month] = usage.month.split('-').map(Number);
    const lastDay = year && month ? daysInMonth(year, month) : 31;
    usage.lines.forEach((line, index) => {
      for (const key of ['plannedDays', 'actualDays'] as const) {
        const bad = line[key].find((day) => day > lastDay);
        if (bad !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['lines', index, key], message: `${year}年${month}月に${bad}日はありません`, input: bad });
        }
      }
      if (line.startTime && line.endTime && line.endTime <= line.startTime && line.endTime !== '00:00') {
        ctx.addIssue({ code: 'custom', path: ['lines', index, 'endTime'], message: '終了時刻は開始時刻より後にしてください', input: line.endTime });
      }
      if ((line.startTime === undefined) !== (line.endTime === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['lines', index, line.startTime ? 'endTime' : 'startTime'], message: '提供時間帯は開始と終了の両方を入力してください（時間のないサービスは両方とも空欄）' });
      }
    });
  });
export type ServiceUsage = z.infer<typeof serviceUsageSchema>;
