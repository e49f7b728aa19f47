import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import { runCli, type CliIo } from './run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function kizuki(args: string[], env: NodeJS.ProcessEnv) {
  let out = '';
  let err = '';
  const io: CliIo = { env, out: (t) => (out += t), err: (t) => (err += t), readSecret: () => Promise.resolve('') };
  return { code: await runCli(args, io), out, err };
}

async function withDb<T>(dir: string, work: (store: Awaited<ReturnType<typeof openSqliteStore>>) => Promise<T>): Promise<T> {
  const store = await openSqliteStore({ dataDir: dir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe('kizuki access-log purge', () => {
  it('removes entries past the retention, logs the purge, and verify-log still verifies the rest from the anchor; tampering is still found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-purge-'));
    dirs.push(dir);
    const env = { KIZUKI_DATA_DIR: dir };
    const recent = new Date(Date.now() - 24 * 3600_000).toISOString();
    await withDb(dir, async (store) => {
      await store.createOrganization({ id: 'purge-office', kind: 'care_management_office', name: 'かもめ居宅介護支援事業所', officeNumber: '0800000077' });
      await store.setSecuritySettings('purge-office', { requireTwoFactor: false, accessLogRetentionMonths: 60 });
      for (let n = 1; n <= 4; n++) await store.logAccess({ tenantId: 'purge-office', userId: 'u-old', clientId: null, action: 'case_file.read', detail: `古い閲覧${n}`, at: `2015-04-0${n}T00:00:00.000Z` });
      for (let n = 1; n <= 3; n++) await store.logAccess({ tenantId: 'purge-office', userId: 'u-new', clientId: null, action: 'case_file.read', detail: `最近の閲覧${n}`, at: recent });
    });

    const purge = await kizuki(['access-log', 'purge', '--org', 'purge-office'], env);
    expect(purge.err).toBe('');
    expect(purge.code).toBe(0);
    expect(purge.out).toMatch(/purge-office: \d{4}-\d{2}-\d{2} より前の記録 4件を削除しました（4番までを削除/u);

    const left = await withDb(dir, (store) => store.listAccessLog('purge-office'));
    expect(left.map((e) => e.detail ?? '').filter((d) => d.startsWith('古い'))).toEqual([]);
    expect(left.filter((e) => e.detail?.startsWith('最近'))).toHaveLength(3);
    const purgeEntry = left.find((e) => e.action === 'access_log.purge');
    expect(purgeEntry?.userId).toBe('system');
    expect(purgeEntry?.seq).toBe(8);
    expect(purgeEntry?.detail).toMatch(/^4番までの4件を削除（保存期間 60か月、.+より前）。起点 4:[0-9a-f]{64}$/u);

    // A second purge finds nothing more and logs nothing.
    expect((await kizuki(['access-log', 'purge', '--org', 'purge-office'], env)).out).toContain('記録 0件を削除しました');
    expect(await withDb(dir, (store) => store.listAccessLog('purge-office', { action: 'access_log.purge' }))).toHaveLength(1);

    const ok = await kizuki(['verify-log', '--org', 'purge-office'], env);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('OK purge-office: 4件の記録が正しく連なっています（保存期間を過ぎた 4番までは削除済み');

    // Changing a kept entry is still found.
    await withDb(dir, (store) => sql`update access_log set detail = '書き換え' where tenant_id = 'purge-office' and seq = 6`.execute(store.db));
    const changed = await kizuki(['verify-log', '--org', 'purge-office'], env);
    expect(changed.code).toBe(2);
    expect(changed.out).toContain('NG purge-office: 6番目の記録で途切れています');
    await withDb(dir, (store) => sql`update access_log set detail = '最近の閲覧2' where tenant_id = 'purge-office' and seq = 6`.execute(store.db));
    expect((await kizuki(['verify-log', '--org', 'purge-office'], env)).code).toBe(0);

    // Removing the first kept entry and moving the anchor over it: the purge entry names the old anchor.
    await withDb(dir, async (store) => {
      const fifth = await store.db.selectFrom('access_log').select('hash').where('tenant_id', '=', 'purge-office').where('seq', '=', 5).executeTakeFirstOrThrow();
      await sql`delete from access_log where tenant_id = 'purge-office' and seq = 5`.execute(store.db);
      await sql`update access_log_anchors set seq = 5, hash = ${fifth.hash} where tenant_id = 'purge-office'`.execute(store.db);
    });
    const moved = await kizuki(['verify-log', '--org', 'purge-office'], env);
    expect(moved.code).toBe(2);
    expect(moved.out).toContain('削除の起点が、最後の削除の記録と一致しません');
  });

  it('refuses an unknown subcommand or organization with a Japanese message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-purge-'));
    dirs.push(dir);
    await expect(kizuki(['access-log', 'drop'], { KIZUKI_DATA_DIR: dir })).rejects.toThrow('「access-log drop」というコマンドはありません');
    await expect(kizuki(['access-log', 'purge', '--org', 'nowhere'], { KIZUKI_DATA_DIR: dir })).rejects.toThrow('組織「nowhere」が見つかりません');
  });
});
