import type { CsvRow, CsvRowSpool } from '@kizuki/core';
import type BetterSqlite3 from 'better-sqlite3';
import { ScratchTable } from './scratch-table.js';

/** Rows written per transaction while a file streams in. */
const batchSize = 2000;
/** Client keys read per query while a unit is built. */
const keyPage = 500;

/**
 * Spools the rows of an import to a temporary SQLite file, so memory holds one batch of rows
 * while files stream in and one client's rows while case files are built, whatever the size of
 * the import. The file lives in a private directory (mode 0700) under the system temp directory
 * and is deleted by `close()`: it holds care data and must not outlive the import.
 */
export class DiskRowSpool implements CsvRowSpool {
  private readonly table = new ScratchTable<[number, string, number, string]>({
    prefix: 'kizuki-csv-',
    fileName: 'rows.sqlite',
    createSql: 'create table csv_row (file integer not null, client text not null, line integer not null, row_values text not null)',
    insertSql: 'insert into csv_row (file, client, line, row_values) values (?, ?, ?, ?)',
    batchSize,
  });
  private readonly db = this.table.db;
  private readonly keyPage: BetterSqlite3.Statement<[number, string, number], string>;
  private readonly clientRows: BetterSqlite3.Statement<[number, string], { line: number; row_values: string }>;
  private indexed = false;

  constructor() {
    this.keyPage = this.db.prepare<[number, string, number], string>('select distinct client from csv_row where file = ? and client > ? order by client limit ?').pluck();
    this.clientRows = this.db.prepare<[number, string], { line: number; row_values: string }>('select line, row_values from csv_row where file = ? and client = ? order by line');
  }

  /** The private directory holding the spool file. */
  get dir(): string {
    return this.table.dir;
  }

  addRow(fileId: number, clientKey: string, row: CsvRow): void {
    this.table.add([fileId, clientKey, row.line, JSON.stringify(row.values)]);
  }

  *clientKeys(fileId: number): Generator<string> {
    this.prepareReads();
    let after = '';
    for (;;) {
      // Read a page at a time: the connection stays free for rowsOfClient between pages.
      const keys = this.keyPage.all(fileId, after, keyPage);
      yield* keys;
      const last = keys[keys.length - 1];
      if (last === undefined || keys.length < keyPage) return;
      after = last;
    }
  }

  rowsOfClient(fileId: number, clientKey: string): CsvRow[] {
    this.prepareReads();
    return this.clientRows.all(fileId, clientKey).map((r) => ({ line: r.line, values: JSON.parse(r.row_values) as Record<string, string> }));
  }

  /** Deletes the spool file. */
  close(): void {
    this.table.close();
  }

  private prepareReads(): void {
    this.table.flush();
    if (this.indexed) return;
    // Built once all rows are in: cheaper than keeping an index up to date while rows stream in.
    this.db.exec('create index csv_row_by_client on csv_row (file, client, line)');
    this.indexed = true;
  }
}
