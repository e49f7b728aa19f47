import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('kizuki user reset-two-factor', () => {
  it('removes the factor of a user who lost it, ends the sessions and logs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kizuki-reset-2fa-'));
    dirs.push(dir);
    const env = { KIZUKI_DATA_DIR: dir };
    expect((await kizuki(['demo'], env)).out).toContain('KIZUKIDEMOSECRETKIZUKIDEMOSECRET');
    const reset = await kizuki(['user', 'reset-two-factor', '--login', 'insurer.hitachi'], env);
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('insurer.hitachi の二要素認証を解除しました');
    const store = await openSqliteStore({ dataDir: dir });
    try {
      expect(await store.getTwoFactor('demo-insurer-hitachi', 'demo-user-insurer')).toBeUndefined();
      const [entry] = await store.listAccessLog('demo-insurer-hitachi', { action: 'account.two_factor_reset' });
      expect(entry?.userId).toBe('system');
    } finally {
      await store.close();
    }
    await expect(kizuki(['user', 'reset-two-factor', '--login', 'nobody'], env)).rejects.toThrow('ログイン名「nobody」のアカウントが見つかりません');
  });
});
