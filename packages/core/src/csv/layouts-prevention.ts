import { csvCodes } from './code-tables.js';
import { keyColumns, numberColumns, type ColumnSpec, type CsvLayout } from './layout-types.js';

/** Layouts of the 介護予防支援等 files (v4 new; standards.md §3.6). */

const consultKey: ColumnSpec = ['consultedOn', '相談日', 'date', { length: 8, required: true }];

function emergencyContacts(): ColumnSpec[] {
  const specs: ColumnSpec[] = [];
  for (let n = 1; n <= 4; n++) {
    specs.push(
      [`emergency${n}Name`, `緊急連絡先${n} 氏名`, 'text'],
      [`emergency${n}Relationship`, `緊急連絡先${n} 続柄`, 'text'],
      [`emergency${n}Address`, `緊急連絡先${n} 住所`, 'text'],
      [`emergency${n}Phone`, `緊急連絡先${n} 電話番号`, 'tel', { length: 15 }],
    );
  }
  return specs;
}

/** 利用者基本情報 (UPKIHON), 71 items. */
export const basicInfoLayout: CsvLayout = {
  kind: 'UPKIHON',
  title: '利用者基本情報',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    consultKey,
    ['planKind', '計画種類', 'code', { length: 1, codes: csvCodes.preventionPlanKind }],
    ['delegation', '委託の有無', 'code', { length: 1, codes: csvCodes.delegation }],
    ['authorName', '作成担当者', 'text'],
    ['consultationMethod', '相談方法', 'code', { length: 2, codes: csvCodes.consultationMethod }],
    ['consultationMethodOther', '相談方法（その他の内容）', 'text'],
    ['consultationCount', '相談回数', 'code', { length: 2, codes: csvCodes.consultationCount }],
    ['previousConsultedOn', '前回相談日', 'date', { length: 8 }],
    ['situation', '利用者の現況', 'code', { length: 2, codes: csvCodes.clientSituation }],
    ['situationNote', '利用者の現況（状況補足）', 'text'],
    ['nameKana', '利用者氏名フリガナ', 'text'],
    ['name', '利用者氏名', 'text'],
    ['sex', '利用者性別', 'code', { length: 1, codes: csvCodes.sex }],
    ['birthDate', '利用者生年月日', 'date', { length: 8 }],
    ['address', '利用者住所', 'text'],
    ['phone', '利用者電話番号', 'tel', { length: 15 }],
    ['fax', '利用者Fax番号', 'tel', { length: 15 }],
    ['physicalIndependence', '障害高齢者の日常生活自立度', 'code', { length: 2, codes: csvCodes.physicalIndependence }],
    ['dementiaIndependence', '認知症高齢者の日常生活自立度', 'code', { length: 2, codes: csvCodes.dementiaIndependence }],
    ['careLevel', '要介護状態区分', 'code', { length: 2, codes: csvCodes.careLevelWithNone }],
    ['validFrom', '認定有効期限開始日', 'date', { length: 8 }],
    ['validTo', '認定有効期間終了日', 'date', { length: 8 }],
    ['previousCareLevel', '前回の介護度', 'code', { length: 2, codes: csvCodes.careLevelWithNone }],
    ['checklistResult', '基本チェックリスト記入結果', 'code', { length: 1, codes: csvCodes.checklistResult }],
    ['checklistDate', '基本チェックリスト記入日', 'date', { length: 8 }],
    ['physicalDisability', '障害等認定（身障）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['intellectualDisability', '障害等認定（療育）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['mentalDisability', '障害等認定（精神）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['intractableDisease', '障害等認定（難病）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['disabilityNote', '障害等認定特記事項', 'text'],
    ['residence', '居住形態', 'code', { length: 2, codes: csvCodes.residence }],
    ['floor', '自室の階数', 'integer', { length: 3, uncertain: '項目長はPDFのOCRで読み取れず推定（要確認）' }],
    ['homeModification', '住宅改修の有無', 'code', { length: 1, codes: csvCodes.yesNo12 }],
    ['nationalPension', '経済状況（国民年金）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['employeePension', '経済状況（厚生年金）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['disabilityPension', '経済状況（障害年金）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['publicAssistance', '経済状況（生活保護）', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['economyNote', '経済状況詳細', 'text'],
    ['visitorName', '来所者（相談者）氏名', 'text'],
    ['visitorAddress', '来所者（相談者）住所', 'text'],
    ['visitorPhone', '来所者（相談者）電話番号', 'tel', { length: 15 }],
    ['visitorRelationship', '来所者（相談者）続柄', 'text'],
    ...emergencyContacts(),
    ['familyImage', '家族構成 画像ファイル名', 'text'],
    ['familySituation', '家族関係等の状況', 'text'],
    ['lifeHistory', '今までの生活', 'text'],
    ['dailyLife', '１日の生活・すごし方（生活全般）', 'text'],
    ['hobbies', '趣味・楽しみ・特技', 'text'],
    ['community', '友人・地域との関係', 'text'],
    ['publicServices', '現在利用している公的サービス', 'text'],
    ['privateServices', '現在利用している非公的サービス', 'text'],
    ['consentDate', '同意日', 'date', { length: 8 }],
    ['consentBy', '同意者氏名', 'text'],
  ]),
};

/** 利用者基本情報 別表1 タイムスケジュール (UPKIHON_SUB1). */
export const basicInfoScheduleLayout: CsvLayout = {
  kind: 'UPKIHON_SUB1',
  title: '利用者基本情報 別表1（タイムスケジュール）',
  monthInName: false,
  columns: numberColumns([...keyColumns, consultKey, ['time', '時間', 'text'], ['clientLife', '本人の生活状況', 'text'], ['familyLife', '介護者・家族の生活状況', 'text']]),
};

/** 利用者基本情報 別表2 現病歴・既往歴 (UPKIHON_SUB2). */
export const basicInfoHistoryLayout: CsvLayout = {
  kind: 'UPKIHON_SUB2',
  title: '利用者基本情報 別表2（現病歴・既往歴）',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    consultKey,
    ['date', '年月日', 'date', { length: 8 }],
    ['disease', '病名', 'text'],
    ['institution', '医療機関・医師名', 'text'],
    ['doctorFlag', '主治医・意見作成者フラグ', 'code', { length: 1, codes: csvCodes.doctorFlag }],
    ['phone', '医療機関・医師電話番号', 'tel', { length: 15 }],
    ['course', '経過', 'code', { length: 2, codes: csvCodes.diseaseCourse }],
    ['treatment', '治療中の内容', 'text'],
  ]),
};

/** 利用者基本情報_削除 (DLTKIHON). */
export const basicInfoDeleteLayout: CsvLayout = { kind: 'DLTKIHON', title: '利用者基本情報 削除', monthInName: false, columns: numberColumns([...keyColumns, consultKey]) };

const planDateKey: ColumnSpec = ['planDate', '計画作成（変更）日', 'date', { length: 8, required: true }];

function domainColumns(prefix: string, label: string): ColumnSpec[] {
  return [
    [`${prefix}Status`, `【${label}】現在の状況`, 'text'],
    [`${prefix}Intention`, `【${label}】本人・家族の意欲・意向`, 'text'],
    [`${prefix}HasIssue`, `【${label}】領域における課題の有無`, 'code', { length: 1, codes: csvCodes.yesNo12 }],
    [`${prefix}Background`, `【${label}】領域における課題（背景・原因）`, 'text'],
  ];
}

const checklistDomains = [
  ['movement', '運動不足'],
  ['nutrition', '栄養改善'],
  ['oral', '口腔内ケア'],
  ['housebound', '閉じこもり予防'],
  ['cognition', '物忘れ予防'],
  ['depression', 'うつ予防'],
] as const;

/** 介護予防サービス・支援計画書 (UPYOBO), 57 items. */
export const preventionPlanLayout: CsvLayout = {
  kind: 'UPYOBO',
  title: '介護予防サービス・支援計画書',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    planDateKey,
    ['planKind', '計画種類', 'code', { length: 1, codes: csvCodes.preventionPlanKind }],
    ['delegation', '委託の有無', 'code', { length: 1, codes: csvCodes.delegation }],
    ['serialNumber', '整理番号', 'text'],
    ['name', '利用者名', 'text'],
    ['certifiedOn', '認定年月日', 'date', { length: 8 }],
    ['validFrom', '認定有効期間開始日', 'date', { length: 8 }],
    ['validTo', '認定有効期間終了日', 'date', { length: 8 }],
    ['planCategory', '計画書区分', 'code', { length: 2, codes: csvCodes.planCategory }],
    ['certificationStatus', '認定状況区分', 'code', { length: 1, codes: csvCodes.certificationStatus }],
    ['supportLevel', '要支援状態区分', 'code', { length: 1, codes: csvCodes.supportLevel }],
    ['centerStaffName', '計画作成者氏名（地域包括支援センター担当者名）', 'text'],
    ['careManagerName', '計画作成者氏名（担当介護支援専門員名）', 'text'],
    ['delegatedOfficeName', '計画作成者事業者・事業所名', 'text'],
    ['delegatedOfficeAddress', '計画作成者事業者・事業所住所', 'text'],
    ['delegatedOfficePhone', '計画作成者事業者・事業所電話番号', 'tel', { length: 15 }],
    ['firstPlanDate', '初回作成日', 'date', { length: 8 }],
    ['centerName', '担当地域包括支援センター', 'text'],
    ['targetDay', '目標とする生活（1日）', 'text'],
    ['targetYear', '目標とする生活（1年）', 'text'],
    ...domainColumns('movement', '運動・移動'),
    ...domainColumns('dailyLife', '日常生活（家庭生活）'),
    ...domainColumns('social', '社会参加、対人関係・コミュニケーション'),
    ...domainColumns('health', '健康管理'),
    ['healthNotes', '健康状態の留意点', 'text'],
    ['policyWhenUnavailable', '妥当な支援の実施に向けた方針', 'text'],
    ['overallPolicy', '総合的な方針', 'text'],
    ...checklistDomains.map(([key, label]): ColumnSpec => [`${key}Count`, `基本チェックリストの該当数（${label}）`, 'integer', { length: 1 }]),
    ...checklistDomains.map(([key, label]): ColumnSpec => [`${key}Program`, `事業プログラムの要否（${label}）`, 'code', { length: 1, codes: csvCodes.yesNo12 }]),
    ['centerOpinion', '地域包括支援センター意見', 'text'],
    ['consentDate', '同意日', 'date', { length: 8 }],
    ['consentBy', '同意者氏名', 'text'],
  ]),
};

/** 介護予防サービス・支援計画書 別表 支援計画 (UPYOBO_SUB), 17 items. */
export const preventionSupportLayout: CsvLayout = {
  kind: 'UPYOBO_SUB',
  title: '介護予防サービス・支援計画書 別表（支援計画）',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    planDateKey,
    ['issueNo', '課題ＮＯ', 'integer', { length: 2, required: true }],
    ['overallIssue', '総合的課題', 'text'],
    ['proposal', '課題に対する目標と具体策の提案', 'text'],
    ['intention', '具体策についての意向 本人・家族', 'text'],
    ['goal', '目標', 'text'],
    ['supportNo', '支援計画ＮＯ', 'integer', { length: 2 }],
    ['supportPoints', '【支援計画】目標についての支援のポイント', 'text'],
    ['selfCare', '【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）', 'text'],
    ['formalService', '【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）', 'text'],
    ['serviceNo', '利用サービスＮＯ', 'integer', { length: 2 }],
    ['serviceTypeName', '【利用サービス】サービス種別', 'text'],
    ['providerName', '【利用サービス】事業所(利用先)', 'text'],
    ['period', '【利用サービス】期間', 'text'],
  ]),
};

/** 介護予防サービス・支援計画書_削除 (DLTYOBO). */
export const preventionPlanDeleteLayout: CsvLayout = { kind: 'DLTYOBO', title: '介護予防サービス・支援計画書 削除', monthInName: false, columns: numberColumns([...keyColumns, planDateKey]) };
