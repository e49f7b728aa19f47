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
  const io: CliIo = { env, out: (t) => (out += t), err: () => undefined, readSecret: () => Promise.resolve('') };
  return { code: await runCli(args, io), out };
}

describe('kizuki verify-log', () => {
  it('says OK for every organization of the demo, and names the entry someone changed (exit code 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-verify-'));
    dirs.push(dir);
    const env = { KIZUKI_DATA_DIR: dir };
    expect((await kizuki(['demo'], env)).code).toBe(0);
    // Some reading, so the demo office's chain has entries.
    const store = await openSqliteStore({ dataDir: dir });
    try {
      for (let n = 0; n < 3; n++) await store.logAccess({ tenantId: 'demo-office', userId: 'demo-user-cm', clientId: null, action: 'case_file.read', detail: `閲覧${n}`, at: `2025-06-0${n + 1}T00:00:00.000Z` });
    } finally {
      await store.close();
    }
    const whole = await kizuki(['verify-log'], env);
    expect(whole.code).toBe(0);
    expect(whole.out).toMatch(/OK demo-office: \d+件の記録が正しく連なっています/u);
    expect(whole.out).not.toContain('NG');

    const tamper = await openSqliteStore({ dataDir: dir });
    try {
      await sql`update access_log set user_id = 'someone-else' where tenant_id = 'demo-office' and seq = 2`.execute(tamper.db);
    } finally {
      await tamper.close();
    }
    const broken = await kizuki(['verify-log', '--org', 'demo-office'], env);
    expect(broken.code).toBe(2);
    expect(broken.out).toContain('NG demo-office: 2番目の記録で途切れています');
    expect(broken.out).toContain('1件目までは正しく連なっています');
  });

  it('answers --help with its exit codes', async () => {
    const help = await kizuki(['verify-log', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toContain('verify-log [--org ID]');
    expect(help.out).toContain('途切れている');
  });
});
