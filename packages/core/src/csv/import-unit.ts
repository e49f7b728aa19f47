import { CsvFileReader, type CsvFileContent } from './csv-file-reader.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { parseCsvFileName, sendUnitKey } from './file-name.js';
import { carePlanCaseFiles } from './import-care-plan.js';
import { preventionCaseFiles } from './import-prevention.js';
import type { CsvImportResult, CsvImportUnit, UnitFiles } from './import-types.js';
import type { CsvFileKind } from './layout-types.js';
import { csvLayouts } from './layouts.js';

/** Files Kizuki reads into case files; the others are checked, then reported as not kept. */
const carePlanKinds: readonly CsvFileKind[] = ['UPHOSOKU', 'UP1KYO', 'UP2KYO', 'UP3KYO'];
const preventionKinds: readonly CsvFileKind[] = ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'UPYOBO_SUB'];
/** Parent files: an empty one carries nothing and is refused. */
const parentKinds: readonly CsvFileKind[] = ['UP1KYO', 'UPYOBO', 'UPKIHON', 'UPPLAN', 'UPJSK', 'DLT1KYO', 'DLTPLAN', 'DLTJSK', 'DLTKIHON', 'DLTYOBO'];

/**
 * Collects the files of a folder or ZIP as they stream in and groups them into send units.
 * `openFile` returns a reader to push the file's bytes into, or undefined for a name outside
 * the standard (reported in `ignored`; a JPEG 家族構成画像 or a README is not an error).
 */
export class CsvImportCollector {
  private readonly files: CsvFileContent[] = [];
  private readonly ignored: CsvIssue[] = [];
  private open: CsvFileReader | undefined;

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
    const reader = new CsvFileReader(path, name);
    this.open = reader;
    return {
      push: (chunk) => reader.push(chunk),
      close: () => this.closeOpen(),
    };
  }

  /** Groups what was read into send units and builds their case files. */
  finish(): CsvImportResult {
    this.closeOpen();
    return assembleSendUnits(this.files, this.ignored);
  }

  private closeOpen(): void {
    if (!this.open) return;
    this.files.push(this.open.finish());
    this.open = undefined;
  }
}

function buildUnit(key: string, files: CsvFileContent[]): CsvImportUnit {
  const first = files[0];
  const issues: CsvIssue[] = files.flatMap((f) => f.issues);
  const byKind: UnitFiles = {};
  for (const file of files) {
    if (byKind[file.name.kind]) issues.push(csvIssue('error', { file: file.file }, `同じ送信単位に${csvLayouts[file.name.kind].title}のファイルが2つあります`));
    byKind[file.name.kind] = file;
    if (parentKinds.includes(file.name.kind) && file.rows.length === 0 && file.issues.every((i) => i.severity !== 'error')) {
      issues.push(csvIssue('error', { file: file.file }, 'レコードがありません（空のファイルです）'));
    }
    if (!carePlanKinds.includes(file.name.kind) && !preventionKinds.includes(file.name.kind)) {
      issues.push(csvIssue('warning', { file: file.file }, `${csvLayouts[file.name.kind].title}は Kizuki に保存しないため、内容の確認のみ行いました`));
    }
  }
  const base = { key, timestamp: first?.name.timestamp ?? '', from: first?.name.from ?? { officeNumber: '', serviceType: '' }, to: first?.name.to ?? { officeNumber: '', serviceType: '' }, files: files.map((f) => f.file) };
  if (issues.some((i) => i.severity === 'error')) return { ...base, caseFiles: [], issues, accepted: false };
  const care = carePlanKinds.some((k) => byKind[k]) ? carePlanCaseFiles(byKind) : { caseFiles: [], issues: [] };
  const prevention = preventionKinds.some((k) => byKind[k]) ? preventionCaseFiles(byKind) : { caseFiles: [], issues: [] };
  issues.push(...care.issues, ...prevention.issues);
  const accepted = !issues.some((i) => i.severity === 'error');
  return { ...base, caseFiles: accepted ? [...care.caseFiles, ...prevention.caseFiles] : [], issues, accepted };
}

/**
 * Groups checked files into send units (same 送信元, 送信先 and ファイル連番) in 連番 order, as the
 * standard says files are taken in (取込順序: ファイル連番毎), and builds each unit's case files.
 * A unit with any error is rejected whole and carries no case files.
 */
export function assembleSendUnits(files: readonly CsvFileContent[], ignored: readonly CsvIssue[] = []): CsvImportResult {
  const groups = new Map<string, CsvFileContent[]>();
  for (const file of files) {
    const key = sendUnitKey(file.name);
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const units = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => buildUnit(key, list));
  return { units, ignored: [...ignored] };
}

/** Reads whole files at once (tests, uploads already in memory): name + bytes in, send units out. */
export function importCsvFiles(files: Iterable<{ name: string; bytes: Uint8Array }>): CsvImportResult {
  const collector = new CsvImportCollector();
  for (const file of files) {
    const sink = collector.openFile(file.name);
    sink?.push(file.bytes);
    sink?.close();
  }
  return collector.finish();
}
