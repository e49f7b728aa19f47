import type { DataPart } from '../audit/rule.js';

/**
 * What a ケアプランデータ連携 CSV carries: the client (利用者補足・利用者基本情報), the certification on
 * 第1表 and the plan. Family members, assessment, meetings, consent, delivery, monitoring and what
 * Kizuki keeps with each 援助内容 beyond the 第2表 columns (主治の医師等の指示, 福祉用具が必要な理由)
 * are not in the standard, so rules and checks that need them are reported as not evaluated, never
 * as passed or raised.
 */
export const csvDataParts: readonly DataPart[] = ['client', 'certification', 'plan'];
