import type { CsvImportResult, CsvIssue } from '@kizuki/core';
import type { Actor, ServiceDeps } from '../services/context.js';
import { applyWrites, planCaseFileWrites, type CsvWrite, type ImportedClient, type ImportedPlan } from './case-file-writes.js';
import { readCsvSource, type CsvSource } from './csv-source.js';

/** What happened to one send unit. */
export interface CsvUnitSummary {
  key: string;
  files: string[];
  /** true: stored whole; false: rejected whole (see issues), nothing stored */
  accepted: boolean;
  clients: ImportedClient[];
  plans: ImportedPlan[];
  issues: CsvIssue[];
}

/** The JSON summary `kizuki csv import` prints and `POST /api/csv/import` answers. */
export interface CsvImportSummary {
  units: CsvUnitSummary[];
  /** files outside the standard's naming rule */
  ignored: CsvIssue[];
  totals: {
    units: number;
    accepted: number;
    rejected: number;
    clientsCreated: number;
    clientsUpdated: number;
    plansCreated: number;
    plansUpdated: number;
    plansUnchanged: number;
    errors: number;
    warnings: number;
  };
}

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

/**
 * Stores send units already read from CSV into the actor's tenant. Each unit is all or nothing: its
 * writes are decided and validated first, then made in one transaction.
 * New clients are created, existing ones matched by 保険者番号 + 被保険者番号, and a plan revision is
 * appended only when the CSV says something new, so importing the same files twice changes nothing.
 */
export async function storeCsvImport(deps: ServiceDeps, actor: Actor, read: CsvImportResult): Promise<CsvImportSummary> {
  const units: CsvUnitSummary[] = [];
  for (const unit of read.units) {
    const summary: CsvUnitSummary = { key: unit.key, files: unit.files, accepted: unit.accepted, clients: [], plans: [], issues: unit.issues };
    units.push(summary);
    if (!unit.accepted) continue;
    await deps.store.transaction(async (store) => {
      const writes: CsvWrite[] = [];
      for (const caseFile of unit.caseFiles) {
        const result = await planCaseFileWrites(store, actor.tenantId, caseFile, writes);
        summary.clients.push(result.client);
        summary.plans.push(...result.plans);
      }
      if (writes.length === 0) return;
      await applyWrites(store, actor.tenantId, actor.user.id, writes);
      await store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'csv.import', detail: `${unit.key}: ${writes.length}件`, at: deps.now().toISOString() });
    });
  }
  return { units, ignored: read.ignored, totals: totals(units, read.ignored) };
}

/** Reads a folder, ZIP or in-memory files of CSV (標準仕様 v4.1) and stores them: see {@link storeCsvImport}. */
export async function importCsv(deps: ServiceDeps, actor: Actor, source: CsvSource): Promise<CsvImportSummary> {
  return storeCsvImport(deps, actor, await readCsvSource(source));
}
