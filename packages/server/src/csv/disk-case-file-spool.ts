import type { CaseFile, CaseFileSpool } from '@kizuki/core';
import type BetterSqlite3 from 'better-sqlite3';
import { ScratchTable } from './scratch-table.js';

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
  private readonly table = new ScratchTable<[number, string, string]>({
    prefix: 'kizuki-csv-audit-',
    fileName: 'case-files.sqlite',
    createSql: 'create table case_file (seq integer primary key, unit integer not null, client text not null, body text not null)',
    insertSql: 'insert into case_file (unit, client, body) values (?, ?, ?)',
    batchSize,
  });
  private readonly db = this.table.db;
  private readonly clientBodies: BetterSqlite3.Statement<[string], string>;
  private ordered = false;

  constructor() {
    this.clientBodies = this.db.prepare<[string], string>('select body from case_file where client = ? order by seq').pluck();
  }

  /** The private directory holding the spool file. */
  get dir(): string {
    return this.table.dir;
  }

  add(unit: number, clientKey: string, caseFile: CaseFile): void {
    this.table.add([unit, clientKey, JSON.stringify(caseFile)]);
  }

  dropUnit(unit: number): void {
    this.table.flush();
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
    this.table.close();
  }

  private prepareReads(): void {
    this.table.flush();
    if (this.ordered) return;
    // Built once every unit is in: each client with the position of its first case file.
    this.db.exec('create index case_file_by_client on case_file (client, seq)');
    this.db.exec('create table client_order as select client, min(seq) as first from case_file group by client');
    this.db.exec('create index client_order_by_first on client_order (first)');
    this.ordered = true;
  }
}
