import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvCarePlanSample, csvUsageSample, readCsvFile, validateDocument, zipFiles } from '@kizuki/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { createTestSchema, requireAllBackends, testDatabaseUrl, type TestSchema } from '../store/testing/pg-test-schema.js';
import { csvCommand } from './csv.command.js';
import { runCli, type CliIo } from './run-cli.js';

const golden = fileURLToPath(new URL('../csv/golden/', import.meta.url));
const dirs: string[] = [];
const schemas: TestSchema[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await schema.drop();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuki-csv-cli-'));
  dirs.push(dir);
  return dir;
}

async function run(args: string[], env: NodeJS.ProcessEnv) {
  let out = '';
  let err = '';
  const io: CliIo = { env, out: (t) => (out += t), err: (t) => (err += t) };
  const code = args[0] === 'csv' ? await csvCommand(args.slice(1), io) : await runCli(args, io);
  return { code, out, err };
}

async function freshEnv(target: string): Promise<NodeJS.ProcessEnv> {
  let env: NodeJS.ProcessEnv = { KIZUKI_DATA_DIR: tempDir() };
  if (target === 'postgres') {
    const schema = await createTestSchema(testDatabaseUrl!);
    schemas.push(schema);
    const url = new URL(testDatabaseUrl!);
    url.searchParams.set('options', `-c search_path=${schema.name}`);
    env = { DATABASE_URL: url.toString() };
  }
  await run(['org', 'add', '--id', 'o1', '--kind', 'care_management_office', '--name', 'テスト居宅', '--office-number', '0899000043'], env);
  return env;
}

const targets = ['sqlite', ...(testDatabaseUrl || requireAllBackends ? ['postgres'] : [])];

describe.each(targets)('kizuki csv on %s', (target) => {
  it('imports a folder, prints the JSON summary, and changes nothing the second time', async () => {
    const env = await freshEnv(target);
    const first = await run(['csv', 'import', join(golden, 'kyotaku')], env);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out);
    expect(summary.totals).toMatchObject({ units: 1, accepted: 1, clientsCreated: 2, plansCreated: 2, errors: 0 });
    expect(summary.units[0].clients.map((c: { name: string }) => c.name).sort()).toEqual(['架空 花子', '青葉 チヨ']);
    const again = JSON.parse((await run(['csv', 'import', join(golden, 'kyotaku')], env)).out);
    expect(again.totals).toMatchObject({ clientsCreated: 0, clientsUpdated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 2 });
  });

  it('exports a client for a destination into a folder that imports back elsewhere', async () => {
    const env = await freshEnv(target);
    await run(['csv', 'import', join(golden, 'kyotaku')], env);
    const out = join(tempDir(), 'out');
    const exported = await run(['csv', 'export', '--out', out, '--client', '089999:0000054321', '--to', '0899000017:17'], env);
    expect(exported.code).toBe(0);
    const report = JSON.parse(exported.out);
    expect(report.units).toHaveLength(1);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(4);
    expect(names.every((n) => /^(UPHOSOKU_000000|UP1KYO|UP2KYO|UP3KYO)_0899000043_43_0899000017_17_\d{14}\.CSV$/u.test(n))).toBe(true);
    expect(new Set(names.map((n) => n.slice(-18))).size).toBe(1);

    const other = await freshEnv(target);
    const imported = JSON.parse((await run(['csv', 'import', out], other)).out);
    expect(imported.totals).toMatchObject({ accepted: 1, clientsCreated: 1, plansCreated: 1 });
    const store = await openStore(other.DATABASE_URL ? { databaseUrl: other.DATABASE_URL } : { dataDir: other.KIZUKI_DATA_DIR! });
    try {
      const [client] = await store.listClients('o1');
      const plan = validateDocument('care_plan', (await store.listDocuments('o1', client!.id, 'care_plan'))[0]!.body);
      expect(plan.needs).toEqual(csvCarePlanSample().carePlans[0]!.needs);
    } finally {
      await store.close();
    }
  });

  it('exports every client, one send unit per provider, without --client and --to', async () => {
    const env = await freshEnv(target);
    await run(['csv', 'import', join(golden, 'kyotaku')], env);
    const out = join(tempDir(), 'all');
    const report = JSON.parse((await run(['csv', 'export', '--out', out], env)).out);
    expect(report.units.map((u: { destination: { officeNumber: string } }) => u.destination.officeNumber)).toEqual(['0899000011', '0899000015', '0899000016', '0899000017', '0899000031']);
    expect(readdirSync(out)).toHaveLength(20);
  });

  it('imports a ZIP and refuses bad input with exit code 1 and nothing saved', async () => {
    const env = await freshEnv(target);
    const zip = join(tempDir(), 'yobo.zip');
    const files = readdirSync(join(golden, 'yobo')).map((name) => ({ name: `送信/${name}`, bytes: readFileSync(join(golden, 'yobo', name)) }));
    writeFileSync(zip, zipFiles(files));
    expect(JSON.parse((await run(['csv', 'import', zip], env)).out).totals).toMatchObject({ accepted: 1, clientsCreated: 1, plansCreated: 1 });

    const broken = tempDir();
    for (const name of readdirSync(join(golden, 'kyotaku'))) {
      const bytes = readFileSync(join(golden, 'kyotaku', name));
      writeFileSync(join(broken, name), name.startsWith('UP1KYO') ? bytes.subarray(0, 0) : bytes);
    }
    const bad = await run(['csv', 'import', broken], env);
    expect(bad.code).toBe(1);
    const summary = JSON.parse(bad.out);
    expect(summary.units[0].accepted).toBe(false);
    expect(summary.units[0].issues.map((i: { message: string }) => i.message).join('\n')).toContain('レコードがありません（空のファイルです）');
    expect(summary.totals).toMatchObject({ clientsCreated: 0, plansCreated: 0 });
  });

  it('exports a month’s サービス利用票 with --month, for every client or one', async () => {
    const env = await freshEnv(target);
    await run(['csv', 'import', join(golden, 'kyotaku')], env);
    const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.KIZUKI_DATA_DIR! });
    try {
      const client = await store.findClientByNumbers('o1', '089999', '0000054321');
      await store.createDocument('o1', { id: 'usage-2025-05', clientId: client!.id, kind: 'service_usage', body: csvUsageSample().serviceUsages[0]! }, 'cli');
    } finally {
      await store.close();
    }
    const out = join(tempDir(), 'month');
    const report = JSON.parse((await run(['csv', 'export', '--out', out, '--month', '2025-05'], env)).out);
    expect(report.units.map((u: { destination: { officeNumber: string }; clients: number }) => `${u.destination.officeNumber}:${u.clients}`)).toEqual(['0899000011:1', '0899000015:1', '0899000017:1']);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(9);
    expect(names.every((n) => /^(UPHOSOKU|UPPLAN|UPSIKYU)_202505_0899000043_43_08990000(11_11|15_15|17_17)_\d{14}\.CSV$/u.test(n))).toBe(true);
    for (const name of names) expect(readCsvFile(name, readFileSync(join(out, name)))?.issues).toEqual([]);

    const one = join(tempDir(), 'one');
    const single = JSON.parse((await run(['csv', 'export', '--out', one, '--month', '2025年5月', '--client', '089999:0000054321', '--to', '0899000031:31'], env)).out);
    expect(single.units).toHaveLength(1);
    expect(readdirSync(one).map((n) => n.split('_0899')[0]).sort()).toEqual(['UPHOSOKU_202505', 'UPPLAN_202505', 'UPSIKYU_202505']);
    await expect(run(['csv', 'export', '--out', tempDir(), '--month', '2025-06'], env)).rejects.toThrow('2025年6月のサービス利用票がありません');
    await expect(run(['csv', 'export', '--out', tempDir(), '--month', '2025-5-1'], env)).rejects.toThrow('対象年月は YYYY-MM');
  });

  it('refuses bad arguments in Japanese', async () => {
    const env = await freshEnv(target);
    await expect(run(['csv', 'import', join(tempDir(), 'missing')], env)).rejects.toThrow('が見つかりません');
    await expect(run(['csv', 'export', '--out', tempDir(), '--to', '0899000017'], env)).rejects.toThrow('事業所番号:サービス種類コード');
    await expect(run(['csv', 'export', '--out', tempDir(), '--client', '089999:1'], env)).rejects.toThrow('保険者番号:被保険者番号');
    await expect(run(['csv', 'export', '--out', tempDir(), '--client', '089999:0000000001'], env)).rejects.toThrow('利用者が見つかりません');
    await expect(run(['csv', 'export'], env)).rejects.toThrow('--out を指定してください');
    expect((await run(['csv', 'frobnicate'], env)).code).toBe(1);
  });
});
