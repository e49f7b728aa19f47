import { KizukiError } from '@kizuki/core';
import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** Lets a store wait, before it answers a call, until what the call wrote is on disk. */
export interface WriteSync {
  /** A mark taken when a call begins (throws once syncing has failed). */
  mark(): number;
  /** Resolves once every write committed since `mark` is on disk. */
  syncSince(mark: number): Promise<void>;
}

/**
 * Durability of SQLite commits without blocking the event loop (group commit).
 *
 * better-sqlite3 is synchronous: with `synchronous = FULL` every commit waits for the disk to
 * sync the write-ahead log while the server's one thread can do nothing else (a few ms on a quiet
 * disk, tens of ms under load). Instead the database runs with `synchronous = NORMAL`, where a
 * commit only writes the log, and the store syncs the log file itself on libuv's thread pool
 * before it answers a call that wrote: the call's promise settles only once everything it wrote is
 * on disk, so nothing is acknowledged that a power cut could take back. Calls that wrote while a
 * sync was running share the next one, so a busy server syncs once for many requests.
 *
 * SQLite still syncs the log before each checkpoint and the database file after it, as it does
 * under NORMAL. A failed sync is not retried: what the disk holds is unknown (a later sync may
 * report success for pages it already dropped), so the store refuses every further call until
 * it is reopened.
 */
export class WalSync implements WriteSync {
  /** Writes run on the connection so far (statements that are not reads, commits included). */
  private written = 0;
  /** Writes known to be on disk. */
  private synced = 0;
  private running: Promise<void> | undefined;
  private failure: KizukiError | undefined;
  private fd: number | undefined;

  /**
   * @param walPath the database's `-wal` file (SQLite creates it when the database is first used in WAL mode).
   * @param syncFile how a file is synced (node's `fsync`; tests pass a slow or failing one).
   */
  constructor(
    private readonly walPath: string,
    private readonly syncFile: (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void = fsync,
  ) {}

  /** Opens the log file and syncs its directory once, so the file's own entry survives a power cut too. */
  private open(): number {
    const fd = openSync(this.walPath, 'r');
    this.fd = fd;
    const dir = openSync(dirname(this.walPath), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
    return fd;
  }

  /** Closes the log file (the store closes it after the database). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Called by the connection after each statement that is not a read. */
  noteWrite(): void {
    this.written += 1;
  }

  /** A mark to pass to {@link syncSince} once the call is done. */
  mark(): number {
    if (this.failure) throw this.failure;
    return this.written;
  }

  /** Waits until every write since `mark` (and any before it) is on disk; resolves at once when there was none. */
  async syncSince(mark: number): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.written === mark) return;
    const target = this.written;
    while (this.synced < target) {
      if (this.running) {
        await this.running;
        continue;
      }
      this.running = this.syncOnce().finally(() => (this.running = undefined));
      await this.running;
    }
  }

  private syncOnce(): Promise<void> {
    // Writes counted so far have been handed to the OS; the sync covers them all.
    const through = this.written;
    let fd: number;
    try {
      fd = this.fd ?? this.open();
    } catch (error) {
      return Promise.reject(this.fail((error as NodeJS.ErrnoException).code ?? String(error)));
    }
    return new Promise<void>((resolve, reject) => {
      this.syncFile(fd, (error) => {
        if (error) reject(this.fail(error.code ?? String(error)));
        else {
          this.synced = Math.max(this.synced, through);
          resolve();
        }
      });
    });
  }

  private fail(code: string): KizukiError {
    this.failure ??= new KizukiError('database_unavailable', `データベースの書き込みをディスクに確定できませんでした（${code}）。書き込みの結果が不確かなため、サーバーを再起動してデータを確認してください。`, { code });
    return this.failure;
  }
}
