/**
 * Fictional service providers of the demo area (事業所番号 are demo values). Most office
 * plans with 訪問介護 use あおぞらヘルパーステーション or its sister 事業所 あおぞらヘルパーステーション北
 * on purpose: by 事業所 neither is over 80%, by 法人 they are, so the demo shows 特定事業所集中減算
 * counted by 法人 (office.provider-concentration).
 */
export interface DemoProvider {
  name: string;
  officeNumber: string;
  /** サービス種類コード */
  code: string;
  typeName: string;
}

function provider(name: string, officeNumber: string, code: string, typeName: string): DemoProvider {
  return { name, officeNumber, code, typeName };
}

export const providers = {
  aozoraHelper: provider('あおぞらヘルパーステーション', '0879910011', '11', '訪問介護'),
  // A second 事業所 of the 法人 that runs あおぞらヘルパーステーション (see seed-demo-office.ts).
  aozoraHelperKita: provider('あおぞらヘルパーステーション北', '0879910111', '11', '訪問介護'),
  hinataHelper: provider('ひなた訪問介護事業所', '0879910012', '11', '訪問介護'),
  tsubasaNurse: provider('つばさ訪問看護ステーション', '0879910013', '13', '訪問看護'),
  midoriRehab: provider('みどり病院 訪問リハビリテーション', '0879910014', '14', '訪問リハビリテーション'),
  sakuraDay: provider('さくらデイサービスセンター', '0879910015', '15', '通所介護'),
  kazeDayCare: provider('かぜの丘クリニック 通所リハビリテーション', '0879910016', '16', '通所リハビリテーション'),
  sasaeEquipment: provider('ささえ福祉用具センター', '0879910017', '17', '福祉用具貸与'),
  kaedeEquipment: provider('かえで福祉用具', '0879910018', '17', '福祉用具貸与'),
  matsukazeShortStay: provider('特別養護老人ホーム 松風荘（短期入所）', '0879910021', '21', '短期入所生活介護'),
  minatoPharmacy: provider('みなと薬局', '0879910031', '31', '居宅療養管理指導'),
  hohoemiDementiaDay: provider('ほほえみ認知症対応型デイサービス', '0879910072', '72', '認知症対応型通所介護'),
  komichiDay: provider('こみち地域密着型デイサービス', '0879910078', '78', '地域密着型通所介護'),
  bathVan: provider('ゆうあい訪問入浴', '0879910019', '12', '訪問入浴介護'),
  // 介護予防・総合事業
  ikiikiClass: provider('いきいき元気教室（通所型サービス）', '0879920006', 'A6', '通所型サービス（独自）'),
  aozoraPreventionHelper: provider('あおぞらヘルパーステーション', '0879910011', 'A2', '訪問型サービス（独自）'),
  kazePreventionDayCare: provider('かぜの丘クリニック 通所リハビリテーション', '0879910016', '66', '介護予防通所リハビリテーション'),
  sasaePreventionEquipment: provider('ささえ福祉用具センター', '0879910017', '67', '介護予防福祉用具貸与'),
} as const;
