import { isKizukiError } from '@kizuki/core';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockFileName } from './data-dir-lock.js';

/** The pid of a process that has exited (so it is certainly not alive now). */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(run.stdout.toString());
}

describe('data directory lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kizuki-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const lockPath = () => join(dir, lockFileName);

  it('writes our pid, refuses a second holder with the directory and pid, and frees on release', () => {
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(lockPath(), 'utf8').trim()).toBe(String(process.pid));
    let caught: unknown;
    try {
      acquireDataDirLock(dir);
    } catch (error) {
      caught = error;
    }
    expect(isKizukiError(caught) && caught.code).toBe('data_dir_locked');
    const message = (caught as Error).message;
    expect(message).toContain(dir);
    expect(message).toContain(`PID ${process.pid}`);
    expect(message).toMatch(/使用中/);
    lock.release();
    expect(existsSync(lockPath())).toBe(false);
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock left by a process that no longer exists', () => {
    writeFileSync(lockPath(), `${deadPid()}\n`);
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(lockPath(), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('respects a live process that holds the lock', () => {
    // pid 1 always exists (init); whether or not we may signal it, it is alive.
    writeFileSync(lockPath(), '1\n');
    expect(() => acquireDataDirLock(dir)).toThrow(/PID 1）/);
    expect(readFileSync(lockPath(), 'utf8')).toBe('1\n');
  });

  it('treats a fresh unreadable lock as held and an old one as stale', () => {
    writeFileSync(lockPath(), '');
    expect(() => acquireDataDirLock(dir)).toThrow(/使用中/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(), old, old);
    acquireDataDirLock(dir).release();
  });

  it('does not remove a lock that another process took over', () => {
    const lock = acquireDataDirLock(dir);
    writeFileSync(lockPath(), '1\n');
    lock.release();
    expect(readFileSync(lockPath(), 'utf8')).toBe('1\n');
  });
});
