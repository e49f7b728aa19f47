/**
 * 課題分析標準項目 (23項目), as revised by 老認発1016第1号 (R5.10.16). `key` is the property
 * of the assessment's `items` object that holds the entry for the item.
 */
export const assessmentItemKeys = [
  'basicInfo',
  'lifeHistory',
  'socialSecurity',
  'currentSupport',
  'physicalIndependence',
  'dementiaIndependence',
  'complaintsAndWishes',
  'certificationInfo',
  'assessmentReason',
  'health',
  'adl',
  'iadl',
  'cognition',
  'communication',
  'dailyRhythm',
  'excretion',
  'hygiene',
  'oral',
  'nutrition',
  'socialParticipation',
  'family',
  'environment',
  'specialCircumstances',
] as const;
export type AssessmentItemKey = (typeof assessmentItemKeys)[number];

export interface AssessmentItemDefinition {
  /** 項目番号 1–23 */
  number: number;
  key: AssessmentItemKey;
  /** 標準項目名 */
  name: string;
  group: 'basic' | 'analysis';
}

const names: Record<AssessmentItemKey, string> = {
  basicInfo: '基本情報（受付、利用者等基本情報）',
  lifeHistory: 'これまでの生活と現在の状況',
  socialSecurity: '利用者の社会保障制度の利用情報',
  currentSupport: '現在利用している支援や社会資源の状況',
  physicalIndependence: '日常生活自立度（障害）',
  dementiaIndependence: '日常生活自立度（認知症）',
  complaintsAndWishes: '主訴・意向',
  certificationInfo: '認定情報',
  assessmentReason: '今回のアセスメントの理由',
  health: '健康状態',
  adl: 'ADL',
  iadl: 'IADL',
  cognition: '認知機能や判断能力',
  communication: 'コミュニケーションにおける理解と表出の状況',
  dailyRhythm: '生活リズム',
  excretion: '排泄の状況',
  hygiene: '清潔の保持に関する状況',
  oral: '口腔内の状況',
  nutrition: '食事摂取の状況',
  socialParticipation: '社会との関わり',
  family: '家族等の状況',
  environment: '居住環境',
  specialCircumstances: 'その他留意すべき事項・状況',
};

/** The 23 standard items in order, for iterating in the UI and in audit rules. */
export const assessmentItems: readonly AssessmentItemDefinition[] = assessmentItemKeys.map((key, index) => ({
  number: index + 1,
  key,
  name: names[key],
  group: index < 9 ? 'basic' : 'analysis',
}));

/** ADL activities of 標準項目11. */
export const adlActivities = [
  'rolling_over',
  'sitting_up',
  'sitting',
  'standing',
  'standing_up',
  'transfer',
  'mobility',
  'walking',
  'stairs',
  'eating',
  'grooming',
  'dressing',
  'bathing',
  'toileting',
] as const;
export type AdlActivity = (typeof adlActivities)[number];

export const adlActivityLabels: Record<AdlActivity, string> = {
  rolling_over: '寝返り',
  sitting_up: '起きあがり',
  sitting: '座位保持',
  standing: '立位保持',
  standing_up: '立ち上がり',
  transfer: '移乗',
  mobility: '移動方法',
  walking: '歩行',
  stairs: '階段昇降',
  eating: '食事',
  grooming: '整容',
  dressing: '更衣',
  bathing: '入浴',
  toileting: 'トイレ動作',
};

/** IADL activities of 標準項目12. */
export const iadlActivities = [
  'cooking',
  'cleaning',
  'laundry',
  'shopping',
  'medication_management',
  'money_management',
  'telephone',
  'public_transport',
  'driving',
] as const;
export type IadlActivity = (typeof iadlActivities)[number];

export const iadlActivityLabels: Record<IadlActivity, string> = {
  cooking: '調理',
  cleaning: '掃除',
  laundry: '洗濯',
  shopping: '買物',
  medication_management: '服薬管理',
  money_management: '金銭管理',
  telephone: '電話',
  public_transport: '交通機関の利用',
  driving: '車の運転',
};

/** How much help an activity needs now. */
export const assistanceLevels = ['independent', 'watch', 'partial', 'full'] as const;
export type AssistanceLevel = (typeof assistanceLevels)[number];
export const assistanceLevelLabels: Record<AssistanceLevel, string> = {
  independent: '自立',
  watch: '見守り',
  partial: '一部介助',
  full: '全介助',
};

/** Change of function compared with before (e.g. 6 months ago / previous assessment). */
export const functionTrends = ['improving', 'stable', 'declining', 'unknown'] as const;
export type FunctionTrend = (typeof functionTrends)[number];
export const functionTrendLabels: Record<FunctionTrend, string> = {
  improving: '改善',
  stable: '維持',
  declining: '低下',
  unknown: '不明',
};
