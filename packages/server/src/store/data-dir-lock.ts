import { KizukiError } from '@kizuki/core';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const lockFileName = 'kizuki.lock';

/** A lock file written moments ago may still be empty; only an older unreadable one is stale. */
const unreadableGraceMs = 10_000;

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

/**
 * Takes `<dataDir>/kizuki.lock` (created with `wx`, holding our pid) so that a second server on
 * the same data directory stops with `data_dir_locked` instead of sharing the SQLite file.
 * A lock left by a process that no longer exists (a crash, `kill -9`) is taken over.
 */
export function acquireDataDirLock(dataDir: string, pid: number = process.pid): DataDirLock {
  const path = join(dataDir, lockFileName);
  // Two rounds: the second one runs after removing a stale lock.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const fd = tryCreate(path);
    if (fd !== undefined) {
      try {
        writeSync(fd, `${pid}\n`);
      } finally {
        closeSync(fd);
      }
      return ownedLock(path, pid);
    }
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    if (holder === 'unreadable-fresh' || (typeof holder === 'number' && isAlive(holder))) {
      throw lockedError(dataDir, path, holder);
    }
    removeQuietly(path);
  }
  throw lockedError(dataDir, path, 'unreadable-fresh');
}

function tryCreate(path: string): number | undefined {
  try {
    return openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
}

type Holder = number | 'gone' | 'unreadable-fresh' | 'unreadable-stale';

function readHolder(path: string): Holder {
  try {
    const text = readFileSync(path, 'utf8').trim();
    if (/^\d+$/.test(text)) return Number(text);
    return Date.now() - statSync(path).mtimeMs < unreadableGraceMs ? 'unreadable-fresh' : 'unreadable-stale';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

/** Signal 0 tests for existence; EPERM means it exists but belongs to another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownedLock(path: string, pid: number): DataDirLock {
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      // Never remove a lock another process took over after ours was judged stale.
      if (readHolder(path) === pid) removeQuietly(path);
    },
  };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function lockedError(dataDir: string, path: string, holder: Holder): KizukiError {
  const who = typeof holder === 'number' ? `プロセス（PID ${holder}）` : '別のプロセス';
  return new KizukiError(
    'data_dir_locked',
    `データディレクトリ ${dataDir} は${who}が使用中です。同じデータディレクトリで Kizuki を二重に起動することはできません。` +
      `そのプロセスが既に存在しない場合は、ロックファイル ${path} を削除してから起動し直してください。`,
    { dataDir, lockFile: path, pid: typeof holder === 'number' ? holder : undefined },
  );
}
