import { isKizukiError } from '@kizuki/core';
import { fsync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';
import { aClient, officeA } from './testing/store-fixtures.js';
import { WalSync } from './wal-sync.js';

type Done = (error: NodeJS.ErrnoException | null) => void;

/** A sync that waits until the test lets it finish (or fail), counting how often it was asked. */
function heldSync() {
  const waiting: Done[] = [];
  return {
    calls: () => waiting.length + finished.count,
    waiting,
    syncFile: (fd: number, done: Done) => void fsync(fd, (error) => (error ? done(error) : waiting.push(done))),
    finishAll(error: NodeJS.ErrnoException | null = null) {
      for (const done of waiting.splice(0)) {
        finished.count += 1;
        done(error);
      }
    },
  };
}
const finished = { count: 0 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await tick();
  return done;
}

describe('WAL sync (group commit)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kizuki-walsync-'));
    finished.count = 0;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A store whose syncs wait for the test, with office A created (its sync let through); closed after `work`. */
  async function withHeldStore(work: (store: Awaited<ReturnType<typeof openSqliteStore>>, held: ReturnType<typeof heldSync>) => Promise<void>): Promise<void> {
    const held = heldSync();
    const store = await openSqliteStore({ dataDir: root, syncFile: held.syncFile });
    try {
      const org = store.createOrganization(officeA);
      await tick();
      held.finishAll();
      await org;
      await work(store, held);
    } finally {
      held.finishAll();
      await store.close();
    }
  }

  it('answers a call that wrote only after the log is synced; a read waits for nothing', async () => {
    const held = heldSync();
    const store = await openSqliteStore({ dataDir: root, syncFile: held.syncFile });
    try {
      const created = store.createOrganization(officeA);
      expect(await settled(created)).toBe(false);
      expect(held.waiting).toHaveLength(1);
      held.finishAll();
      await created;
      const before = held.calls();
      expect((await store.getOrganization(officeA.id))?.id).toBe(officeA.id);
      expect(await store.listClients(officeA.id)).toEqual([]);
      expect(held.calls()).toBe(before);
    } finally {
      held.finishAll();
      await store.close();
    }
  });

  it('syncs once for the writes that came while a sync ran, and answers each only when its writes are on disk', () =>
    withHeldStore(async (store, held) => {
      const before = held.calls();
      const first = store.createClient(officeA.id, aClient({ id: 'c-1' }), 'u');
      await tick();
      expect(held.waiting).toHaveLength(1);
      // Written while the first sync runs: they need the next one.
      const more = Array.from({ length: 8 }, (_, i) => store.createClient(officeA.id, aClient({ id: `c-${i + 2}`, insuredNumber: String(1000000002 + i) }), 'u'));
      await tick();
      expect(await settled(Promise.all(more))).toBe(false);
      held.finishAll();
      await first;
      expect(await settled(Promise.all(more))).toBe(false);
      await tick();
      expect(held.waiting).toHaveLength(1);
      held.finishAll();
      await Promise.all(more);
      expect(held.calls() - before).toBe(2);
      expect(await store.listClients(officeA.id)).toHaveLength(9);
    }));

  it('waits after the commit of a transaction, not inside it', () =>
    withHeldStore(async (store, held) => {
      const done = store.transaction(async (tx) => {
        await tx.createClient(officeA.id, aClient({ id: 'c-a' }), 'u');
        await tx.createClient(officeA.id, aClient({ id: 'c-b', insuredNumber: '2000000001' }), 'u');
        expect(held.waiting).toHaveLength(0);
        return 'ok';
      });
      await tick();
      expect(held.waiting).toHaveLength(1);
      held.finishAll();
      expect(await done).toBe('ok');
    }));

  it('refuses the call and every later one once a sync fails', async () => {
    const held = heldSync();
    const store = await openSqliteStore({ dataDir: root, syncFile: held.syncFile });
    try {
      const org = store.createOrganization(officeA);
      await tick();
      held.finishAll(Object.assign(new Error('EIO'), { code: 'EIO' }));
      const error = await org.catch((e: unknown) => e);
      expect(isKizukiError(error) && error.code).toBe('database_unavailable');
      expect((error as Error).message).toContain('EIO');
      const later = await store.getOrganization(officeA.id).catch((e: unknown) => e);
      expect(isKizukiError(later) && later.code).toBe('database_unavailable');
    } finally {
      await store.close();
    }
  });

  it('refuses in Japanese when the log file cannot be opened, and syncs nothing for a call that wrote nothing', async () => {
    const waiting: Done[] = [];
    const sync = new WalSync(join(root, 'log'), (_fd, done) => waiting.push(done));
    // No log file: a mark with no write since resolves without opening anything.
    await sync.syncSince(sync.mark());
    const mark = sync.mark();
    sync.noteWrite();
    const failed = await sync.syncSince(mark).catch((e: unknown) => e);
    expect(isKizukiError(failed) && failed.code).toBe('database_unavailable');
    expect((failed as Error).message).toContain('ENOENT');
  });
});
