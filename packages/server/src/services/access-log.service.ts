import { accessLogActionLabels, addDays, KizukiError, type AccessLogAnswer, type AccessLogQuery, type AccessLogView, type IsoDate } from '@kizuki/core';
import { accountAdminRoles, type Actor, type ServiceDeps } from './context.js';

/** The first instant of a day in Japan, as ISO 8601 UTC. */
const startOfDay = (day: IsoDate) => new Date(`${day}T00:00:00+09:00`).toISOString();

function requireAdmin(actor: Actor): void {
  if (!accountAdminRoles.includes(actor.user.role)) throw new KizukiError('forbidden', '閲覧記録を見る権限がありません（事業所の管理者のみ）。');
}

/**
 * The organization's access log as its admin reads it: filtered, newest first, with user and client
 * names, and the state of the hash chain (checked over the whole log, not only the page shown).
 */
export async function readAccessLog(deps: ServiceDeps, actor: Actor, query: AccessLogQuery): Promise<AccessLogAnswer> {
  requireAdmin(actor);
  const tenantId = actor.tenantId;
  const entries = await deps.store.listAccessLog(tenantId, {
    ...(query.clientId ? { clientId: query.clientId } : {}),
    ...(query.userId ? { userId: query.userId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.from ? { fromAt: startOfDay(query.from) } : {}),
    ...(query.to ? { untilAt: startOfDay(addDays(query.to, 1)) } : {}),
    limit: query.limit,
  });
  const users = new Map((await deps.store.listUsers(tenantId)).map((u) => [u.id, u.displayName]));
  const clients = new Map((await deps.store.listClients(tenantId)).map((c) => [c.id, c.name]));
  const [verdict] = await deps.store.verifyAccessLog(tenantId);
  const views: AccessLogView[] = entries.map((e) => {
    const userName = users.get(e.userId);
    const clientName = e.clientId === null ? undefined : clients.get(e.clientId);
    return {
      id: e.id ?? '',
      at: e.at,
      userId: e.userId,
      clientId: e.clientId,
      action: e.action,
      ...(userName !== undefined ? { userName } : {}),
      ...(clientName !== undefined ? { clientName } : {}),
      ...(e.detail !== undefined ? { detail: e.detail } : {}),
      ...(e.seq !== undefined ? { seq: e.seq } : {}),
    };
  });
  const broken = verdict?.broken;
  return {
    entries: views,
    chain: {
      checked: verdict?.checked ?? 0,
      unchained: verdict?.unchained ?? 0,
      ...(broken ? { broken: `${broken.seq ?? ''}番目の記録: ${broken.reason}` } : {}),
      ...(verdict?.anchor ? { anchor: verdict.anchor } : {}),
    },
  };
}

const csvCell = (value: string | number | undefined | null) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The same entries as CSV (UTF-8 with BOM, for spreadsheet software); the export itself is logged. */
export async function exportAccessLogCsv(deps: ServiceDeps, actor: Actor, query: AccessLogQuery): Promise<string> {
  const answer = await readAccessLog(deps, actor, query);
  const header = ['番号', '日時（UTC）', '利用者ID', '操作した人', '利用者（ケース）ID', '利用者（ケース）', '操作', '操作の名前', '詳細'];
  const lines = answer.entries.map((e) =>
    [e.seq, e.at, e.userId, e.userName, e.clientId, e.clientName, e.action, accessLogActionLabels[e.action], e.detail].map(csvCell).join(','),
  );
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'access_log.export', detail: `${answer.entries.length}件`, at: deps.now().toISOString() });
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
