import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { anExemplaryCaseFile, decodeMs932, encodeMs932 } from '@kizuki/core';
import { commandHelp } from './help.js';

/** The `kizuki` binary run as a user runs it: a child process, through the bin npm links. */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(root, 'packages/server/bin/kizuki.js');
const linked = join(root, 'node_modules/.bin/kizuki');
const corpus = join(root, 'packages/server/src/csv/vendor-styles/styles');
const golden = (set: string) => join(root, 'packages/server/src/csv/golden', set);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuki-bin-'));
  dirs.push(dir);
  return dir;
}

interface ImportOutput {
  organization: { id: string; name: string; kind: string; officeNumber: string; created: boolean } | null;
  senders: { officeNumber: string; sameOffice: boolean }[];
  totals: Record<string, number>;
}

function kizuki(args: string[], env: NodeJS.ProcessEnv = {}, command = bin) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('kizuki as a process', { timeout: 120_000 }, () => {
  it('is linked by npm install, and prints its usage with --help (exit 0) and without a command (exit 1)', () => {
    expect(existsSync(linked)).toBe(true);
    const help = kizuki(['--help'], {}, linked);
    expect(help.code).toBe(0);
    expect(help.out).toContain('使い方: kizuki <コマンド>');
    for (const name of Object.keys(commandHelp).filter((n) => n !== 'start-demo')) expect(help.out).toContain(`  ${commandHelp[name as keyof typeof commandHelp].usage[0]}`);
    expect(kizuki([]).code).toBe(1);
  });

  it('gives every command its help with usage, options, an example and exit codes', () => {
    const audit = kizuki(['audit', '--help']);
    expect(audit.code).toBe(0);
    for (const part of ['使い方:', 'kizuki audit INPUT --policy', 'オプション:', '例:', '終了コード:', '0  点検できた']) expect(audit.out).toContain(part);
    expect(kizuki(['csv', 'import', '-h']).out).toContain('--create-office');
    expect(kizuki(['help', 'rules']).out).toContain('kizuki rules [--policy ID|PATH]');
  });

  it('refuses an unknown option or command in Japanese with exit code 1', () => {
    const option = kizuki(['audit', corpus, '--policy', 'hitachi', '--colour']);
    expect(option.code).toBe(1);
    expect(option.err).toContain('エラー [bad_request]: オプションが正しくありません');
    const command = kizuki(['inspect']);
    expect(command.code).toBe(1);
    expect(command.err).toContain('「inspect」というコマンドはありません');
  });

  it('imports CSV into an empty data directory only with --create-office, then changes nothing the second time', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-bin-'));
    dirs.push(dataDir);
    const env = { KIZUKI_DATA_DIR: dataDir };
    const input = join(corpus, 'labels-colon');
    const refused = kizuki(['csv', 'import', input], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('「架空居宅介護支援センター」（事業所番号 0899000900）の組織が Kizuki にありません');
    expect(refused.err).toContain('--create-office');
    const first = kizuki(['csv', 'import', input, '--create-office'], env);
    expect(first.code, first.err).toBe(0);
    const summary = JSON.parse(first.out) as { organization: { name: string; created: boolean }; totals: { clientsCreated: number; plansCreated: number } };
    expect(summary.organization).toMatchObject({ name: '架空居宅介護支援センター', created: true });
    expect(summary.totals).toMatchObject({ clientsCreated: 5, plansCreated: 5 });
    // Progress goes to stderr as plain lines when stderr is not a terminal; stdout stays the JSON report.
    expect(first.err).toContain('組織を作成しました: 架空居宅介護支援センター');
    expect(first.err).toMatch(/読み込み 4ファイル/u);
    expect(first.err).toContain('取り込みました: 送信単位 1/1件、利用者 新規 5人');
    const orgs = JSON.parse(kizuki(['org', 'list'], env).out) as { name: string; officeNumber: string; kind: string }[];
    expect(orgs.map((o) => [o.name, o.officeNumber, o.kind])).toEqual([['架空居宅介護支援センター', '0899000900', 'care_management_office']]);
    const again = kizuki(['csv', 'import', input, '--create-office', '--quiet'], env);
    expect(again.code).toBe(0);
    expect(again.err).toBe('');
    expect(JSON.parse(again.out)).toMatchObject({ organization: { created: false }, totals: { clientsCreated: 0, clientsUpdated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 5 } });
  });

  it('refuses several sending offices in one input without --org, creating nothing', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-bin-'));
    dirs.push(dataDir);
    const bad = kizuki(['csv', 'import', join(root, 'packages/server/src/csv/golden'), '--create-office', '--quiet'], { KIZUKI_DATA_DIR: dataDir });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('送信元の事業所が複数あります');
    expect(JSON.parse(kizuki(['org', 'list'], { KIZUKI_DATA_DIR: dataDir }).out)).toEqual([]);
  });

  it('audits a vendor-style folder with no false finding on its exemplary plans, progress on stderr', () => {
    const run = kizuki(['audit', join(corpus, 'quoted-speech'), '--policy', 'hitachi', '--as-of', '2025-08-01']);
    expect(run.code, run.err).toBe(0);
    const report = JSON.parse(run.out) as { results: { client: { insuredNumber: string }; findings: unknown[] }[] };
    for (const exemplary of ['0000077001', '0000077002']) expect(report.results.find((r) => r.client.insuredNumber === exemplary)?.findings).toEqual([]);
    expect(run.err).toContain('点検中 5人分');
    expect(run.err).toContain('点検しました: 5人');
  });

  it('takes the golden 居宅 and 予防 folders into a fresh installation as an office and a center, then into the offices it has', () => {
    const env = { KIZUKI_DATA_DIR: tempDir() };
    const refused = kizuki(['csv', 'import', golden('kyotaku')], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/エラー \[bad_request\]: ファイルの送信元「.+」（事業所番号 0899000043）の組織が Kizuki にありません。--create-office を付けると/u);
    expect(refused.out).toBe('');

    const kyotaku = kizuki(['csv', 'import', golden('kyotaku'), '--create-office'], env);
    expect(kyotaku.code, kyotaku.err).toBe(0);
    const office = JSON.parse(kyotaku.out) as ImportOutput;
    expect(office.organization).toMatchObject({ kind: 'care_management_office', officeNumber: '0899000043', created: true });
    expect(office.senders).toEqual([expect.objectContaining({ officeNumber: '0899000043', sameOffice: true })]);
    expect(office.totals).toMatchObject({ accepted: 1, clientsCreated: 2, plansCreated: 2, errors: 0 });

    const yobo = kizuki(['csv', 'import', golden('yobo'), '--create-office'], env);
    expect(yobo.code, yobo.err).toBe(0);
    const center = JSON.parse(yobo.out) as ImportOutput;
    expect(center.organization).toMatchObject({ kind: 'community_center', officeNumber: '0899000046', created: true });
    const orgs = JSON.parse(kizuki(['org', 'list'], env).out) as { id: string; officeNumber: string; kind: string }[];
    expect(orgs.map((o) => [o.officeNumber, o.kind]).sort()).toEqual([['0899000043', 'care_management_office'], ['0899000046', 'community_center']]);

    // With two offices in Kizuki, the files' 事業所番号 chooses the one, with or without --create-office.
    const again = kizuki(['csv', 'import', golden('kyotaku'), '--quiet'], env);
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ organization: { id: office.organization!.id, created: false }, totals: { clientsCreated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 2 } });
    // Files of another vendor's office go where --org says, and the report says they come from elsewhere.
    const vendor = kizuki(['csv', 'import', golden('vendor'), '--org', office.organization!.id, '--quiet'], env);
    expect(vendor.code, vendor.err).toBe(0);
    expect(JSON.parse(vendor.out)).toMatchObject({ organization: { id: office.organization!.id, created: false }, senders: [{ officeNumber: '0899000999', sameOffice: false }] });
    const both = kizuki(['csv', 'import', golden('vendor'), '--org', office.organization!.id, '--create-office'], env);
    expect(both.code).toBe(1);
    expect(both.err).toContain('--org と --create-office は一緒に指定できません');
    expect((JSON.parse(kizuki(['org', 'list'], env).out) as unknown[]).length).toBe(2);
  });

  it('creates no organization when every unit is refused, and says so', () => {
    const env = { KIZUKI_DATA_DIR: tempDir() };
    const input = join(tempDir(), 'kyotaku');
    cpSync(golden('kyotaku'), input, { recursive: true });
    // 第1表's 作成年月日 (項番4) made 30 February: the send unit is refused whole.
    const first = readdirSync(input).find((name) => name.startsWith('UP1KYO_'))!;
    writeFileSync(join(input, first), encodeMs932(decodeMs932(readFileSync(join(input, first))).replace(/^(\d+,\d+,\d+,)\d{8}/u, '$120250230')));
    const run = kizuki(['csv', 'import', input, '--create-office'], env);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as ImportOutput;
    expect(report.organization).toBeNull();
    expect(report.totals).toMatchObject({ accepted: 0, rejected: 1 });
    expect(run.err).toContain('（事業所番号 0899000043）の組織は作成しませんでした');
    expect(JSON.parse(kizuki(['org', 'list'], env).out)).toEqual([]);
  });

  it('reports reading and auditing a case-file JSON on stderr, and nothing with --quiet', () => {
    const input = join(tempDir(), 'case-file.json');
    writeFileSync(input, JSON.stringify([anExemplaryCaseFile().build()]));
    const run = kizuki(['audit', input, '--policy', 'national', '--as-of', '2025-08-01']);
    expect(run.code, run.err).toBe(0);
    expect((JSON.parse(run.out) as { summary: { caseFiles: number } }).summary.caseFiles).toBe(1);
    expect(run.err.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^読み込み 1ファイル（\d+\.\d MB）$/u), '点検中 1人分', expect.stringMatching(/^点検しました: 1人、気づき \d+件$/u)]);
    const quiet = kizuki(['audit', input, '--policy', 'national', '--as-of', '2025-08-01', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
  });
});
