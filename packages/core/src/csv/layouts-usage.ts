import { csvCodes } from './code-tables.js';
import { keyColumns, numberColumns, type ColumnSpec, type CsvLayout } from './layout-types.js';

/**
 * 第6表 (サービス利用票) 予定・実績, 第7表 (別表) and their delete files (standards.md §3.5).
 * usage-rows.ts writes UPPLAN and UPSIKYU from a service_usage document and reads UPPLAN back.
 */

const ocr = '項目長はPDFのOCRで一部読み取れず推定（要確認）';

const usageColumns: ColumnSpec[] = [
  ...keyColumns,
  ['createdOn', '作成年月日', 'date', { length: 8 }],
  ['targetMonth', '対象年月', 'month', { length: 6, required: true }],
  ['planOfficeNumber', 'プラン担当業者コード', 'officeNumber', { length: 10 }],
  ['planOfficerName', 'プラン担当者名', 'text'],
  ['units', '単位数', 'integer', { length: 6 }],
  ['shortStayDaysBefore', '前月までの短期入所利用日数', 'integer', { length: 5 }],
  ['serviceDate', 'サービス利用日', 'date', { length: 8, required: true }],
  ['proRataDays', '日割対象日', 'alnum', { length: 31 }],
  ['startTime', 'サービス開始時刻', 'time', { length: 4, required: true, specials: ['9999'] }],
  ['endTime', 'サービス終了時刻', 'time', { length: 4, required: true, specials: ['9999'] }],
  ['count', 'サービス回数', 'integer', { length: 2, required: true }],
  ['serviceCode', 'サービスコード', 'alnum', { length: 6, required: true }],
  ['taisCode', 'TAISコード', 'alnum', { length: 12 }],
  ['notificationCode', '福祉用具届出コード', 'alnum', { length: 12 }],
  ['equipmentName', '用具名称（機種名）', 'text'],
  ['detailCode', '明細判別コード', 'integer', { length: 2 }],
  ['providerOfficeNumber', 'サービス事業者コード', 'officeNumber', { length: 10, required: true }],
  ['providerName', 'サービス事業所名', 'text'],
  ['satelliteNo', 'サテライト枝番', 'alnum', { length: 2 }],
  ['over30Days', '３０日超区分', 'code', { length: 1, required: true, codes: csvCodes.flag10 }],
  ['updaterCode', '更新業者コード', 'officeNumber', { length: 10 }],
  ['identifier', '識別子', 'text', { length: 1 }],
];

/** 第6表（サービス利用票）予定 (UPPLAN), 25 items, one row per サービス利用日 × サービスコード. */
export const usagePlanLayout: CsvLayout = { kind: 'UPPLAN', title: 'サービス利用票（第6表）予定', monthInName: true, columns: numberColumns(usageColumns) };

/** 第6表 実績情報 (UPJSK): same format as UPPLAN, sent by the service provider. */
export const usageResultLayout: CsvLayout = { kind: 'UPJSK', title: 'サービス利用票（第6表）実績', monthInName: true, columns: numberColumns(usageColumns) };

/** 第6表 予定削除 (DLTPLAN); deletes 第7表 too. */
export const usagePlanDeleteLayout: CsvLayout = {
  kind: 'DLTPLAN',
  title: 'サービス利用票（第6表）予定削除',
  monthInName: true,
  columns: numberColumns([...keyColumns, ['targetMonth', '削除対象年月', 'month', { length: 6, required: true }]]),
};

/** 実績削除 (DLTJSK). */
export const usageResultDeleteLayout: CsvLayout = {
  kind: 'DLTJSK',
  title: 'サービス利用票（第6表）実績削除',
  monthInName: true,
  columns: numberColumns([
    ...keyColumns,
    ['targetMonth', '削除対象年月', 'month', { length: 6, required: true }],
    ['providerOfficeNumber', 'サービス事業者コード', 'officeNumber', { length: 10, required: true }],
    ['serviceType', 'サービス種類コード', 'alnum', { length: 2, required: true }],
  ]),
};

const n = (key: string, name: string, length = 6): ColumnSpec => [key, name, 'integer', { length, uncertain: ocr }];

/** 第7表（サービス利用票別表）(UPSIKYU), 37 items. */
export const usageSheetLayout: CsvLayout = {
  kind: 'UPSIKYU',
  title: 'サービス利用票別表（第7表）',
  monthInName: true,
  columns: numberColumns([
    ...keyColumns,
    ['createdOn', '作成年月日', 'date', { length: 8 }],
    ['targetMonth', '対象年月', 'month', { length: 6, required: true }],
    ['providerName', 'サービス事業所名', 'text'],
    ['providerOfficeNumber', 'サービス事業所コード', 'officeNumber', { length: 10 }],
    ['satelliteNo', 'サテライト枝番', 'alnum', { length: 2 }],
    ['serviceCode', 'サービスコード', 'alnum', { length: 6 }],
    ['taisCode', 'TAISコード', 'alnum', { length: 12 }],
    ['notificationCode', '福祉用具届出コード', 'alnum', { length: 12 }],
    ['equipmentName', '用具名称（機種名）', 'text'],
    n('units', '単位数'),
    ['discountRate', '割引後率', 'decimal', { length: 5 }],
    n('discountedUnits', '割引後単位数'),
    n('count', '回数／日数', 3),
    n('serviceUnits', 'サービス単位金額'),
    n('managedUnits', '給付管理単位数'),
    n('typeOverUnits', '種類支給限度基準超単位数'),
    n('typeWithinUnits', '種類支給限度基準内単位数'),
    n('levelOverUnits', '区分支給限度基準超単位数'),
    n('levelWithinUnits', '区分支給限度基準内単位数'),
    ['unitPrice', '単位数単価', 'decimal', { length: 5, uncertain: ocr }],
    n('totalCost', '費用総額保険／事業対象分', 9),
    n('benefitRate', '給付率', 3),
    n('claimAmount', '保険／事業費請求額', 9),
    n('fixedCopay', '定額利用者負担単価金額'),
    n('copay', '利用者負担保険／事業対象分', 9),
    n('fullCopay', '利用者負担（全額負担分）', 9),
    n('daysBefore', '前月までの利用日数', 5),
    n('daysThisMonth', '当月の計画利用日数', 5),
    n('daysTotal', '累積利用日数', 5),
    ['over30Days', '３０日超区分', 'code', { length: 1, codes: csvCodes.flag10 }],
    ['officeCode', '事業所コード', 'officeNumber', { length: 10 }],
    ['inputCode', '入力者コード', 'alnum', { length: 10, uncertain: ocr }],
    ['updaterCode', '更新業者コード', 'officeNumber', { length: 10 }],
    ['identifier', '識別子', 'text', { length: 1 }],
  ]),
};
