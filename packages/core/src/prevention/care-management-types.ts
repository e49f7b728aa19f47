import type { CareManagementType } from '../domain/prevention-plan.schema.js';

/** How a 類型 is explained beside the choice, quoted from the municipal policy that defines it. */
export interface CareManagementTypeGuide {
  type: CareManagementType;
  /** ケアマネジメントＡ（原則的な介護予防ケアマネジメント） */
  title: string;
  /** The process in a few words (会議・モニタリング). */
  summary: string;
  /** The policy's own sentence. */
  quote: string;
}

/** 出典: 塩尻市自立支援・重度化防止に資するケアマネジメントに関する基本方針（令和７年４月） ３ (１) 介護予防ケアマネジメントの類型. */
export const careManagementTypeSource = '塩尻市自立支援・重度化防止に資するケアマネジメントに関する基本方針 ３(１) 介護予防ケアマネジメントの類型';

export const careManagementTypeGuides: Record<CareManagementType, CareManagementTypeGuide> = {
  A: {
    type: 'A',
    title: 'ケアマネジメントＡ（原則的な介護予防ケアマネジメント）',
    summary: 'サービス担当者会議を経て決定し、定期的にモニタリングを行う',
    quote: '現行の予防給付に対する介護予防ケアマネジメントと同様、アセスメントによってケアプラン原案を作成し、サービス担当者会議を経て決定します。モニタリングについては少なくとも３ヶ月ごとに行い、利用者の状況等に応じてサービスの変更を行うことが可能な体制をとります。',
  },
  B: {
    type: 'B',
    title: 'ケアマネジメントＢ（簡略化した介護予防ケアマネジメント）',
    summary: '担当者会議を省略でき、モニタリングの時期は計画で定める',
    quote: 'アセスメント（課題分析）からケアプラン原案作成までは、原則的介護予防ケアマネジメントと同様です。サービス担当者会議を省略したり、間隔をあけて必要に応じてモニタリングの時期を設定するなど、簡略した介護予防ケアマネジメントを実施します。',
  },
  C: {
    type: 'C',
    title: 'ケアマネジメントＣ（初回のみの介護予防ケアマネジメント）',
    summary: '初回のみ。その後はセルフマネジメントで、モニタリングは行わない',
    quote: '利用者本人が自身の状況、目標の達成等を確認し、セルフマネジメントに基づき住民主体のサービス等を利用する場合に実施します。初回のみ、地域包括支援センターは、簡略化した介護予防ケアマネジメントのプロセスを実施し、ケアマネジメントの結果を利用者に説明し、理解を得た上で、住民主体の支援等につなげる。その後は、モニタリング等は行わない。',
  },
};
