import { KizukiError, type CsvImportReport, type Organization } from '@kizuki/core';
import { userInfo } from 'node:os';
import { writeCsvFolder } from '../csv/csv-output.js';
import { exportCsv, parsePair } from '../services/csv-export.service.js';
import { importOrganization, storeCsvImport } from '../services/csv-import.service.js';
import { withCsvSource } from '../csv/csv-source.js';
import { importSenders, officeForImport } from '../csv/import-office.js';
import type { Actor } from '../services/context.js';
import type { Store } from '../store/store.js';
import { optional, parseOptions, required } from './args.js';
import { usageOf } from './help.js';
import { cliProgress } from './progress.js';
import { withStore, type CliIo } from './cli-io.js';

/** The organization the CLI acts for, by --org. */
async function namedOrganization(store: Store, orgId: string): Promise<Organization> {
  const org = await store.getOrganization(orgId);
  if (!org) throw new KizukiError('not_found', `組織「${orgId}」がありません（kizuki org list で確認できます）。`);
  return org;
}

/** The organization an export reads from: --org, else the only office or center of the deployment. */
async function organizationFor(store: Store, orgId: string | undefined): Promise<Organization> {
  if (orgId) return namedOrganization(store, orgId);
  const offices = (await store.listOrganizations()).filter((o) => o.kind !== 'insurer');
  if (offices.length === 1 && offices[0]) return offices[0];
  throw new KizukiError('bad_request', offices.length === 0 ? '事業所の組織がありません（kizuki org add で追加してください）。' : '事業所が複数あります。--org で組織IDを指定してください（kizuki org list で確認できます）。');
}

/** The CLI acts as the operator, recorded in the access log as `cli:USER`. */
function cliActor(organization: Organization): Actor {
  const login = `cli:${userInfo().username}`;
  return { user: { id: login, organizationId: organization.id, login, displayName: login, role: 'admin', disabled: false }, organization, tenantId: organization.id };
}

async function importSub(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { org: { type: 'string' }, 'create-office': { type: 'boolean' }, quiet: { type: 'boolean' } }, true);
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw new KizukiError('bad_request', usageOf('csv'));
  const orgId = optional(values.org);
  const create = values['create-office'] === true;
  if (orgId && create) throw new KizukiError('bad_request', '--org と --create-office は一緒に指定できません（--org は既存の組織に、--create-office は送信元の事業所を作成して取り込みます）。');
  const progress = cliProgress(io, values.quiet === true);
  const report: CsvImportReport = await withStore(io, (store) =>
    withCsvSource(
      { path },
      async (read) => {
        // The organization is chosen from what the files say, so an empty installation can take its first import.
        const target = orgId ? { organization: await namedOrganization(store, orgId), create: false } : await officeForImport(store, read, create);
        const { organization } = target;
        if (target.note) io.err(`${target.note}\n`);
        const summary = await storeCsvImport({ store, now: () => new Date() }, cliActor(organization), read, { onProgress: progress.report, ...(target.create ? { newOrganization: organization } : {}) });
        // A new organization exists only if some unit stored something (it is created in that unit's transaction).
        const stored = !target.create || (await store.getOrganization(organization.id)) !== undefined;
        return { ...summary, organization: stored ? importOrganization(organization, target.create) : null, senders: importSenders(read, organization) };
      },
      progress.report,
    ),
  );
  const t = report.totals;
  progress.done(`取り込みました: 送信単位 ${t.accepted}/${t.units}件、利用者 新規 ${t.clientsCreated}人・更新 ${t.clientsUpdated}人、計画 新規 ${t.plansCreated}件・改訂 ${t.plansUpdated}件・変更なし ${t.plansUnchanged}件${t.errors > 0 ? `、誤り ${t.errors}件` : ''}`);
  const org = report.organization;
  if (org?.created) io.err(`組織を作成しました: ${org.name}（事業所番号 ${org.officeNumber ?? ''}、ID ${org.id}）\n`);
  if (!org) {
    const [sender] = report.senders;
    io.err(`取り込んだ送信単位がないため、送信元の事業所${sender ? `「${sender.name ?? '名称不明'}」（事業所番号 ${sender.officeNumber}）` : ''}の組織は作成しませんでした。\n`);
  }
  io.out(`${JSON.stringify(report, null, 2)}\n`);
  return t.errors > 0 ? 1 : 0;
}

async function exportSub(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { out: { type: 'string' }, client: { type: 'string' }, to: { type: 'string' }, month: { type: 'string' }, org: { type: 'string' } }, true);
  if (positionals.length > 0) throw new KizukiError('bad_request', usageOf('csv'));
  const out = required(values.out, 'out');
  const client = optional(values.client);
  const to = optional(values.to);
  const month = optional(values.month);
  const destination = to ? parsePair(to, 'destination') : undefined;
  const outcome = await withStore(io, async (store) => {
    const actor = cliActor(await organizationFor(store, optional(values.org)));
    let clientIds: string[] | undefined;
    if (client) {
      const [insurerNumber, insuredNumber] = parsePair(client, 'client');
      const found = await store.findClientByNumbers(actor.tenantId, insurerNumber, insuredNumber);
      if (!found) throw new KizukiError('not_found', `保険者番号 ${insurerNumber}・被保険者番号 ${insuredNumber} の利用者が見つかりません。`);
      clientIds = [found.id];
    }
    return exportCsv({ store, now: () => new Date() }, actor, {
      ...(clientIds ? { clientIds } : {}),
      ...(destination ? { destination: { officeNumber: destination[0], serviceType: destination[1] } } : {}),
      ...(month ? { month } : {}),
    });
  });
  const written = await writeCsvFolder(out, outcome.files);
  const report = {
    out,
    units: outcome.units.map((u) => ({ destination: u.destination, clients: u.clients, files: u.files.map((f) => f.name) })),
    files: written.length,
    conversions: outcome.conversions,
    excluded: outcome.excluded,
    skipped: outcome.skipped,
  };
  io.out(`${JSON.stringify(report, null, 2)}\n`);
  if (outcome.conversions.length > 0) io.err(`Shift_JIS（MS932）にない文字を${outcome.conversions.length}か所置き換えました（conversions を確認してください）。\n`);
  return 0;
}

/** `kizuki csv import PATH` and `kizuki csv export --out DIR …` (ケアプランデータ連携 CSV, 標準仕様 v4.1). */
export async function csvCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importSub(rest, io);
  if (sub === 'export') return exportSub(rest, io);
  io.err(`${usageOf('csv')}\n`);
  return 1;
}
