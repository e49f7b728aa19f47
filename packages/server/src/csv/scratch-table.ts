import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** What a scratch table is made of: its directory prefix and file name, its table and how a row goes in. */
export interface ScratchTableShape {
  prefix: string;
  fileName: string;
  createSql: string;
  insertSql: string;
  /** Rows written per transaction. */
  batchSize: number;
}

/**
 * One table in a temporary SQLite file for the spools of the CSV import and audit: it holds care
 * data, so it lives in a private directory (mode 0700) under the system temp directory and is
 * deleted by `close()`. Scratch data needs nothing after a crash, so there is no journal and no
 * fsync; rows are buffered and written a batch per transaction.
 */
export class ScratchTable<Row extends unknown[]> {
  /** The private directory holding the file. */
  readonly dir: string;
  readonly db: BetterSqlite3.Database;
  private readonly batchSize: number;
  private readonly insertBatch: (rows: readonly Row[]) => void;
  private pending: Row[] = [];

  constructor(shape: ScratchTableShape) {
    this.dir = mkdtempSync(join(tmpdir(), shape.prefix));
    this.batchSize = shape.batchSize;
    this.db = new BetterSqlite3(join(this.dir, shape.fileName));
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(shape.createSql);
    const insert = this.db.prepare<Row>(shape.insertSql);
    this.insertBatch = this.db.transaction((rows: readonly Row[]) => {
      for (const row of rows) insert.run(...row);
    });
  }

  add(row: Row): void {
    this.pending.push(row);
    if (this.pending.length >= this.batchSize) this.flush();
  }

  /** Writes the buffered rows. */
  flush(): void {
    if (this.pending.length === 0) return;
    this.insertBatch(this.pending);
    this.pending = [];
  }

  /** Deletes the file and its directory. */
  close(): void {
    this.pending = [];
    if (this.db.open) this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
