import {
  assembleCaseFile,
  csvTimestamp,
  exportCarePlanCsv,
  exportPreventionPlanCsv,
  exportUsageCsv,
  KizukiError,
  planDestinations,
  usageDestinations,
  usageOfMonth,
  yearMonthSchema,
  type CaseFile,
  type CsvConversion,
  type CsvExclusion,
  type CsvExportFile,
  type CsvParty,
  type CsvExportResult,
  type CsvSenderOffice,
  type CsvSkippedClient,
  type Organization,
} from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';

/** Which plans to write, and for whom. */
export interface CsvExportRequest {
  /** Kizuki client ids; all clients of the tenant when absent. */
  clientIds?: readonly string[];
  /** 送信先; when absent, one send unit per provider named on the plans (or the month's 利用票). */
  destination?: CsvParty;
  /**
   * 対象年月 (YYYY-MM; 202504 and 2025年4月 are read too): write the month's サービス利用票 (第6表・
   * 第7表・利用者補足) instead of the current plans.
   */
  month?: string;
}

/** One send unit written. */
export interface CsvExportUnit {
  destination: CsvParty;
  files: CsvExportFile[];
  clients: number;
}

export interface CsvExportOutcome {
  units: CsvExportUnit[];
  /** every file of every unit */
  files: CsvExportFile[];
  conversions: CsvConversion[];
  excluded: CsvExclusion[];
  skipped: CsvSkippedClient[];
}

/** The sending office of the actor's organization: 43 居宅介護支援, 46 介護予防支援 (地域包括支援センター). */
export function senderOf(organization: Organization): CsvSenderOffice {
  if (!organization.officeNumber) {
    throw new KizukiError('bad_request', `組織「${organization.name}」に事業所番号がないため、CSVの送信元を決められません。`);
  }
  return {
    officeNumber: organization.officeNumber,
    serviceType: organization.kind === 'community_center' ? '46' : '43',
    name: organization.name,
    ...(organization.address ? { address1: organization.address } : {}),
  };
}

async function caseFilesOf(deps: ServiceDeps, actor: Actor, clientIds: readonly string[] | undefined): Promise<CaseFile[]> {
  const ids = clientIds ?? (await deps.store.listClients(actor.tenantId)).map((c) => c.id);
  const caseFiles: CaseFile[] = [];
  for (const id of ids) {
    if (!(await deps.store.getClientSummary(actor.tenantId, id))) throw new KizukiError('not_found', '利用者が見つかりません。', { clientId: id });
    caseFiles.push(assembleCaseFile(await deps.store.listDocuments(actor.tenantId, id)));
    await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: id, action: 'csv.export', at: deps.now().toISOString() });
  }
  return caseFiles;
}

/** 対象年月 as YYYY-MM, or a Japanese bad_request. */
function parseMonth(text: string): string {
  const parsed = yearMonthSchema.safeParse(text);
  if (!parsed.success) throw new KizukiError('bad_request', parsed.error.issues[0]?.message ?? '対象年月は YYYY-MM（例: 2025-04）の形式で指定してください。');
  return parsed.data;
}

/**
 * Writes ケアプランデータ連携 CSV (標準仕様 v4.1), every file sharing one timestamp. Without a month:
 * the current plans, for each destination a send unit of 居宅 files (利用者補足・第1表・第2表・第3表)
 * and of 予防 files (利用者基本情報・予防計画書). With a month: each client's サービス利用票 of that
 * month, for each destination a send unit of 利用者補足・第6表・第7表 holding every in-scope
 * provider's services. A client chosen by id is sent even when the destination is not on the plan
 * or 利用票; otherwise only the clients related to each destination are. Every character changed
 * to fit MS932 and every service left out is reported. Throws not_found when nothing can be written.
 */
export async function exportCsv(deps: ServiceDeps, actor: Actor, request: CsvExportRequest = {}): Promise<CsvExportOutcome> {
  const sender = senderOf(actor.organization);
  const month = request.month === undefined ? undefined : parseMonth(request.month);
  const loaded = await caseFilesOf(deps, actor, request.clientIds);
  const caseFiles = month ? loaded.filter((c) => usageOfMonth(c, month)) : loaded;
  const timestamp = csvTimestamp(deps.now());
  const destinationsOf = (c: CaseFile) => (month ? usageDestinations(c, month) : planDestinations(c));
  const destinations = request.destination ? [request.destination] : uniqueDestinations(caseFiles, destinationsOf);
  const outcome: CsvExportOutcome = { units: [], files: [], conversions: [], excluded: [], skipped: [] };
  const onlyRelatedClients = !(request.destination && request.clientIds);
  for (const destination of destinations) {
    const options = { sender, destination, timestamp, onlyRelatedClients };
    const results: CsvExportResult[] = month
      ? [exportUsageCsv(caseFiles, { ...options, month })]
      : [exportCarePlanCsv(caseFiles.filter((c) => c.carePlans.length > 0), options), exportPreventionPlanCsv(caseFiles.filter((c) => c.preventionPlans.length > 0), options)];
    const files = results.flatMap((r) => r.files);
    for (const r of results) {
      outcome.conversions.push(...r.conversions);
      outcome.excluded.push(...r.excluded);
      if (request.destination) outcome.skipped.push(...r.skipped);
    }
    if (files.length > 0) outcome.units.push({ destination, files, clients: results.reduce((sum, r) => sum + r.clients, 0) });
    outcome.files.push(...files);
  }
  if (outcome.files.length === 0) throw new KizukiError('not_found', nothingToWrite(month, caseFiles.length, destinations.length), { skipped: outcome.skipped });
  return outcome;
}

function nothingToWrite(month: string | undefined, caseFiles: number, destinations: number): string {
  if (!month) {
    const reason = destinations === 0 ? '計画に送信先となる事業所（事業所番号とサービス種類）がありません' : '送信先の事業所に関係する計画がありません';
    return `書き出せる計画がありません（${reason}）。`;
  }
  const monthText = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
  const reason =
    caseFiles === 0 ? `${monthText}のサービス利用票がありません` : destinations === 0 ? '利用票に送信先となる事業所（連携対象のサービス）がありません' : '送信先の事業所に関係する利用票がありません';
  return `書き出せるサービス利用票がありません（${reason}）。`;
}

function uniqueDestinations(caseFiles: readonly CaseFile[], destinationsOf: (caseFile: CaseFile) => CsvParty[]): CsvParty[] {
  const map = new Map<string, CsvParty>();
  for (const caseFile of caseFiles) for (const party of destinationsOf(caseFile)) map.set(`${party.officeNumber}_${party.serviceType}`, party);
  return [...map.values()].sort((a, b) => `${a.officeNumber}${a.serviceType}`.localeCompare(`${b.officeNumber}${b.serviceType}`));
}

/** Reads `INSURER_NO:INSURED_NO` or `PROVIDER_NO:SERVICE_TYPE` as typed on the command line. */
export function parsePair(text: string, what: 'client' | 'destination'): [string, string] {
  const [a, b, ...rest] = text.split(':').map((s) => s.trim());
  const ok = a && b && rest.length === 0 && (what === 'client' ? /^\d{6}$/u.test(a) && /^(?:\d{10}|H\d{9})$/u.test(b) : /^\d{10}$/u.test(a) && /^[0-9A-Z]{2}$/u.test(b));
  if (!ok) {
    throw new KizukiError(
      'bad_request',
      what === 'client' ? `利用者は「保険者番号:被保険者番号」（例: 089999:0000012345）で指定してください（指定: ${text}）。` : `送信先は「事業所番号:サービス種類コード」（例: 0899000016:16）で指定してください（指定: ${text}）。`,
    );
  }
  return [a, b];
}
