import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CsvRow, CsvRowSpool } from '@kizuki/core';
import BetterSqlite3 from 'better-sqlite3';

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
  /** The private directory holding the spool file. */
  readonly dir = mkdtempSync(join(tmpdir(), 'kizuki-csv-'));
  private readonly db: BetterSqlite3.Database;
  private readonly insert: BetterSqlite3.Statement<[number, string, number, string]>;
  private readonly insertBatch: (rows: ReadonlyArray<[number, string, number, string]>) => void;
  private readonly keyPage: BetterSqlite3.Statement<[number, string, number], string>;
  private readonly clientRows: BetterSqlite3.Statement<[number, string], { line: number; row_values: string }>;
  private pending: Array<[number, string, number, string]> = [];
  private indexed = false;

  constructor() {
    this.db = new BetterSqlite3(join(this.dir, 'rows.sqlite'));
    // Scratch data: nothing to recover after a crash, so no journal and no fsync.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec('create table csv_row (file integer not null, client text not null, line integer not null, row_values text not null)');
    this.insert = this.db.prepare('insert into csv_row (file, client, line, row_values) values (?, ?, ?, ?)');
    this.keyPage = this.db.prepare<[number, string, number], string>('select distinct client from csv_row where file = ? and client > ? order by client limit ?').pluck();
    this.clientRows = this.db.prepare<[number, string], { line: number; row_values: string }>('select line, row_values from csv_row where file = ? and client = ? order by line');
    this.insertBatch = this.db.transaction((rows: ReadonlyArray<[number, string, number, string]>) => {
      for (const row of rows) this.insert.run(...row);
    });
  }

  addRow(fileId: number, clientKey: string, row: CsvRow): void {
    this.pending.push([fileId, clientKey, row.line, JSON.stringify(row.values)]);
    if (this.pending.length >= batchSize) this.flush();
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
    this.pending = [];
    if (this.db.open) this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.insertBatch(this.pending);
    this.pending = [];
  }

  private prepareReads(): void {
    this.flush();
    if (this.indexed) return;
    // Built once all rows are in: cheaper than keeping an index up to date while rows stream in.
    this.db.exec('create index csv_row_by_client on csv_row (file, client, line)');
    this.indexed = true;
  }
}
