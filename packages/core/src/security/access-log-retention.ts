import { z } from 'zod';

/**
 * 閲覧記録の保存期間 (access-log retention). The 医療情報システムの安全管理に関するガイドライン asks that
 * access logs be kept, protected from deletion and reviewed, without naming a period; an access log
 * must outlive the records whose reading it proves, and the records of a 居宅介護支援 are kept
 * 2 years by 基準省令 第29条第2項 (参酌すべき基準) and 5 years by many municipal 条例. So the shortest
 * allowed retention is 5 years, which is also the default.
 */
export const accessLogRetention = {
  minMonths: 60,
  defaultMonths: 60,
  maxMonths: 1200,
  source:
    '医療情報システムの安全管理に関するガイドライン 第6.0版 システム運用編 17「証跡のレビュー・システム監査」（アクセスログの記録・改ざん防止、期間の定めなし）; 指定居宅介護支援等の事業の人員及び運営に関する基準 第29条第2項（記録の保存 2年、参酌すべき基準）; 市町村条例の例「その完結の日から5年間保存」',
  verified: 'recall',
} as const;

/** `GET/PUT /api/admin/security`: the organization's security settings (事業所管理者・システム管理者). */
export const securitySettingsSchema = z.object({
  /** 二要素認証を必須にする */
  requireTwoFactor: z.boolean({ message: '二要素認証を必須にするかどうかを選んでください' }),
  /** 閲覧記録の保存期間（か月） */
  accessLogRetentionMonths: z
    .number({ message: '保存期間を数値（か月）で入力してください' })
    .int({ message: '保存期間は整数（か月）で入力してください' })
    .min(accessLogRetention.minMonths, { message: `保存期間は${accessLogRetention.minMonths}か月（5年）以上にしてください` })
    .max(accessLogRetention.maxMonths, { message: `保存期間は${accessLogRetention.maxMonths}か月以下にしてください` }),
});
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

export const defaultSecuritySettings: SecuritySettings = { requireTwoFactor: false, accessLogRetentionMonths: accessLogRetention.defaultMonths };

/**
 * The first instant (ISO 8601 UTC) still kept: entries before it are older than the retention.
 * Months are calendar months counted back from `now` (UTC), clamped to the month's last day.
 */
export function accessLogRetentionCutoff(now: Date, months: number): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const cutoff = new Date(Date.UTC(y, m, Math.min(now.getUTCDate(), lastDay), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
  return cutoff.toISOString();
}

/** `GET /api/admin/security`: the settings, the retention rule with its source, and the last purge's anchor. */
export interface SecuritySettingsAnswer {
  settings: SecuritySettings;
  retention: { minMonths: number; defaultMonths: number; maxMonths: number; source: string; verified: 'recall' | 'verified' };
  /** entries before this instant are removed by the next purge (ISO 8601 UTC) */
  purgeBefore: string;
}
