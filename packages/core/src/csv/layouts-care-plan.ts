import { csvCodes } from './code-tables.js';
import { keyColumns, numberColumns, type ColumnSpec, type CsvLayout } from './layout-types.js';

/**
 * Layouts of the 居宅介護支援 plan files (standards.md §3.5). Column order is reliable; lengths
 * marked `uncertain` come from an OCR of the PDF that garbled some of them — correct them here.
 */

const ocrLength = '項目長はPDFのOCRで読み取れず推定（要確認）';

function limitSlots(): ColumnSpec[] {
  const slots: ColumnSpec[] = [];
  for (let n = 1; n <= 9; n++) {
    slots.push(
      [`limit${n}ServiceType`, `${n}サービス種類コード`, 'alnum', { length: 2 }],
      [`limit${n}Units`, `${n}支給限度基準額`, 'integer', { length: 7, uncertain: ocrLength }],
      [`limit${n}TotalUnits`, `${n}合計単位数`, 'integer', { length: 7, uncertain: ocrLength }],
      [`limit${n}OverUnits`, `${n}限度超単位数`, 'integer', { length: 7, uncertain: ocrLength }],
    );
  }
  return slots;
}

/** 利用者補足情報 (UPHOSOKU), 63 items. */
export const supplementLayout: CsvLayout = {
  kind: 'UPHOSOKU',
  title: '利用者補足情報',
  monthInName: true,
  columns: numberColumns([
    ...keyColumns,
    ['planDate', '居宅サービス計画作成（変更）日', 'date', { length: 8, required: true, specials: ['00000000'] }],
    ['nameKana', '利用者氏名フリガナ', 'text'],
    ['name', '利用者氏名', 'text'],
    ['sex', '利用者性別', 'code', { length: 1, codes: csvCodes.sex }],
    ['birthDate', '利用者生年月日', 'date', { length: 8 }],
    ['postalCode', '利用者郵便番号', 'alnum', { length: 8 }],
    ['address1', '利用者住所１', 'text'],
    ['address2', '利用者住所２', 'text'],
    ['phone', '利用者電話番号', 'tel', { length: 15 }],
    ['certifiedOn', '認定日', 'date', { length: 8 }],
    ['limitFrom', '限度額適用開始年月日', 'date', { length: 8 }],
    ['limitTo', '限度額適用終了年月日', 'date', { length: 8 }],
    ['certificationStatus', '認定状況区分', 'code', { length: 1, codes: csvCodes.certificationStatus }],
    ['careLevelChangedOn', '要介護状態変更日', 'date', { length: 8 }],
    ['careLevel', '要介護状態区分', 'code', { length: 2, codes: csvCodes.careLevel }],
    ['benefitLimitUnits', '区分支給限度基準額', 'integer', { length: 7 }],
    ...limitSlots(),
    ['totalOverUnits', '合計限度超単位数', 'integer', { length: 7, uncertain: ocrLength }],
    ['shortStayDaysBefore', '入所前月迄利用日数', 'integer', { length: 5 }],
    ['shortStayDaysTotal', '入所累積利用日数', 'integer', { length: 5 }],
    ['previousCareLevel', '前回要介護状態区分', 'code', { length: 2, codes: csvCodes.careLevel }],
    ['consentOffice', '同意書受付業者', 'officeNumber', { length: 10 }],
    ['updaterCode', '更新業者コード', 'officeNumber', { length: 10 }],
    ['identifier', '識別子', 'text', { length: 1 }],
    ['targetMonth', '対象年月', 'month', { length: 6, specials: ['000000'] }],
  ]),
};

/** 居宅サービス計画書（１）第1表 (UP1KYO), 28 items. */
export const plan1Layout: CsvLayout = {
  kind: 'UP1KYO',
  title: '居宅サービス計画書（第1表）',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    ['createdOn', '作成年月日', 'date', { length: 8 }],
    ['postalCode', '利用者郵便番号', 'alnum', { length: 8 }],
    ['address1', '利用者住所１', 'text'],
    ['address2', '利用者住所２', 'text'],
    ['authorName', '居宅サービス計画作成者氏名', 'text'],
    ['officeName', '介護支援事業者名', 'text'],
    ['officePostalCode', '介護支援事業者郵便番号', 'alnum', { length: 8 }],
    ['officeAddress1', '介護支援事業者住所１', 'text'],
    ['officeAddress2', '介護支援事業者住所２', 'text'],
    ['officeNumber', '介護支援事業者コード', 'officeNumber', { length: 10 }],
    ['planDate', '居宅サービス計画作成（変更）日', 'date', { length: 8, required: true }],
    ['firstPlanDate', '初回居宅サービス計画作成日', 'date', { length: 8 }],
    ['planCategory', '計画書区分', 'code', { length: 2, codes: csvCodes.planCategory }],
    ['certificationStatus', '認定状況区分', 'code', { length: 1, codes: csvCodes.certificationStatus }],
    ['certifiedOn', '認定日', 'date', { length: 8 }],
    ['validFrom', '認定有効期間開始日', 'date', { length: 8 }],
    ['validTo', '認定有効期間終了日', 'date', { length: 8 }],
    ['careLevel', '要介護状態区分', 'code', { length: 2, codes: csvCodes.careLevel }],
    ['intentions', '利用者及び家族の生活に対する意向を踏まえた課題分析の結果', 'text'],
    ['committeeOpinion', '介護認定審査会の意見及びサービスの種類の指定', 'text'],
    ['overallPolicy', '総合的な援助の方針', 'text'],
    ['livingSupportReason', '生活援助中心型の算定理由', 'code', { length: 1, codes: csvCodes.livingSupportReason }],
    ['livingSupportOther', 'その他理由', 'text'],
    ['updaterCode', '更新業者コード', 'officeNumber', { length: 10 }],
    ['identifier', '識別子', 'text', { length: 1 }],
  ]),
};

/** 居宅サービス計画1表_削除 (DLT1KYO); deleting 第1表 deletes its 第2表・第3表 too. */
export const plan1DeleteLayout: CsvLayout = {
  kind: 'DLT1KYO',
  title: '居宅サービス計画書（第1表）削除',
  monthInName: false,
  columns: numberColumns([...keyColumns, ['planDate', '居宅サービス計画作成（変更）日', 'date', { length: 8, required: true }]]),
};

/** 居宅サービス計画書（２）第2表 (UP2KYO), 22 items, one row per 援助内容. */
export const plan2Layout: CsvLayout = {
  kind: 'UP2KYO',
  title: '居宅サービス計画書（第2表）',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    ['createdOn', '居宅計画書作成年月日', 'date', { length: 8 }],
    ['planDate', '居宅サービス計画作成（変更）日', 'date', { length: 8, required: true }],
    ['needNo', '課題ＮＯ', 'integer', { length: 2, required: true }],
    ['need', '課題', 'text'],
    ['goalNo', '援助目標ＮＯ', 'integer', { length: 2 }],
    ['longTermGoal', '長期目標', 'text'],
    ['shortTermGoal', '短期目標', 'text'],
    ['longTermPeriod', '長期期間', 'text'],
    ['shortTermPeriod', '短期期間', 'text'],
    ['lineNo', '援助内容ＮＯ', 'integer', { length: 2 }],
    ['content', 'サービス内容', 'text'],
    ['insured', '保険対象区分', 'code', { length: 1, codes: csvCodes.insured }],
    ['serviceTypeName', 'サービス種別', 'text'],
    ['providerOfficeNumber', 'サービス事業者コード', 'officeNumber', { length: 10 }],
    ['providerName', 'サービス事業所名', 'text'],
    ['frequency', '頻度', 'text'],
    ['period', '実施期間', 'text'],
    ['updaterCode', '更新業者コード', 'officeNumber', { length: 10 }],
    ['identifier', '識別子', 'text', { length: 1 }],
  ]),
};

/** 週間サービス計画表 第3表 (UP3KYO, v4 new), 13 items. */
export const plan3Layout: CsvLayout = {
  kind: 'UP3KYO',
  title: '週間サービス計画表（第3表）',
  monthInName: false,
  columns: numberColumns([
    ...keyColumns,
    ['createdOn', '週間サービス計画表作成年月日', 'date', { length: 8 }],
    ['planDate', '居宅サービス計画作成（変更）日', 'date', { length: 8, required: true }],
    ['content', '介護サービス内容', 'text'],
    ['day', '曜日', 'code', { length: 1, codes: csvCodes.weekday }],
    ['start', '開始時間', 'time', { length: 4 }],
    ['end', '終了時間', 'time', { length: 4 }],
    ['activity', '主な日常生活上の活動', 'text'],
    ['activityStart', '開始時間（主な日常生活上の活動）', 'time', { length: 4 }],
    ['activityEnd', '終了時間（主な日常生活上の活動）', 'time', { length: 4 }],
    ['nonWeekly', '週単位以外のサービス', 'text'],
  ]),
};
