/**
 * Regulatory figures of the office features, each with where it comes from and how sure it is:
 * `verbatim` = confirmed by the law text quoted verbatim in standards.md (the § is in `source`);
 * `repo` = confirmed by an extraction of the official table there ([REPO], standards.md §8.3);
 * `recall` = from the notices as remembered there, to verify against the primary source before
 * relying on it (standards.md §11); `setting` = Kizuki's own choice, not a regulatory figure.
 * Code reads the figures from here only; docs/office.md lists them.
 */
export type SourceMark = 'verbatim' | 'repo' | 'recall' | 'setting';
export interface Sourced<T> {
  value: T;
  /** 告示・通知 and the section of ../shared/reference/standards.md */
  source: string;
  verified: SourceMark;
}

/** 取扱件数 (居宅介護支援費の逓減) and the caseload of each care manager. */
export const caseloadRules = {
  /** 要介護 clients (居宅介護支援) count one each. */
  careFactor: { value: 1, source: '単位数表 居宅介護支援費 注（standards.md §8.3）', verified: 'recall' } satisfies Sourced<number>,
  /** 介護予防支援 clients count one third each since 令和6年4月 (one half before). */
  preventionFactor: { value: { numerator: 1, denominator: 3 }, source: '令和6年度改定 留意事項通知（standards.md §8.3「介護予防支援の利用者は取扱件数に1/3換算」）', verified: 'recall' } satisfies Sourced<{ numerator: number; denominator: number }>,
  /** 逓減: the part of the caseload under this count is paid at (ⅰ); from it up to `tier3From` at (ⅱ); from `tier3From` at (ⅲ). */
  tier2From: { value: { I: 45, II: 50 }, source: '単位数表 居宅介護支援費(Ⅰ)(Ⅱ)（standards.md §8.3「(ⅰ) 取扱件数 <45 (II: <50)」）', verified: 'recall' } satisfies Sourced<Record<BillingType, number>>,
  tier3From: { value: { I: 60, II: 60 }, source: '単位数表 居宅介護支援費(Ⅰ)(Ⅱ)（standards.md §8.3「(ⅲ) ≥60」）', verified: 'recall' } satisfies Sourced<Record<BillingType, number>>,
  /** Kizuki's own warning margin (not a regulatory figure): a care manager this close to (ⅱ) is shown as near the limit. */
  nearMargin: { value: 3, source: '気づきの設定（規制上の数値ではない）', verified: 'setting' } satisfies Sourced<number>,
} as const;

/** 居宅介護支援費 (Ⅰ) or (Ⅱ) (Ⅱ: ケアプランデータ連携システムの活用と事務職員の配置). */
export const billingTypes = ['I', 'II'] as const;
export type BillingType = (typeof billingTypes)[number];
export const billingTypeLabels: Record<BillingType, string> = { I: '居宅介護支援費(Ⅰ)', II: '居宅介護支援費(Ⅱ)' };

/** 常勤の勤務時間: the office's rule, but never under 32 hours a week for 常勤換算. */
export const fullTimeHoursFloor: Sourced<number> = { value: 32, source: '解釈通知 老企第22号 第二の2(1)「常勤」（週32時間を下回る場合は32時間を基本）', verified: 'recall' };

/** 特定事業所集中減算 (告示95号 第83号). */
export const concentrationRules = {
  /** 訪問介護サービス等: the services whose shares are judged. */
  services: {
    value: [
      { code: '11', name: '訪問介護' },
      { code: '15', name: '通所介護' },
      { code: '78', name: '地域密着型通所介護' },
      { code: '17', name: '福祉用具貸与' },
    ],
    source: '平成27年厚生労働省告示第95号 第83号（令和6年度改定後の本文; standards.md §5.1）',
    verified: 'verbatim',
  } satisfies Sourced<readonly { code: string; name: string }[]>,
  /** 百分の八十を超えていること: over this share is 減算 without 正当な理由. */
  threshold: { value: 0.8, source: '告示95号 第83号（standards.md §5.1）', verified: 'verbatim' } satisfies Sourced<number>,
  /** 正当な理由④: the service placed on no more than this many plans a month on average. */
  exemptUpToPlans: { value: 10, source: '留意事項通知 老企第36号 第三の13 正当な理由④（standards.md §5.1）', verified: 'recall' } satisfies Sourced<number>,
  /** 判定書の提出期限 (when over 80%): 前期 9月15日, 後期 3月15日. */
  submissionDeadline: { value: { first: { month: 9, day: 15 }, second: { month: 3, day: 15 } }, source: '留意事項通知 老企第36号 第三の13（standards.md §5.1）', verified: 'recall' } satisfies Sourced<Record<'first' | 'second', { month: number; day: number }>>,
  /** Kizuki's own warning (not a regulatory figure): a share this close under the threshold is shown as near it. */
  nearMargin: { value: 0.05, source: '気づきの設定（規制上の数値ではない）', verified: 'setting' } satisfies Sourced<number>,
  /** 判定期間: 前期 from 3月1日 (to 8月末日), 後期 from 9月1日 (to 翌年2月末日), six months each. */
  periodStartMonths: { value: { first: 3, second: 9 }, source: '留意事項通知 老企第36号 第三の13（standards.md §5.1「前期 = 3月1日〜8月末日, 後期 = 9月1日〜翌年2月末日」）', verified: 'recall' } satisfies Sourced<Record<'first' | 'second', number>>,
  /** 減算適用期間: six months starting the second month after the 判定期間 ends (前期分 10/1〜3/31, 後期分 4/1〜9/30). */
  reductionPeriod: { value: { startsMonthsAfterEnd: 2, months: 6 }, source: '留意事項通知 老企第36号 第三の13（standards.md §5.1「前期分 → 10月1日〜翌3月31日; 後期分 → 4月1日〜9月30日」）', verified: 'recall' } satisfies Sourced<{ startsMonthsAfterEnd: number; months: number }>,
  /** 減算: 200 units a month during the 減算適用期間. */
  reductionUnits: { value: 200, source: '単位数表・留意事項通知（standards.md §5.1, §8.3 サービスコード434000）', verified: 'recall' } satisfies Sourced<number>,
} as const;

/** 正当な理由 (留意事項通知 老企第36号 第三の13, standards.md §5.1 [RECALL]). */
export const concentrationReasonsSource: Pick<Sourced<never>, 'source' | 'verified'> = { source: '留意事項通知 老企第36号 第三の13（standards.md §5.1 正当な理由の例）', verified: 'recall' };
export const concentrationReasons = {
  few_providers: '① 通常の事業の実施地域にその種類のサービス事業所が少数（5事業所未満など）',
  special_area: '② 特別地域居宅介護支援加算を受けている',
  small_office: '③ 判定期間の1月当たりの平均居宅サービス計画件数が20件以下の小規模事業所',
  few_plans: '④ 判定期間の1月当たりのそのサービスを位置付けた計画数が平均10件以下',
  quality_choice: '⑤ サービスの質が高いことによる利用者の希望（地域ケア会議等で確認）',
  other: '⑥ その他正当な理由と市町村長が認めた場合',
} as const;
export type ConcentrationReason = keyof typeof concentrationReasons;
export const concentrationReasonKeys = Object.keys(concentrationReasons) as [ConcentrationReason, ...ConcentrationReason[]];

/** Trainings the standards require at least yearly, and the free kinds. */
export const trainingTopics = {
  bcp_training: { label: '業務継続計画（BCP）の研修', yearly: true },
  bcp_drill: { label: '業務継続計画（BCP）の訓練', yearly: true },
  infection: { label: '感染症の予防及びまん延防止の研修・訓練', yearly: true },
  abuse_prevention: { label: '虐待防止の研修', yearly: true },
  restraint: { label: '身体拘束等の適正化の研修', yearly: false },
  harassment: { label: 'ハラスメント対策の研修', yearly: false },
  new_hire: { label: '新規採用時の研修', yearly: false },
  other: { label: 'その他の研修', yearly: false },
} as const;
export type TrainingTopic = keyof typeof trainingTopics;
export const trainingTopicKeys = Object.keys(trainingTopics) as [TrainingTopic, ...TrainingTopic[]];
/** 年1回以上: BCP (省令38号 第19条の2), 感染症 (第21条の2), 虐待防止 (第27条の2) and their 解釈通知. */
export const yearlyTrainingSource: Sourced<number> = { value: 12, source: '省令38号 第19条の2・第21条の2・第27条の2、解釈通知（研修・訓練は年1回以上）。standards.md は条文の研修・訓練の頻度を収録していない（§5.7 は第19条の2・第27条の2の減算のみ）', verified: 'recall' };

/**
 * 採用時研修: the 解釈通知 of 第19条の2 (BCP), 第21条の2 (感染症) and 第27条の2 (虐待防止) ask for training
 * at hiring, without a deadline; Kizuki expects it within `dueDaysAfterHire` of the 採用日 and follows
 * staff hired in the last `trackedMonths`.
 */
export const newHireTrainingRule: Sourced<{ dueDaysAfterHire: number; trackedMonths: number }> = {
  value: { dueDaysAfterHire: 30, trackedMonths: 12 },
  source: '解釈通知（新規採用時の研修: 省令38号 第19条の2・第21条の2・第27条の2; standards.md に収録なし）。期限（採用日から30日）は気づきの設定',
  verified: 'setting',
};

/** BCP の見直し: 第19条の2第3項 asks for periodic review without an interval; Kizuki expects one a year. */
export const bcpReviewMonths: Sourced<number> = { value: 12, source: '省令38号 第19条の2第3項（定期的に見直し; 間隔の定めはない。standards.md に収録なし）。12か月は気づきの設定', verified: 'setting' };

/**
 * 市町村への届出 (省令38号 第13条第18号の2・第18号の3). The 訪問介護 サービスコード table is not in
 * Kizuki, so a 利用票 row is 生活援助中心型 when its サービス種類 is 訪問介護 and the サービス内容 (the
 * code's name as printed on 第6表) is a 生活援助 item of the code table.
 */
export const municipalNotificationRules = {
  /** 厚生労働大臣が定める回数 (per month) of 生活援助中心型 訪問介護 by 要介護状態区分. */
  livingSupportCounts: {
    value: { care_1: 27, care_2: 34, care_3: 43, care_4: 38, care_5: 31 },
    source: '平成30年厚生労働省告示第218号（省令38号 第13条第十八号の二, standards.md §4・§4.1 表・§8.3）',
    verified: 'recall',
  } satisfies Sourced<Record<'care_1' | 'care_2' | 'care_3' | 'care_4' | 'care_5', number>>,
  /** The サービス種類 of 訪問介護. */
  livingSupportServiceType: { value: '11', source: 'サービス種類コード表（standards.md §8）', verified: 'verbatim' } satisfies Sourced<string>,
  /**
   * The サービス内容 names of the 生活援助中心型 items (生活援助２, 生活援助３ and their 夜間・早朝・深夜 / 2人 /
   * 同一建物 variants all begin with 生活援助); 身体介護に引き続く生活援助（身体N生活M）is 身体介護中心型.
   */
  livingSupportNamePrefix: { value: '生活援助', source: '介護給付費単位数等サービスコード表 訪問介護（standards.md §8.1; コード表は気づきに未収録）', verified: 'recall' } satisfies Sourced<string>,
  /** 届出の期限: the end of the month after the month the plan was made or changed for. */
  deadlineMonthsAfter: { value: 1, source: '省令38号 第13条第十八号の二・解釈通知（作成又は変更した月の翌月の末日までに届出; standards.md §4.1）', verified: 'recall' } satisfies Sourced<number>,
  /** 第13条第18号の3 applies from 令和3年10月. */
  officeShareFrom: { value: '2021-10', source: '第13条第十八号の三（令和3年改正、令和3年10月施行; standards.md §4.2b・§8.3「R3.10〜」）', verified: 'recall' } satisfies Sourced<string>,
  /** 区分支給限度基準額の合計に占めるサービス費の合計の割合: this much or more. */
  limitShare: { value: { numerator: 7, denominator: 10 }, source: '省令38号 第13条第十八号の三・厚生労働大臣が定める基準（7割以上; standards.md §4・§4.1 表・§8.3）', verified: 'recall' } satisfies Sourced<{ numerator: number; denominator: number }>,
  /** サービス費の合計に占める訪問介護の割合: this much or more (together with `limitShare`). */
  homeCareShare: { value: { numerator: 6, denominator: 10 }, source: '省令38号 第13条第十八号の三・厚生労働大臣が定める基準（6割以上; standards.md §4・§4.1 表・§8.3）', verified: 'recall' } satisfies Sourced<{ numerator: number; denominator: number }>,
} as const;

/**
 * イ(6) 計画的に研修を実施していること: the 告示 asks for training carried out to a plan, and the
 * 留意事項通知 (as recalled) for a yearly plan per care manager and its implementation, so a planned
 * training not held fails イ(6) once it is more than `overdueGraceMonths` months late at the end of
 * the judged month (a training put off by a few weeks is still 計画的). The reading is recalled; the
 * grace of one month is Kizuki's setting.
 */
export const trainingPlanRules = {
  implementationRequired: { value: true, source: '平成27年厚生労働省告示第95号 第84号 イ(6)「計画的に研修を実施していること」（standards.md §5.2 [VERBATIM]）; 留意事項通知（研修計画の策定と計画に基づく実施; §5.2 [RECALL]）', verified: 'recall' } satisfies Sourced<boolean>,
  overdueGraceMonths: { value: 1, source: '気づきの設定（予定月を過ぎて1か月までは遅れとして示し、イ(6)の不適合にはしない。規制上の数値ではない）', verified: 'setting' } satisfies Sourced<number>,
} as const;
