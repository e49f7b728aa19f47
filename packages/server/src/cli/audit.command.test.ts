import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { anExemplaryCaseFile, zipFiles, type AuditReport, type CsvAuditReport } from '@kizuki/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kizuki-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function kizuki(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { env: {}, out: (t) => (out += t), err: (t) => (err += t) };
  const code = await runCli(args, io);
  return { code, out, err };
}

const weak = () => anExemplaryCaseFile().withAssessment({ place: { kind: 'hospital' } }).build();

describe('kizuki audit', () => {
  it('prints the documented JSON for an exported case file', async () => {
    const input = file('weak.json', weak());
    const { code, out } = await kizuki(['audit', input, '--policy', 'hitachi', '--as-of', '2025-07-10']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as AuditReport;
    expect(report.policy).toMatchObject({ id: 'hitachi', version: expect.any(String) as string });
    expect(report.asOf).toBe('2025-07-10');
    const [result] = report.results;
    expect(result?.client).toEqual({ insurerNumber: '089999', insuredNumber: '0000012345', name: '青葉 チヨ' });
    expect(result?.planDate).toBe('2025-04-01');
    const finding = result?.findings.find((f) => f.ruleId === 'assessment.not-at-home');
    expect(finding).toMatchObject({ severity: 'standard', evidence: [{ document: 'assessment', path: ['place', 'kind'] }] });
    expect(finding?.citations.length).toBeGreaterThan(0);
    expect(report.summary.byRule['assessment.not-at-home']).toBe(1);
  });

  it('reads several case files and prints a Japanese text report', async () => {
    const input = file('many.json', { caseFiles: [weak(), anExemplaryCaseFile().build()] });
    const { out } = await kizuki(['audit', input, '--policy', 'national', '--as-of', '2025-07-10', '--format', 'text']);
    expect(out).toContain('ポリシー: national v');
    expect(out).toContain('基準日: 令和7年7月10日');
    expect(out).toContain('■ 青葉 チヨ（保険者番号 089999・被保険者番号 0000012345）');
    expect(out).toContain('[基準] 居宅訪問・面接によらないアセスメント（assessment.not-at-home）');
    expect(out).toContain('根拠: ');
    expect(out).toMatch(/集計: ケースファイル 2件/u);
  });

  it('takes a pack from a YAML file extending a shipped pack', async () => {
    const pack = file(
      'town.yaml',
      ['id: town', 'title: 架空町の基本方針', 'version: 0.1.0', 'date: 2026-01-01', 'extends: national', 'source: { title: 架空町ケアマネジメント基本方針, publisher: 架空町, file: town.txt }', 'rules:', '  assessment.not-at-home: { severity: question }'].join('\n'),
    );
    const { out } = await kizuki(['audit', file('one.json', weak()), '--policy', pack, '--as-of', '2025-07-10']);
    const report = JSON.parse(out) as AuditReport;
    expect(report.policy.chain.map((c) => c.id)).toEqual(['town', 'national']);
    expect(report.results[0]?.findings.find((f) => f.ruleId === 'assessment.not-at-home')?.severity).toBe('question');
  });

  it('refuses bad input with a clear Japanese message', async () => {
    await expect(kizuki(['audit', join(dir, 'missing.json'), '--policy', 'national'])).rejects.toThrow('ファイルがありません');
    await expect(kizuki(['audit', file('broken.json', '{"client": '), '--policy', 'national'])).rejects.toThrow('JSONとして読めません');
    await expect(kizuki(['audit', file('empty.json', { nothing: true }), '--policy', 'national'])).rejects.toThrow('ケースファイルがありません');
    await expect(kizuki(['audit', file('bad-client.json', { ...weak(), client: { name: '' } }), '--policy', 'national'])).rejects.toThrow(/caseFile\.client/u);
    await expect(kizuki(['audit', file('ok.json', weak()), '--policy', 'atlantis'])).rejects.toThrow('atlantis');
    await expect(kizuki(['audit', file('ok2.json', weak())])).rejects.toThrow('--policy');
    await expect(kizuki(['audit', file('ok3.json', weak()), '--policy', 'national', '--as-of', '2025-13-01'])).rejects.toThrow('2025-13-01');
    await expect(kizuki(['audit', file('ok4.json', weak()), '--policy', 'national', '--format', 'xml'])).rejects.toThrow('--format');
  });

  it('exits 0 after an audit and 1 on bad input, as a process', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = promisify(execFile);
    const ok = await run(process.execPath, ['--import', 'tsx', main, 'audit', file('p.json', weak()), '--policy', 'national', '--as-of', '2025-07-10']);
    expect((JSON.parse(ok.stdout) as AuditReport).results).toHaveLength(1);
    const failed = await run(process.execPath, ['--import', 'tsx', main, 'audit', join(dir, 'nope.json'), '--policy', 'national']).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('エラー [not_found]');
  });
});

describe('kizuki audit on ケアプランデータ連携 CSV', () => {
  const golden = (name: string) => fileURLToPath(new URL(`../csv/golden/${name}/`, import.meta.url));

  it('audits every plan of a vendor folder, reporting what CSV cannot show as not evaluated', async () => {
    const { code, out } = await kizuki(['audit', golden('vendor'), '--policy', 'otaru', '--as-of', '2025-07-10']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as CsvAuditReport;
    expect(report.policy.id).toBe('otaru');
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.input.units.every((u) => u.accepted)).toBe(true);
    const notEvaluated = new Set(report.results[0]?.notEvaluated.map((n) => n.ruleId));
    for (const ruleId of ['assessment.items-incomplete', 'assessment.not-at-home', 'process.monitoring-overdue', 'process.consent-missing']) expect(notEvaluated).toContain(ruleId);
    for (const finding of report.results.flatMap((r) => r.findings)) expect(notEvaluated).not.toContain(finding.ruleId);
  });

  it('reads a ZIP of the same files and prints the units in the text report', async () => {
    const folder = golden('kyotaku');
    const files = readdirSync(folder).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
    const zip = join(dir, 'export.zip');
    writeFileSync(zip, zipFiles(files));
    const { out } = await kizuki(['audit', zip, '--policy', 'national', '--as-of', '2025-07-10', '--format', 'text']);
    expect(out).toContain('■ 読み込んだCSV（送信単位）');
    expect(out).toMatch(/点検: \d{14}_/u);
    expect(out).toContain('評価していないルール');
  });

  it('refuses a folder with no send unit in Japanese', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    writeFileSync(join(empty, 'memo.txt'), 'メモ');
    await expect(kizuki(['audit', empty, '--policy', 'national'])).rejects.toThrow('点検できる計画がありません');
  });
});

describe('kizuki rules', () => {
  it('lists every rule, and a pack’s severities', async () => {
    const all = await kizuki(['rules']);
    expect(all.out).toContain('plan.goal-vague');
    expect(all.out).toContain('office.provider-concentration');
    const hitachi = await kizuki(['rules', '--policy', 'hitachi']);
    expect(hitachi.out).toMatch(/plan\.rehab-not-considered\s+［助言］/u);
  });
});
