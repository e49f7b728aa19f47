/**
 * サービス種類コード (2 characters, 国保連 interface), from the ケアプランデータ連携標準仕様.
 * `benefit`: care = 介護給付, prevention = 予防給付, comprehensive = 総合事業, other.
 */
export interface ServiceTypeEntry {
  code: string;
  /** 名称 */
  name: string;
  benefit: 'care' | 'prevention' | 'comprehensive' | 'other';
  /** 連携対象: exchanged in the CSV standard (§1.3/1.4 of the spec). */
  csvLinked: boolean;
  /** Counts against 区分支給限度基準額. */
  withinBenefitLimit: boolean;
  /** 福祉用具貸与・販売: the plan must state why it is needed (13条22号・23号). */
  welfareEquipment?: true;
  /** 医療サービス needing the 主治医's instruction (13条19号); when_nursing = only if nursing is provided. */
  medical?: 'always' | 'when_nursing';
}

type Row = [code: string, name: string, csvLinked: boolean, withinLimit: boolean, extra?: Partial<ServiceTypeEntry>];

const care: Row[] = [
  ['11', '訪問介護', true, true],
  ['12', '訪問入浴介護', true, true],
  ['13', '訪問看護', true, true, { medical: 'always' }],
  ['14', '訪問リハビリテーション', true, true, { medical: 'always' }],
  ['15', '通所介護', true, true],
  ['16', '通所リハビリテーション', true, true, { medical: 'always' }],
  ['17', '福祉用具貸与', true, true, { welfareEquipment: true }],
  ['21', '短期入所生活介護', true, true],
  ['22', '短期入所療養介護（介護老人保健施設）', true, true, { medical: 'always' }],
  ['23', '短期入所療養介護（介護療養型医療施設等）', true, true, { medical: 'always' }],
  ['2A', '短期入所療養介護（介護医療院）', true, true, { medical: 'always' }],
  ['27', '特定施設入居者生活介護（短期利用）', true, true],
  ['28', '地域密着型特定施設入居者生活介護（短期利用）', true, true],
  ['31', '居宅療養管理指導', true, false, { medical: 'always' }],
  ['32', '認知症対応型共同生活介護（短期利用以外）', false, false],
  ['33', '特定施設入居者生活介護', false, false],
  ['36', '地域密着型特定施設入居者生活介護', false, false],
  ['38', '認知症対応型共同生活介護（短期利用）', true, true],
  ['41', '特定福祉用具販売', false, false, { welfareEquipment: true }],
  ['42', '住宅改修', false, false],
  ['43', '居宅介護支援', false, false],
  ['51', '介護福祉施設サービス', false, false],
  ['52', '介護保健施設サービス', false, false],
  ['53', '介護療養施設サービス', false, false],
  ['54', '地域密着型介護老人福祉施設入所者生活介護', false, false],
  ['55', '介護医療院サービス', false, false],
  ['59', '特定入所者介護サービス等', false, false],
  ['68', '小規模多機能型居宅介護（短期利用）', true, true],
  ['71', '夜間対応型訪問介護', true, true],
  ['72', '認知症対応型通所介護', true, true],
  ['73', '小規模多機能型居宅介護', true, true],
  ['76', '定期巡回・随時対応型訪問介護看護', true, true, { medical: 'when_nursing' }],
  ['77', '看護小規模多機能型居宅介護', true, true, { medical: 'when_nursing' }],
  ['78', '地域密着型通所介護', true, true],
  ['79', '看護小規模多機能型居宅介護（短期利用）', true, true, { medical: 'when_nursing' }],
];

const prevention: Row[] = [
  ['24', '介護予防短期入所生活介護', true, true],
  ['25', '介護予防短期入所療養介護（介護老人保健施設）', true, true, { medical: 'always' }],
  ['26', '介護予防短期入所療養介護（介護療養型医療施設等）', true, true, { medical: 'always' }],
  ['2B', '介護予防短期入所療養介護（介護医療院）', true, true, { medical: 'always' }],
  ['34', '介護予防居宅療養管理指導', true, false, { medical: 'always' }],
  ['35', '介護予防特定施設入居者生活介護', false, false],
  ['37', '介護予防認知症対応型共同生活介護（短期利用以外）', false, false],
  ['39', '介護予防認知症対応型共同生活介護（短期利用）', true, true],
  ['44', '特定介護予防福祉用具販売', false, false, { welfareEquipment: true }],
  ['45', '介護予防住宅改修', false, false],
  ['46', '介護予防支援', false, false],
  ['62', '介護予防訪問入浴介護', true, true],
  ['63', '介護予防訪問看護', true, true, { medical: 'always' }],
  ['64', '介護予防訪問リハビリテーション', true, true, { medical: 'always' }],
  ['66', '介護予防通所リハビリテーション', true, true, { medical: 'always' }],
  ['67', '介護予防福祉用具貸与', true, true, { welfareEquipment: true }],
  ['69', '介護予防小規模多機能型居宅介護（短期利用）', true, true],
  ['74', '介護予防認知症対応型通所介護', true, true],
  ['75', '介護予防小規模多機能型居宅介護', true, true],
];

const comprehensive: Row[] = [
  ['A1', '訪問型サービス（みなし）', true, true],
  ['A2', '訪問型サービス（独自）', true, true],
  ['A3', '訪問型サービス（独自／定率）', true, true],
  ['A4', '訪問型サービス（独自／定額）', true, true],
  ['A5', '通所型サービス（みなし）', true, true],
  ['A6', '通所型サービス（独自）', true, true],
  ['A7', '通所型サービス（独自／定率）', true, true],
  ['A8', '通所型サービス（独自／定額）', true, true],
  ['A9', 'その他生活支援サービス（配食／独自）', false, true],
  ['AA', 'その他生活支援サービス（配食／独自／定率・定額）', false, true],
  ['AB', 'その他生活支援サービス（見守り／独自）', false, true],
  ['AC', 'その他生活支援サービス（見守り／独自／定率・定額）', false, true],
  ['AD', 'その他生活支援サービス（その他／独自）', false, true],
  ['AE', 'その他生活支援サービス（その他／独自／定率・定額）', false, true],
  ['AF', '介護予防ケアマネジメント', false, false],
];

function toEntries(rows: Row[], benefit: ServiceTypeEntry['benefit']): ServiceTypeEntry[] {
  return rows.map(([code, name, csvLinked, withinBenefitLimit, extra]) => ({ code, name, benefit, csvLinked, withinBenefitLimit, ...extra }));
}

/** Every サービス種類コード Kizuki knows, ordered by benefit kind. */
export const serviceTypes: readonly ServiceTypeEntry[] = [
  ...toEntries(care, 'care'),
  ...toEntries(prevention, 'prevention'),
  ...toEntries(comprehensive, 'comprehensive'),
  ...toEntries([['81', '市町村特別給付', false, false]], 'other'),
];

const byCode = new Map(serviceTypes.map((entry) => [entry.code, entry]));

/** The service type with `code` (`'11'` → 訪問介護), or undefined for an unknown code. */
export function findServiceType(code: string): ServiceTypeEntry | undefined {
  return byCode.get(code.toUpperCase());
}

/** True when `code` is a known サービス種類コード. */
export function isKnownServiceTypeCode(code: string): boolean {
  return byCode.has(code.toUpperCase());
}
