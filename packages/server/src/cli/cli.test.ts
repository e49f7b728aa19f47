import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { createTestSchema, requireAllBackends, testDatabaseUrl, type TestSchema } from '../store/testing/pg-test-schema.js';
import { runCli, type CliIo } from './run-cli.js';

const dirs: string[] = [];
const schemas: TestSchema[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await schema.drop();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuki-cli-'));
  dirs.push(dir);
  return dir;
}

/** Runs the CLI in-process with captured output. */
async function kizuki(args: string[], env: NodeJS.ProcessEnv) {
  let out = '';
  let err = '';
  const io: CliIo = { env, out: (t) => (out += t), err: (t) => (err += t), readSecret: () => Promise.resolve('') };
  const code = await runCli(args, io);
  return { code, out, err };
}

async function postgresEnv(): Promise<NodeJS.ProcessEnv> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const schema = await createTestSchema(testDatabaseUrl);
  schemas.push(schema);
  const url = new URL(testDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema.name}`);
  return { DATABASE_URL: url.toString() };
}

describe('kizuki CLI', () => {
  it('adds an organization and an account, refusing bad input in Japanese', async () => {
    const env = { KIZUKI_DATA_DIR: tempDir() };
    const org = await kizuki(['org', 'add', '--id', 'o1', '--kind', 'care_management_office', '--name', 'さくら居宅', '--office-number', '0812345678'], env);
    expect(org.out).toContain('組織を追加しました');
    await expect(kizuki(['org', 'add', '--kind', 'care_management_office', '--name', 'x', '--office-number', '12'], env)).rejects.toThrow(
      '事業所番号は10桁',
    );
    await expect(kizuki(['user', 'add', '--org', 'o1', '--login', 'cm.x', '--name', '桜 花子', '--role', 'care_manager'], { ...env, KIZUKI_PASSWORD: 'short' })).rejects.toThrow(
      'パスワードは10文字以上',
    );
    await expect(kizuki(['user', 'add', '--org', 'o1', '--login', 'cm.x', '--name', '桜 花子', '--role', 'boss'], { ...env, KIZUKI_PASSWORD: 'long-enough-pw' })).rejects.toThrow();
    const user = await kizuki(['user', 'add', '--org', 'o1', '--login', 'cm.x', '--name', '桜 花子', '--role', 'care_manager'], { ...env, KIZUKI_PASSWORD: 'long-enough-pw' });
    expect(user.out).toContain('cm.x');
    const store = await openStore({ dataDir: env.KIZUKI_DATA_DIR });
    try {
      expect((await store.findUserByLogin('cm.x'))?.organizationId).toBe('o1');
    } finally {
      await store.close();
    }
  });

  it('answers an unknown command with the usage and a Japanese error', async () => {
    await expect(kizuki(['frobnicate'], {})).rejects.toThrow('「frobnicate」というコマンドはありません');
    expect((await kizuki(['help'], {})).out).toContain('使い方');
  });

  it('refuses to restore a file that is not a backup, leaving the database empty', async () => {
    const env = { KIZUKI_DATA_DIR: tempDir() };
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, '{"format":"kizuki-backup","version":1,"createdAt":"x","tables":{"clients":[{"id":1}');
    await expect(kizuki(['restore', file], env)).rejects.toThrow('JSONとして読めません');
    const store = await openStore({ dataDir: env.KIZUKI_DATA_DIR });
    try {
      expect(await store.listOrganizations()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  const targets = ['sqlite', ...(testDatabaseUrl || requireAllBackends ? ['postgres'] : [])];
  it.each(targets)('backs up the demo and restores it into an empty %s database with the same data', async (target) => {
    const source = { KIZUKI_DATA_DIR: tempDir() };
    expect((await kizuki(['demo'], source)).out).toContain('デモデータを登録しました');
    const file = join(tempDir(), 'backup.json');
    expect((await kizuki(['backup', file], source)).out).toContain('バックアップを書き出しました');

    const restoreEnv = target === 'sqlite' ? { KIZUKI_DATA_DIR: tempDir() } : await postgresEnv();
    expect((await kizuki(['restore', file], restoreEnv)).out).toContain('読み込みました');
    const again = join(tempDir(), 'again.json');
    await kizuki(['backup', again], restoreEnv);
    const tablesOf = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { tables: unknown }).tables;
    expect(tablesOf(again)).toEqual(tablesOf(file));
    // A second restore into the now full database is refused rather than mixing data.
    await expect(kizuki(['restore', file], restoreEnv)).rejects.toThrow();
  });

  it('writes an encrypted backup that holds no readable data and restores it only with its passphrase', async () => {
    const source = { KIZUKI_DATA_DIR: tempDir() };
    await kizuki(['demo'], source);
    const plain = join(tempDir(), 'plain.json');
    await kizuki(['backup', plain], source);
    const sealed = join(tempDir(), 'sealed.json');
    const passphrase = 'correct horse battery staple';
    await expect(kizuki(['backup', sealed, '--encrypt'], { ...source, KIZUKI_BACKUP_PASSPHRASE: 'short' })).rejects.toThrow('12文字以上');
    expect((await kizuki(['backup', sealed, '--encrypt'], { ...source, KIZUKI_BACKUP_PASSPHRASE: passphrase })).out).toContain('暗号化済み');
    const text = readFileSync(sealed, 'utf8');
    expect(text).toContain('kizuki-backup-encrypted');
    for (const secret of ['佐藤 みのり', 'kizuki-backup"', 'demo-office', 'case_file']) expect(text).not.toContain(secret);

    const target = { KIZUKI_DATA_DIR: tempDir() };
    await expect(kizuki(['restore', sealed], { ...target, KIZUKI_BACKUP_PASSPHRASE: 'wrong passphrase here' })).rejects.toThrow('パスフレーズが違うか');
    const empty = await openStore({ dataDir: target.KIZUKI_DATA_DIR });
    expect(await empty.listOrganizations()).toEqual([]);
    await empty.close();
    // One changed byte of the data is refused too.
    const envelope = JSON.parse(text) as { data: string };
    const flipped = Buffer.from(envelope.data, 'base64');
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    const damaged = join(tempDir(), 'damaged.json');
    writeFileSync(damaged, JSON.stringify({ ...envelope, data: flipped.toString('base64') }));
    await expect(kizuki(['restore', damaged], { ...target, KIZUKI_BACKUP_PASSPHRASE: passphrase })).rejects.toThrow('壊れています');

    expect((await kizuki(['restore', sealed], { ...target, KIZUKI_BACKUP_PASSPHRASE: passphrase })).out).toContain('読み込みました');
    const again = join(tempDir(), 'again.json');
    await kizuki(['backup', again], target);
    const tablesOf = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { tables: unknown }).tables;
    expect(tablesOf(again)).toEqual(tablesOf(plain));
  });
});
