import { z } from 'zod';
import { optionalDate } from './common.schema.js';

/**
 * 閲覧記録 as the office admin reads it (`GET /api/admin/access-log`): who opened or changed what,
 * when, with the names resolved, and whether the organization's hash chain is whole.
 */
export interface AccessLogView {
  id: string;
  /** ISO 8601 UTC */
  at: string;
  userId: string;
  /** the user's name; undefined when the user is of another organization (a read through a grant) */
  userName?: string;
  clientId: string | null;
  clientName?: string;
  action: string;
  detail?: string;
  /** position in the organization's hash chain */
  seq?: number;
}

export interface AccessLogChainStatus {
  checked: number;
  unchained: number;
  /** Japanese description of the first break, if the chain is broken */
  broken?: string;
  /** the last entry removed by a retention purge: the chain starts after it */
  anchor?: { seq: number; hash: string };
}

export interface AccessLogAnswer {
  entries: AccessLogView[];
  chain: AccessLogChainStatus;
}

/** Query of the access log: filters by client, user, action and days (Japan), newest first. */
export const accessLogQuerySchema = z
  .object({
    clientId: z.string().max(100).optional(),
    userId: z.string().max(100).optional(),
    action: z.string().max(100).optional(),
    /** first day (Japan), YYYY-MM-DD */
    from: optionalDate(),
    /** last day (Japan), YYYY-MM-DD */
    to: optionalDate(),
    limit: z.coerce.number({ error: '件数は数値で指定してください' }).int({ error: '件数は整数で指定してください' }).min(1, { error: '件数は1以上にしてください' }).max(5000, { error: '件数は5000以下にしてください' }).default(500),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '終了日は開始日以降にしてください' });
  });
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

/** Japanese names of the actions the server logs; an action not listed shows as it is. */
export const accessLogActionLabels: Record<string, string> = {
  'case_file.read': 'ケースファイルの閲覧',
  'document.read': '書類の閲覧',
  'document.list': '書類の一覧',
  'document.history': '書類の版の一覧',
  'case_file.audit': '気づきの確認',
  'case_file.export': 'ケースファイルの書き出し',
  'csv.import': 'CSVの取り込み',
  'csv.export': 'CSVの書き出し',
  'dashboard.read': 'ダッシュボードの閲覧',
  'grant.create': '共有の許可の作成',
  'grant.revoke': '共有の許可の取り消し',
  'grant.read': '共有された書類の閲覧（共有先）',
  'shared.read': '共有された書類の閲覧',
  'document.create': '書類の作成',
  'document.update': '書類の保存',
  'client.create': '利用者の登録',
  export: '書き出し',
  'record.read': '組織の記録の閲覧',
  'record.list': '組織の記録の一覧',
  'record.create': '組織の記録の作成',
  'record.update': '組織の記録の保存',
  'organization.create': '組織の作成',
  'access_log.export': '閲覧記録の書き出し',
  'access_log.purge': '保存期間を過ぎた閲覧記録の削除',
  'security.settings': 'セキュリティ設定の変更',
  'account.two_factor_enable': '二要素認証の設定',
  'account.two_factor_disable': '二要素認証の解除',
  'account.two_factor_reset': '二要素認証の解除（サーバー管理者）',
  'account.recovery_codes': '回復コードの再発行',
  'account.recovery_code_used': '回復コードでのログイン',
};
