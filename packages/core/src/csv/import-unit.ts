import type { CaseFile } from '../domain/document-bodies.js';
import { CsvFileReader, type CsvFileSummary } from './csv-file-reader.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { parseCsvFileName, sendUnitKey } from './file-name.js';
import { carePlanCaseFiles } from './import-care-plan.js';
import { preventionCaseFiles } from './import-prevention.js';
import { usageCaseFiles, usageResults } from './import-usage.js';
import { clientKey, type CsvClientResult, type CsvUsageResult, type CsvImportResult, type CsvImportUnit, type CsvReadResult, type CsvSendUnit, type UnitFiles } from './import-types.js';
import type { CsvFileKind } from './layout-types.js';
import { csvLayouts } from './layouts.js';
import { MemoryRowSpool, mergeAscending, type CsvRowSpool } from './row-spool.js';

/** Files Kizuki reads into case files; the others are checked, then reported as not kept. */
const carePlanKinds: readonly CsvFileKind[] = ['UPHOSOKU', 'UP1KYO', 'UP2KYO', 'UP3KYO'];
const preventionKinds: readonly CsvFileKind[] = ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'UPYOBO_SUB'];
/** サービス利用票 (第6表 予定, 第7表) with its 利用者補足 (作成（変更）日 00000000). */
const usageKinds: readonly CsvFileKind[] = ['UPHOSOKU', 'UPPLAN', 'UPSIKYU'];
/** 第6表 実績 from a provider, recorded on the months Kizuki has. */
const resultKinds: readonly CsvFileKind[] = ['UPJSK'];
const keptKinds = new Set([...carePlanKinds, ...preventionKinds, ...usageKinds, ...resultKinds]);
/** Parent files: an empty one carries nothing and is refused. */
const parentKinds: readonly CsvFileKind[] = ['UP1KYO', 'UPYOBO', 'UPKIHON', 'UPPLAN', 'UPJSK', 'DLT1KYO', 'DLTPLAN', 'DLTJSK', 'DLTKIHON', 'DLTYOBO'];

/** A file read into the spool: its summary and where its rows are. */
interface SpooledFile extends CsvFileSummary {
  id: number;
  /** The sending office's name as the rows give it (第1表 介護支援事業者名, 予防 担当地域包括支援センター). */
  senderName?: string;
}

/** Columns that name the sending office, by file kind. */
const senderNameColumns: Partial<Record<CsvFileKind, string>> = { UP1KYO: 'officeName', UPYOBO: 'centerName' };

/**
 * Collects the files of a folder or ZIP as they stream in and groups them into send units.
 * `openFile` returns a reader to push the file's bytes into, or undefined for a name outside
 * the standard (reported in `ignored`; a JPEG 家族構成画像 or a README is not an error).
 * Checked rows wait in `spool` (memory unless the caller gives one on disk) until `finish`.
 */
export class CsvImportCollector {
  private readonly files: SpooledFile[] = [];
  private readonly ignored: CsvIssue[] = [];
  private open: { id: number; reader: CsvFileReader; senderName: () => string | undefined } | undefined;
  private nextId = 0;

  constructor(private readonly spool: CsvRowSpool = new MemoryRowSpool()) {}

  openFile(path: string): { push(chunk: Uint8Array): void; close(): void } | undefined {
    this.closeOpen();
    const name = parseCsvFileName(path);
    if (!name) {
      const isCsv = /\.csv$/iu.test(path);
      this.ignored.push(
        csvIssue(isCsv ? 'error' : 'warning', { file: path }, isCsv ? 'ファイル名が標準仕様の命名規約（PREFIX[_YYYYMM]_送信元事業所番号_種類_送信先事業所番号_種類_YYYYMMDDHHMMSS.CSV）に従っていないため読み込みません' : '標準仕様のCSVファイルではないため読み込みません'),
      );
      return undefined;
    }
    const id = this.nextId++;
    const column = senderNameColumns[name.kind];
    let senderName: string | undefined;
    const reader = new CsvFileReader(path, name, (row) => {
      if (column !== undefined && senderName === undefined) senderName = row.values[column]?.trim() || undefined;
      this.spool.addRow(id, clientKey(row.values), row);
    });
    this.open = { id, reader, senderName: () => senderName };
    return {
      push: (chunk) => reader.push(chunk),
      close: () => this.closeOpen(),
    };
  }

  /** Groups what was read into send units, whose case files are built as each unit's `clients()` is read. */
  finish(): CsvReadResult {
    this.closeOpen();
    const groups = new Map<string, SpooledFile[]>();
    for (const file of this.files) {
      const key = sendUnitKey(file.name);
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    // 取込順序: ファイル連番毎 — units are taken in the order of their keys (timestamp first).
    const units = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => sendUnit(key, list, this.spool));
    return { units, ignored: [...this.ignored] };
  }

  private closeOpen(): void {
    if (!this.open) return;
    // finish() hands over the last rows, so the name is read after it.
    const summary = this.open.reader.finish();
    const senderName = this.open.senderName();
    this.files.push({ ...summary, id: this.open.id, ...(senderName !== undefined ? { senderName } : {}) });
    this.open = undefined;
  }
}

const isError = (issue: CsvIssue) => issue.severity === 'error';

const senderName = (files: readonly SpooledFile[]) => files.find((f) => f.senderName !== undefined)?.senderName;

function sendUnit(key: string, files: SpooledFile[], spool: CsvRowSpool): CsvSendUnit {
  const first = files[0];
  const issues: CsvIssue[] = files.flatMap((f) => f.issues);
  const byKind: Partial<Record<CsvFileKind, SpooledFile>> = {};
  for (const file of files) {
    if (byKind[file.name.kind]) issues.push(csvIssue('error', { file: file.file }, `同じ送信単位に${csvLayouts[file.name.kind].title}のファイルが2つあります`));
    byKind[file.name.kind] = file;
    if (parentKinds.includes(file.name.kind) && file.rowCount === 0 && !file.issues.some(isError)) {
      issues.push(csvIssue('error', { file: file.file }, 'レコードがありません（空のファイルです）'));
    }
    if ((file.name.kind === 'UPKIHON_SUB1' || file.name.kind === 'UPKIHON_SUB2') && file.rowCount > 0) {
      issues.push(csvIssue('warning', { file: file.file }, `${csvLayouts[file.name.kind].title}は内容の確認のみ行い、保存しません（Kizuki ではアセスメントに記録します）`));
    }
    if (!keptKinds.has(file.name.kind)) {
      issues.push(csvIssue('warning', { file: file.file }, `${csvLayouts[file.name.kind].title}は Kizuki に保存しないため、内容の確認のみ行いました`));
    }
  }
  return {
    key,
    timestamp: first?.name.timestamp ?? '',
    from: first?.name.from ?? { officeNumber: '', serviceType: '' },
    ...(senderName(files) !== undefined ? { fromName: senderName(files) } : {}),
    to: first?.name.to ?? { officeNumber: '', serviceType: '' },
    files: files.map((f) => f.file),
    issues,
    clients: () => unitClients(byKind, spool),
  };
}

/**
 * Links and builds a unit's case files one client at a time: each client's rows of every file are
 * read from the spool together and linked by 保険者番号 + 被保険者番号 + 作成（変更）日.
 */
function* unitClients(byKind: Partial<Record<CsvFileKind, SpooledFile>>, spool: CsvRowSpool): Generator<CsvClientResult> {
  const kinds = [...keptKinds].filter((k) => byKind[k]);
  const clientFiles = (clientKey: string, list: readonly CsvFileKind[]): UnitFiles | undefined => {
    const files: UnitFiles = {};
    let any = false;
    for (const kind of list) {
      const file = byKind[kind];
      if (!file) continue;
      const rows = spool.rowsOfClient(file.id, clientKey);
      files[kind] = { ...file, rows };
      any ||= rows.length > 0;
    }
    return any ? files : undefined;
  };
  for (const clientKey of mergeAscending(kinds.map((k) => spool.clientKeys(byKind[k]!.id)))) {
    for (const [list, build] of [
      [carePlanKinds, carePlanCaseFiles],
      [preventionKinds, preventionCaseFiles],
      [usageKinds, usageCaseFiles],
    ] as const) {
      const files = clientFiles(clientKey, list);
      if (!files) continue;
      const built = build(files);
      if (built.caseFiles.length === 0 && built.issues.length === 0) continue;
      for (const caseFile of built.caseFiles) yield { clientKey, caseFile, issues: built.issues };
      if (built.caseFiles.length === 0) yield { clientKey, issues: built.issues };
    }
    const files = clientFiles(clientKey, resultKinds);
    if (files) {
      const { results, issues } = usageResults(files);
      yield { clientKey, usageResults: results, issues };
    }
  }
}

/**
 * Builds a send unit whole: its case files, or none when anything in it is wrong (a unit is
 * taken whole or not at all). Holds every case file of the unit; imports into a store iterate
 * `clients()` instead.
 */
export function buildSendUnit(unit: CsvSendUnit): CsvImportUnit {
  const issues = [...unit.issues];
  const caseFiles: CaseFile[] = [];
  const usageResults: CsvUsageResult[] = [];
  if (!issues.some(isError)) {
    for (const client of unit.clients()) {
      issues.push(...client.issues);
      if (client.caseFile) caseFiles.push(client.caseFile);
      usageResults.push(...(client.usageResults ?? []));
    }
  }
  const accepted = !issues.some(isError);
  return { key: unit.key, timestamp: unit.timestamp, from: unit.from, to: unit.to, files: unit.files, caseFiles: accepted ? caseFiles : [], usageResults: accepted ? usageResults : [], issues, accepted };
}

/** Builds every send unit read: see {@link buildSendUnit}. */
export function buildSendUnits(read: CsvReadResult): CsvImportResult {
  return { units: read.units.map(buildSendUnit), ignored: read.ignored };
}

/** Reads whole files at once (tests, uploads already in memory): name + bytes in, send units out. */
export function importCsvFiles(files: Iterable<{ name: string; bytes: Uint8Array }>): CsvImportResult {
  const collector = new CsvImportCollector();
  for (const file of files) {
    const sink = collector.openFile(file.name);
    sink?.push(file.bytes);
    sink?.close();
  }
  return buildSendUnits(collector.finish());
}
