import type { IsoDate } from '../dates/iso-date.js';

/** One row of `GET /api/clients` (利用者一覧). */
export interface ClientOverview {
  id: string;
  insurerNumber: string;
  /** 被保険者番号 */
  insuredNumber: string;
  name: string;
  /** フリガナ */
  nameKana: string;
  /** 要介護状態区分 of the certification in force, as its Japanese label (要介護2) */
  careLevel?: string;
  /** 認定有効期間の終了日 */
  certificationValidTo?: IsoDate;
}
