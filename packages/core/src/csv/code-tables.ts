/**
 * Code tables of the standard (§3.7 and the layouts) as the CSV writes them. The domain's own
 * tables (careLevelTable, planCategory codes …) map these to Kizuki's keys.
 */
export const csvCodes = {
  /** 要介護状態区分 (06 事業対象者, 12/13 要支援, 21–25 要介護) */
  careLevel: ['06', '12', '13', '21', '22', '23', '24', '25'],
  /** 要介護状態区分 in 利用者基本情報 (予防), which adds 01 非該当 */
  careLevelWithNone: ['01', '06', '12', '13', '21', '22', '23', '24', '25'],
  /** 計画書区分 */
  planCategory: ['11', '12', '21', '51', '52', '53', '54'],
  /** 認定状況区分: 1 申請中, 2 認定済 */
  certificationStatus: ['1', '2'],
  /** 性別: 1 男性, 2 女性 */
  sex: ['1', '2'],
  /** 生活援助中心型の算定理由 */
  livingSupportReason: ['1', '2', '3'],
  /** 保険対象区分: Y 対象, N 対象外 */
  insured: ['Y', 'N'],
  /** 曜日: 1 月 … 7 日 */
  weekday: ['1', '2', '3', '4', '5', '6', '7'],
  /** 計画種類: 1 介護予防支援, 2 介護予防ケアマネジメント */
  preventionPlanKind: ['1', '2'],
  /** 委託の有無: 1 自前, 2 委託 */
  delegation: ['1', '2'],
  /** 要支援状態区分 (予防計画書): 1 要支援1, 2 要支援2, 3 地域支援事業 */
  supportLevel: ['1', '2', '3'],
  /** 有無 / 要否: 1 有(要), 2 無(否) */
  yesNo12: ['1', '2'],
  /** 該当: 1 該当, 0 非該当 */
  flag10: ['1', '0'],
  /** 相談方法 */
  consultationMethod: ['01', '02', '03'],
  /** 相談回数 */
  consultationCount: ['01', '02'],
  /** 利用者の現況 */
  clientSituation: ['01', '02'],
  /** 障害高齢者の日常生活自立度 */
  physicalIndependence: ['01', '11', '12', '21', '22', '31', '32', '41', '42'],
  /** 認知症高齢者の日常生活自立度 */
  dementiaIndependence: ['01', '02', '03', '04', '05', '06', '07', '08'],
  /** 基本チェックリスト記入結果 */
  checklistResult: ['1', '2'],
  /** 居住形態 */
  residence: ['01', '02', '03', '04', '05', '06', '07', '08'],
  /** 主治医・意見作成者フラグ */
  doctorFlag: ['1', '2'],
  /** 経過 */
  diseaseCourse: ['01', '02', '03'],
} as const;
