import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseFile, CaseFileSpool } from '@kizuki/core';
import BetterSqlite3 from 'better-sqlite3';

/** Case files written per transaction while send units are read. */
const batchSize = 500;
/** Client keys read per query while clients are audited. */
const keyPage = 500;

/**
 * Keeps the case files of a CSV audit in a temporary SQLite file until every send unit is read,
 * so memory holds one batch while units are read and one client's case files while it is
 * audited, whatever the size of the folder. Like the import's row spool, the file lives in a
 * private directory (mode 0700) under the system temp directory and is deleted by `close()`.
 */
export class DiskCaseFileSpool implements CaseFileSpool {
  /** The private directory holding the spool file. */
  readonly dir = mkdtempSync(join(tmpdir(), 'kizuki-csv-audit-'));
  private readonly db: BetterSqlite3.Database;
  private readonly insertBatch: (rows: ReadonlyArray<[number, string, string]>) => void;
  private readonly clientBodies: BetterSqlite3.Statement<[string], string>;
  private pending: Array<[number, string, string]> = [];
  private ordered = false;

  constructor() {
    this.db = new BetterSqlite3(join(this.dir, 'case-files.sqlite'));
    // Scratch data: nothing to recover after a crash, so no journal and no fsync.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec('create table case_file (seq integer primary key, unit integer not null, client text not null, body text not null)');
    const insert = this.db.prepare<[number, string, string]>('insert into case_file (unit, client, body) values (?, ?, ?)');
    this.clientBodies = this.db.prepare<[string], string>('select body from case_file where client = ? order by seq').pluck();
    this.insertBatch = this.db.transaction((rows: ReadonlyArray<[number, string, string]>) => {
      for (const row of rows) insert.run(...row);
    });
  }

  add(unit: number, clientKey: string, caseFile: CaseFile): void {
    this.pending.push([unit, clientKey, JSON.stringify(caseFile)]);
    if (this.pending.length >= batchSize) this.flush();
  }

  dropUnit(unit: number): void {
    this.flush();
    this.db.prepare('delete from case_file where unit = ?').run(unit);
  }

  *clientKeys(): Generator<string> {
    this.prepareReads();
    const page = this.db.prepare<[number, number], { client: string; first: number }>('select client, first from client_order where first > ? order by first limit ?');
    let after = 0;
    for (;;) {
      // A page at a time: the connection stays free for caseFilesOf between pages.
      const rows = page.all(after, keyPage);
      for (const row of rows) yield row.client;
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < keyPage) return;
      after = last.first;
    }
  }

  caseFilesOf(clientKey: string): CaseFile[] {
    this.prepareReads();
    return this.clientBodies.all(clientKey).map((body) => JSON.parse(body) as CaseFile);
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
    if (this.ordered) return;
    // Built once every unit is in: each client with the position of its first case file.
    this.db.exec('create index case_file_by_client on case_file (client, seq)');
    this.db.exec('create table client_order as select client, min(seq) as first from case_file group by client');
    this.db.exec('create index client_order_by_first on client_order (first)');
    this.ordered = true;
  }
}
