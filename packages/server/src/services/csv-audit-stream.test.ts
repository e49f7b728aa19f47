import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { exportCarePlanCsv, exportPreventionPlanCsv, KizukiError, zipFiles, type CaseFile, type CsvAuditReport, type CsvExportFile, type ResolvedPolicyPack } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsvFolder } from '../csv/csv-output.js';
import type { CsvProgress } from '../csv/csv-progress.js';
import type { CsvSource } from '../csv/csv-source.js';
import { auditCsvWholeFolder } from '../csv/whole-folder-audit.js';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { demoCenter, demoOffice } from '../demo/demo-organizations.js';
import { getPolicyPack } from '../policy/load-packs.js';
import { auditCsv } from './csv-audit.service.js';

/**
 * The streamed CSV audit (each client audited and dropped in turn) gives the very report the
 * audit of the whole folder at once gives: same results in the same order, same findings of the
 * rules comparing clients, same rejected units and same rules not evaluated.
 */

const asOf = '2025-10-01';
const csvDir = join(import.meta.dirname, '..', 'csv');
const packs = ['national', 'hitachi'].map((id) => getPolicyPack(id));

async function both(source: CsvSource, pack: ResolvedPolicyPack): Promise<{ streamed: CsvAuditReport; whole: CsvAuditReport }> {
  return { streamed: await auditCsv(source, () => pack, asOf), whole: await auditCsvWholeFolder(source, () => pack, asOf) };
}

function expectSame(streamed: CsvAuditReport, whole: CsvAuditReport): void {
  expect(streamed).toEqual(whole);
  // Key order too: the JSON the CLI and the API write is byte for byte the same.
  expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
}

/** Drops the line of a file naming `insuredNumber` (ASCII digits never occur inside a Shift_JIS character). */
function withoutLineOf(file: CsvExportFile, insuredNumber: string): CsvExportFile {
  const text = Buffer.from(file.bytes).toString('latin1');
  const lines = text.split('\r\n');
  const kept = lines.filter((line) => !line.includes(insuredNumber));
  expect(kept.length).toBe(lines.length - 1);
  return { ...file, bytes: new Uint8Array(Buffer.from(kept.join('\r\n'), 'latin1')) };
}

/** A later 作成（変更）日 and reworded first need: a revision of the client's plan sent in a later unit. */
function revised(caseFile: CaseFile): CaseFile {
  const copy = structuredClone(caseFile);
  for (const plan of copy.carePlans) {
    if (plan.planDate === undefined) continue;
    plan.planDate = '2025-09-20';
    const need = plan.needs[0];
    if (need) need.text = `${need.text ?? ''}（見直し）`;
  }
  return copy;
}

/**
 * The demo caseload written as several send units, as a folder of an insurer's 点検 often is:
 * a first unit of half the clients, a second unit of every client rejected part-way (a middle
 * client's 利用者補足情報 is missing), a third unit with the other half and revisions of some of
 * the first half's plans, and a unit of 介護予防 plans.
 */
function generatedFiles(): CsvExportFile[] {
  const demo = demoCaseFiles(asOf).map((d) => d.caseFile);
  const half = Math.ceil(demo.length / 2);
  const destination = { officeNumber: '0899999999', serviceType: '11' };
  const care = { destination, onlyRelatedClients: false, sender: { officeNumber: demoOffice.officeNumber!, serviceType: '43', name: demoOffice.name } };
  const first = exportCarePlanCsv(demo.slice(0, half), { ...care, timestamp: '20250801090000' }).files;
  const all = exportCarePlanCsv(demo, { ...care, timestamp: '20250901090000' }).files;
  const middle = demo[Math.floor(demo.length / 2)]!.client.insuredNumber;
  const broken = all.map((f) => (f.name.includes('UPHOSOKU') ? withoutLineOf(f, middle) : f));
  const third = exportCarePlanCsv([...demo.slice(0, 3).map(revised), ...demo.slice(half)], { ...care, timestamp: '20250925090000' }).files;
  const prevention = exportPreventionPlanCsv(demo, { destination, onlyRelatedClients: false, timestamp: '20250926090000', sender: { officeNumber: demoCenter.officeNumber!, serviceType: '46', name: demoCenter.name } }).files;
  return [...first, ...broken, ...third, ...prevention];
}

describe('streamed CSV audit', () => {
  let dir: string;
  let files: CsvExportFile[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuki-csv-stream-test-'));
    files = generatedFiles();
    await writeCsvFolder(dir, files);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(packs.map((p) => [p.id, p] as const))('gives the whole-folder report on a generated folder of several units (%s)', async (_id, pack) => {
    const { streamed, whole } = await both({ path: dir }, pack);
    expectSame(streamed, whole);
    // The folder exercises what the streaming must get right.
    const units = streamed.input.units;
    expect(units.length).toBe(4);
    expect(units.map((u) => u.accepted)).toEqual([true, false, true, true]);
    expect(units[1]!.clients).toBe(0);
    expect(units[1]!.issues.some((i) => i.severity === 'error' && i.message.includes('利用者補足情報'))).toBe(true);
    // Revisions sent in the third unit are merged into the clients of the first, audited once.
    const revisedClients = streamed.results.filter((r) => r.planDate === '2025-09-20').map((r) => r.client.insuredNumber);
    const firstThree = demoCaseFiles(asOf).slice(0, 3).map((d) => d.caseFile.client.insuredNumber);
    expect(revisedClients.length).toBeGreaterThan(0);
    expect(revisedClients.every((n) => firstThree.includes(n))).toBe(true);
    expect(streamed.results.some((r) => r.findings.some((f) => f.ruleId === 'plan.uniform-across-clients'))).toBe(true);
    expect(new Set(streamed.results.map((r) => `${r.client.insurerNumber}_${r.client.insuredNumber}`)).size).toBe(streamed.results.length);
  });

  it('gives the whole-folder report on files and ZIPs already in memory', async () => {
    const pack = packs[0]!;
    const inMemory = files.map((f) => ({ name: f.name, bytes: f.bytes }));
    const fromFiles = await both({ files: inMemory }, pack);
    expectSame(fromFiles.streamed, fromFiles.whole);
    const zip = zipFiles(inMemory);
    const fromZip = await both({ zip }, pack);
    expectSame(fromZip.streamed, fromZip.whole);
    const streamedZip = await auditCsv({ zipStream: Readable.from([zip.subarray(0, 1000), zip.subarray(1000)]) }, () => pack, asOf);
    expectSame(streamedZip, fromZip.whole);
  });

  it('reports its progress client by client, then each audited case file', async () => {
    const seen: CsvProgress[] = [];
    const report = await auditCsv({ path: dir }, () => packs[0]!, asOf, (p) => seen.push(p));
    const audited = seen.filter((p) => p.phase === 'audit');
    expect(audited.at(-1)).toEqual({ phase: 'audit', caseFiles: report.summary.caseFiles });
    expect(seen.findIndex((p) => p.phase === 'clients')).toBeLessThan(seen.findIndex((p) => p.phase === 'audit'));
  });

  it('refuses a folder with no plan to audit with the same code, message and details', async () => {
    const only = mkdtempSync(join(tmpdir(), 'kizuki-csv-stream-test-'));
    try {
      const demo = demoCaseFiles(asOf).map((d) => d.caseFile);
      const unit = exportCarePlanCsv(demo.slice(0, 4), { destination: { officeNumber: '0899999999', serviceType: '11' }, onlyRelatedClients: false, timestamp: '20250801090000', sender: { officeNumber: demoOffice.officeNumber!, serviceType: '43', name: demoOffice.name } }).files;
      await writeCsvFolder(only, unit.map((f) => (f.name.includes('UPHOSOKU') ? withoutLineOf(f, demo[1]!.client.insuredNumber) : f)));
      const streamed = await auditCsv({ path: only }, () => packs[0]!, asOf).catch((e: unknown) => e);
      const whole = await auditCsvWholeFolder({ path: only }, () => packs[0]!, asOf).catch((e: unknown) => e);
      expect(streamed).toMatchObject({ code: 'validation_failed' });
      expect((streamed as Error).message).toMatch(/^点検できる計画がありません。.*利用者補足情報/u);
      expect(streamed).toEqual(whole);
      expect((streamed as { details: unknown }).details).toEqual((whole as { details: unknown }).details);
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  });
});

/** Every CSV folder the tests keep: golden units, both vendor corpora, and the malformed corpus. */
function fixtureFolders(): string[] {
  const folders = ['kyotaku', 'vendor', 'yobo'].map((f) => join(csvDir, 'golden', f));
  for (const corpus of [join(csvDir, 'vendor-styles', 'styles'), join(csvDir, 'vendor-corpus', 'styles')]) folders.push(...readdirSync(corpus).map((style) => join(corpus, style)));
  return folders;
}

describe('streamed CSV audit on the fixtures', () => {
  it.each(fixtureFolders().map((f) => [f.slice(csvDir.length + 1), f] as const))('gives the whole-folder report on %s', async (_name, folder) => {
    for (const pack of packs) {
      const { streamed, whole } = await both({ path: folder }, pack);
      expectSame(streamed, whole);
    }
  });

  it('gives the same answer as the whole-folder audit on every malformed file', async () => {
    const dir = join(csvDir, 'malformed-corpus', 'files');
    const entries = readdirSync(dir, { withFileTypes: true });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const source: CsvSource = { path };
      const streamed = await auditCsv(source, () => packs[0]!, asOf).catch((e: unknown) => e);
      const whole = await auditCsvWholeFolder(source, () => packs[0]!, asOf).catch((e: unknown) => e);
      expect(JSON.stringify(streamed), entry.name).toBe(JSON.stringify(whole));
      if (whole instanceof KizukiError) expect(streamed, entry.name).toMatchObject({ code: whole.code, message: whole.message, details: whole.details });
    }
  });
});
