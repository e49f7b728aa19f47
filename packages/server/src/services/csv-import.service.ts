import { csvIssue, type CsvImportOrganization, type CsvImportReport, type CsvImportSummary, type CsvIssue, type CsvReadResult, type CsvUnitSummary, type Organization } from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import type { Store } from '../store/store.js';
import { applyWrites, planCaseFileWrites, planUsageResultWrites, type CsvWrite } from '../csv/case-file-writes.js';
import type { OnCsvProgress } from '../csv/csv-progress.js';
import { withCsvSource, type CsvSource } from '../csv/csv-source.js';
import { importSenders } from '../csv/import-office.js';

function totals(units: readonly CsvUnitSummary[], ignored: readonly CsvIssue[]): CsvImportSummary['totals'] {
  const count = <T>(list: T[], test: (x: T) => boolean) => list.filter(test).length;
  const clients = units.flatMap((u) => u.clients);
  const plans = units.flatMap((u) => u.plans);
  const issues = [...units.flatMap((u) => u.issues), ...ignored];
  return {
    units: units.length,
    accepted: count([...units], (u) => u.accepted),
    rejected: count([...units], (u) => !u.accepted),
    clientsCreated: count(clients, (c) => c.action === 'created'),
    clientsUpdated: count(clients, (c) => c.action === 'updated'),
    plansCreated: count(plans, (p) => p.action === 'created'),
    plansUpdated: count(plans, (p) => p.action === 'updated'),
    plansUnchanged: count(plans, (p) => p.action === 'unchanged'),
    errors: count(issues, (i) => i.severity === 'error'),
    warnings: count(issues, (i) => i.severity === 'warning'),
  };
}

/** Thrown inside a unit's transaction to undo it when one of its clients turns out to be wrong. */
class UnitRejected extends Error {}

const isError = (issue: CsvIssue) => issue.severity === 'error';

export interface StoreCsvImportOptions {
  onProgress?: OnCsvProgress;
  /**
   * An organization not yet stored (the actor's tenant), created inside the transaction of the
   * first send unit that writes, so an import that stores nothing (every unit refused, a database
   * failure) leaves no empty organization behind. Its creation is recorded in its access log.
   */
  newOrganization?: Organization;
}

/** Creates the import's new organization in the unit's transaction and records who created it from what. */
async function createImportOrganization(store: Store, actor: Actor, organization: Organization, unitKey: string, at: string): Promise<void> {
  await store.createOrganization(organization);
  await store.logAccess({ tenantId: organization.id, userId: actor.user.id, clientId: null, action: 'organization.create', detail: `CSV取り込みの送信元から作成（事業所番号 ${organization.officeNumber ?? ''}、${unitKey}）`, at });
}

/**
 * Stores send units read from CSV into the actor's tenant. Each unit is all or nothing: it is
 * stored in one transaction, one client at a time (the client's writes decided and validated,
 * then made), and the transaction is undone if any client of the unit is wrong. Only one client's
 * case file is in memory at a time.
 * New clients are created, existing ones matched by 保険者番号 + 被保険者番号, and a plan revision is
 * appended only when the CSV says something new, so importing the same files twice changes nothing.
 */
export async function storeCsvImport(deps: ServiceDeps, actor: Actor, read: CsvReadResult, options: StoreCsvImportOptions = {}): Promise<CsvImportSummary> {
  const { onProgress, newOrganization } = options;
  const units: CsvUnitSummary[] = [];
  let clients = 0;
  // Whether the actor's tenant exists in the database (committed), or still waits for the first unit that writes.
  let tenantStored = newOrganization === undefined;
  for (const unit of read.units) {
    const summary: CsvUnitSummary = { key: unit.key, files: unit.files, accepted: !unit.issues.some(isError), clients: [], plans: [], issues: [...unit.issues] };
    units.push(summary);
    if (!summary.accepted) continue;
    let tenantCreatedHere = false;
    try {
      await deps.store.transaction(async (store) => {
        let written = 0;
        for (const client of unit.clients()) {
          clients += 1;
          onProgress?.({ phase: 'clients', clients, units: units.length });
          summary.issues.push(...client.issues);
          if (client.issues.some(isError)) summary.accepted = false;
          // Once the unit is rejected, its remaining clients are only checked, so every error is reported.
          if (!summary.accepted) continue;
          const writes: CsvWrite[] = [];
          if (client.caseFile) {
            const result = await planCaseFileWrites(store, actor.tenantId, client.caseFile, writes);
            summary.clients.push(result.client);
            summary.plans.push(...result.plans);
          }
          for (const reported of client.usageResults ?? []) {
            const plan = await planUsageResultWrites(store, actor.tenantId, reported, writes);
            if (plan) {
              summary.plans.push(plan);
              continue;
            }
            summary.accepted = false;
            summary.issues.push(
              csvIssue('error', { file: reported.at.file, row: reported.at.line, column: 3, columnName: '被保険者番号' }, `保険者番号 ${reported.insurerNumber}・被保険者番号 ${reported.insuredNumber} の利用者が登録されていないため、実績を記録できません（先に計画か利用票を取り込んでください）`, {
                value: reported.insuredNumber,
              }),
            );
          }
          if (!summary.accepted) continue;
          if (newOrganization && !tenantStored && !tenantCreatedHere && writes.length > 0) {
            await createImportOrganization(store, actor, newOrganization, unit.key, deps.now().toISOString());
            tenantCreatedHere = true;
          }
          await applyWrites(store, actor.tenantId, actor.user.id, writes);
          written += writes.length;
        }
        if (!summary.accepted) throw new UnitRejected();
        if (written === 0) return;
        await store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'csv.import', detail: `${unit.key}: ${written}件`, at: deps.now().toISOString() });
      });
      if (tenantCreatedHere) tenantStored = true;
    } catch (error) {
      if (!(error instanceof UnitRejected)) throw error;
      summary.clients = [];
      summary.plans = [];
    }
  }
  return { units, ignored: read.ignored, totals: totals(units, read.ignored) };
}

/** The report's view of an organization (core `CsvImportOrganization`; the report is core `CsvImportReport`). */
export function importOrganization(organization: Organization, created: boolean): CsvImportOrganization {
  const { id, name, kind, officeNumber } = organization;
  return { id, name, kind, ...(officeNumber !== undefined ? { officeNumber } : {}), created };
}

/**
 * Reads a folder, ZIP or in-memory files of CSV (標準仕様 v4.1) and stores them into the actor's
 * organization (see {@link storeCsvImport}); the report names the offices the files come from and
 * whether each is the actor's own office.
 */
export async function importCsv(deps: ServiceDeps, actor: Actor, source: CsvSource, onProgress?: OnCsvProgress): Promise<CsvImportReport> {
  return withCsvSource(
    source,
    async (read) => ({
      ...(await storeCsvImport(deps, actor, read, onProgress ? { onProgress } : {})),
      organization: importOrganization(actor.organization, false),
      senders: importSenders(read, actor.organization),
    }),
    onProgress,
  );
}
