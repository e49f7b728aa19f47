import { anExemplaryCaseFile, decodeMs932, encodeMs932, exportCarePlanCsv, zipFiles, type CaseFile } from '@kizuki/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

const sender = { officeNumber: '0899000043', serviceType: '43' };
const destination = { officeNumber: '0899000016', serviceType: '16' };
/** 日立市（デモ）: the 保険者番号 whose pack the server picks for 「保険者のパック（自動）」. */
const hitachi = '089902';

/** The exemplary plan of a client of 日立市, with `goal` as 第2表 課題1's long-term goal. */
function caseFileOf(name: string, insuredNumber: string, goal?: string): CaseFile {
  return anExemplaryCaseFile()
    .withClient({ name, insuredNumber, insurerNumber: hitachi })
    .mutate((caseFile) => {
      if (goal !== undefined) caseFile.carePlans[0]!.needs[0]!.longTermGoals[0]!.text = goal;
    })
    .build();
}

function unitFiles(caseFiles: CaseFile[], timestamp: string) {
  return exportCarePlanCsv(caseFiles, { sender, destination, timestamp, onlyRelatedClients: false }).files.map((f) => ({ name: f.name, bytes: f.bytes }));
}

/**
 * A ZIP as an office's software exports it: one send unit with two clients (青葉 チヨ with a
 * vague goal), and one whose 第1表 has 30 February as 作成年月日, which cannot be read.
 */
function auditZip(): Buffer {
  const good = unitFiles([caseFileOf('青葉 チヨ', '0000012345', '安心して暮らせる'), caseFileOf('架空 次郎', '0000012346')], '20250501093000');
  const spoiled = unitFiles([caseFileOf('架空 三郎', '0000012347')], '20250501093100').map(({ name, bytes }) =>
    name.startsWith('UP1KYO_') ? { name, bytes: encodeMs932(decodeMs932(bytes).replace(/^(\d+,\d+,\d+,)\d{8}/u, '$120250230')) } : { name, bytes },
  );
  return Buffer.from(zipFiles([...good, ...spoiled]));
}

/** The value of one total of the report (ポリシーパック, 基準日 …). */
function total(page: Page, label: string) {
  return page.locator('.csv-audit-report .csv-totals > div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
}

describe('an insurer runs ケアプラン点検 on ケアプランデータ連携 CSV (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, server.url, 'insurer.hitachi');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens from the header, says nothing is stored, and waits for a ZIP', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'ケアプラン点検（CSV）' }).click();
    await page.getByRole('heading', { name: 'ケアプラン点検（CSV）' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/csv-audit');
    await expectText(page.locator('main .notice').first(), 'アップロードしたファイルは点検にだけ使い、保存しません');
    expect(await page.getByRole('button', { name: '点検する', exact: true }).isDisabled()).toBe(true);
    const packs = page.getByLabel('ポリシーパック');
    await expect.poll(() => packs.locator('option').count()).toBeGreaterThan(2);
    const labels = await packs.locator('option').allTextContents();
    expect(labels[0]).toBe('保険者のパック（自動）');
    expect(labels).toContain('全国共通の基準（運営基準・介護予防支援基準・告示95号）');
    expect(await packs.inputValue()).toBe('');
  });

  it('audits the ZIP under the insurer’s pack on a day typed in 和暦: the 気づき with their citations', async () => {
    const date = page.getByLabel('基準日');
    // Typed in 和暦 as the field shows it: nothing repeated underneath.
    await date.fill('令和7年5月10日');
    await expect.poll(() => page.locator('.field-date .field-hint').textContent()).toBe('モニタリングの期限や認定の有効期間はこの日で判断します。');
    // Typed another way: the field says how it reads it.
    await date.fill('R7.5.10');
    await expectText(page.locator('.field-date .field-hint'), '→ 令和7年5月10日（2025年）');
    await page.getByLabel('点検するZIPファイル').setInputFiles({ name: 'tenken.zip', mimeType: 'application/zip', buffer: auditZip() });
    await expectText(page.locator('.csv-chosen'), 'tenken.zip');
    await page.getByRole('button', { name: '点検する', exact: true }).click();

    const report = page.getByRole('region', { name: '点検結果' });
    await report.waitFor();
    expect(await total(page, 'ポリシーパック').innerText()).toMatch(/^日立市ケアマネジメントに関する基本方針\s*（hitachi 版\d+\.\d+\.\d+・保険者番号から自動で選択）$/u);
    expect(await total(page, '基準日').innerText()).toBe('令和7年5月10日（2025-05-10）');
    expect(await total(page, '点検した利用者').innerText()).toBe('2人');
    expect(await total(page, '送信単位').innerText()).toBe('2件（点検に使った 1件・エラーで使わなかった 1件）');

    const aoba = report.getByRole('region', { name: '青葉 チヨ' });
    expect(await aoba.locator('.csv-audit-facts').innerText()).toContain('被保険者番号 0000012345');
    const vague = aoba.locator('[data-rule="plan.goal-vague"]');
    expect(await vague.count()).toBe(1);
    expect(await vague.locator('.kizuki-finding-message').innerText()).toContain('『安心して暮らせる』');
    expect(await vague.locator('.kizuki-finding-where').innerText()).toBe('第2表 課題1 長期目標1');
    expect(await vague.locator('.severity-badge').innerText()).toBe('助言');
    await vague.getByText('根拠を見る').click();
    await expectText(vague.locator('.kizuki-finding-citations'), '第2表「目標（長期目標・短期目標）」の記載要領');
    // 日立市's own principle is cited beside the national rule.
    expect(await vague.locator('.citation-principle figcaption').allInnerTexts()).toContain('介護予防支援に関する基本方針（８）目標志向型の介護予防サービス計画');
    expect(await report.getByRole('region', { name: '架空 次郎' }).locator('[data-rule="plan.goal-vague"]').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'csv-audit.png'), fullPage: true });
  });

  it('lists the rules the CSV cannot answer once, with why, and the unit it could not read', async () => {
    const report = page.getByRole('region', { name: '点検結果' });
    const notEvaluated = report.getByRole('region', { name: '評価できなかった項目' });
    expect(await notEvaluated.getByRole('heading').innerText()).toBe('評価できなかった項目（CSVにない情報）');
    const text = await notEvaluated.innerText();
    expect(text).toContain('入力にアセスメントが含まれないため評価していません');
    expect(text).toContain('入力にモニタリングが含まれないため評価していません');
    // Two clients, but every rule once.
    expect(await report.locator('[data-rule="process.monitoring-overdue"]').count()).toBe(1);
    expect(await notEvaluated.locator('[data-rule="process.monitoring-overdue"]').innerText()).toBe('モニタリングの期限超過');
    expect(await report.locator('.csv-audit-reason', { hasText: 'アセスメント' }).count()).toBe(1);

    const rejected = report.getByRole('region', { name: '点検に使わなかった送信単位' });
    expect(await rejected.innerText()).toContain('送信元 0899000043（居宅介護支援） → 送信先 0899000016');
    const issues = rejected.getByRole('table', { name: /エラーのため点検に使わなかった送信単位の問題/u });
    const first = await issues.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(first).toEqual(['エラー', expect.stringMatching(/^UP1KYO_.+\.CSV$/u), '1', '4（作成年月日）', '存在しない日付です', '20250230', 'YYYYMMDD（例: 20250401）']);
    expect(await report.getByRole('region', { name: '架空 三郎' }).count()).toBe(0);
  });

  it('filters the 気づき by severity and the clients by name', async () => {
    const report = page.getByRole('region', { name: '点検結果' });
    const aoba = report.getByRole('region', { name: '青葉 チヨ' });
    const vague = aoba.locator('[data-rule="plan.goal-vague"]');
    expect(await vague.count()).toBe(1);
    await report.getByRole('checkbox', { name: /^助言/u }).uncheck();
    await expect.poll(() => vague.count()).toBe(0);
    await report.getByRole('checkbox', { name: /^助言/u }).check();
    await expect.poll(() => vague.count()).toBe(1);

    await report.getByLabel('利用者名で絞り込み').fill('架空次郎');
    await expectText(report.getByRole('status'), '1人を表示（全2人）');
    expect(await report.getByRole('region', { name: '青葉 チヨ' }).count()).toBe(0);
    expect(await report.getByRole('region', { name: '架空 次郎' }).count()).toBe(1);
    await report.getByLabel('利用者名で絞り込み').fill('');
    await expectText(report.getByRole('status'), '2人を表示（全2人）');
  });

  it('saves the report as JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '結果をJSONで保存' }).click()]);
    expect(download.suggestedFilename()).toBe('kizuki-csv-audit-hitachi-2025-05-10.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { policy: { id: string }; asOf: string; results: { client: { name: string } }[]; input: { units: unknown[] } };
    expect(saved.policy.id).toBe('hitachi');
    expect(saved.asOf).toBe('2025-05-10');
    expect(saved.results.map((r) => r.client.name).sort()).toEqual(['架空 次郎', '青葉 チヨ'].sort());
    expect(saved.input.units).toHaveLength(2);
  });

  it('audits the same ZIP again under another pack', async () => {
    await page.getByLabel('ポリシーパック').selectOption({ label: '全国共通の基準（運営基準・介護予防支援基準・告示95号）' });
    await page.getByRole('button', { name: '点検する', exact: true }).click();
    await expectText(total(page, 'ポリシーパック'), '全国共通の基準');
    const pack = await total(page, 'ポリシーパック').innerText();
    expect(pack).toMatch(/^全国共通の基準（運営基準・介護予防支援基準・告示95号）\s*（national 版\d+\.\d+\.\d+）$/u);
    const vague = page.getByRole('region', { name: '青葉 チヨ' }).locator('[data-rule="plan.goal-vague"]');
    await vague.getByText('根拠を見る').click();
    expect(await vague.locator('.citation-principle figcaption').allInnerTexts()).not.toContain('介護予防支援に関する基本方針（８）目標志向型の介護予防サービス計画');
  });

  it('shows the server’s Japanese message for a file that is not a ZIP, and for a ZIP without a plan', async () => {
    await page.getByLabel('点検するZIPファイル').setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('これはZIPではありません') });
    await page.getByRole('button', { name: '点検する', exact: true }).click();
    const alert = page.getByRole('alert');
    await expectText(alert, '「memo.txt」を点検できませんでした:');
    expect(await alert.innerText()).toMatch(/ZIP/u);
    expect(await page.getByRole('region', { name: '点検結果' }).count()).toBe(0);

    const readme = Buffer.from(zipFiles([{ name: 'readme.txt', bytes: new TextEncoder().encode('計画ではありません') }]));
    await page.getByLabel('点検するZIPファイル').setInputFiles({ name: 'readme.zip', mimeType: 'application/zip', buffer: readme });
    await page.getByRole('button', { name: '点検する', exact: true }).click();
    await expectText(page.getByRole('alert'), '「readme.zip」を点検できませんでした: 点検できる計画がありません。');
    await expectText(page.getByRole('table', { name: /^読まなかったファイル/u }), 'readme.txt');
    await page.screenshot({ path: join(artifacts, 'csv-audit-error.png'), fullPage: true });
  });

  it('refuses a day that does not exist before uploading', async () => {
    await page.getByLabel('基準日').fill('令和7年2月30日');
    await page.getByLabel('点検するZIPファイル').focus();
    await expectText(page.locator('.field-date .field-error'), '存在しない日付です');
    expect(await page.getByRole('button', { name: '点検する', exact: true }).isDisabled()).toBe(true);
  });
});
