import { createZipReader, decodeMs932, encodeMs932, tokyoDateOf, zipFiles, type CarePlan } from '@kizuki/core';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** The files inside a ZIP, by name. */
function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const reader = createZipReader((name) => {
    const chunks: Uint8Array[] = [];
    return { push: (chunk) => chunks.push(chunk), close: () => files.set(name, Buffer.concat(chunks)) };
  });
  reader.push(bytes, true);
  return files;
}

/** The names of the files inside a ZIP. */
const zipEntryNames = (bytes: Uint8Array) => [...unzip(bytes).keys()].sort();

/** The value of one total of the import summary (送信単位, 取り込んだ送信単位 …). */
function total(page: Page, label: string): Locator {
  return page.locator('.csv-totals > div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
}

/** Opens the CSV出力 control of the case file heading. */
async function openExportPanel(page: Page): Promise<Locator> {
  const panel = page.locator('details.csv-export');
  await panel.locator('summary', { hasText: 'CSV出力（ケアプランデータ連携）' }).click();
  await panel.getByRole('button', { name: '計画をCSV出力' }).waitFor();
  return panel;
}

describe('a care manager moves plans in and out as ケアプランデータ連携 CSV (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'kizuki-csv-downloads-'));
  let planZip = '';

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, server.url, 'cm.sato');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('exports 小松 ハル’s current plan for one provider on it and downloads the ZIP', async () => {
    await page.goto(`${server.url}/clients/demo-client-01/care-plan`);
    const panel = await openExportPanel(page);
    const select = panel.getByLabel('送信先（計画）');
    const options = select.locator('option');
    const labels = await options.allTextContents();
    expect(labels[0]).toBe('計画のすべての事業所');
    expect(labels).toHaveLength(4);
    for (const label of labels.slice(1)) expect(label).toMatch(/^.+（.+・\d{10}）$/u);
    const to = (await options.nth(1).getAttribute('value'))!;
    expect(to).toMatch(/^\d{10}:[0-9A-Z]{2}$/u);
    await select.selectOption(to);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '計画をCSV出力' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kizuki-csv-\d{14}\.zip$/u);
    planZip = join(downloads, download.suggestedFilename());
    await download.saveAs(planZip);
    expect(statSync(planZip).size).toBeGreaterThan(0);
    const names = zipEntryNames(readFileSync(planZip));
    expect(names.map((n) => n.split('_')[0])).toEqual(['UP1KYO', 'UP2KYO', 'UP3KYO', 'UPHOSOKU']);
    for (const name of names) expect(name).toContain(`_0879900001_43_${to.replace(':', '_')}_`);

    const status = panel.getByRole('status');
    await expectText(status, `「${download.suggestedFilename()}」`);
    expect(await status.innerText()).toContain('CSVファイル: 4件');
    expect(await status.innerText()).toContain('MS932にない文字の置き換え: 0件');
    expect(await panel.getByRole('link', { name: 'もう一度保存' }).getAttribute('download')).toBe(download.suggestedFilename());
    await page.screenshot({ path: join(artifacts, 'csv-export.png') });
  });

  it('exports the month’s サービス利用票 (第6表・第7表), and says why when the month has none', async () => {
    const panel = page.locator('details.csv-export');
    const month = tokyoDateOf(new Date()).slice(0, 7);
    expect(await panel.getByLabel('対象年月').inputValue()).toBe(month);
    expect(await panel.getByLabel('送信先（利用票）').locator('option').count()).toBe(4);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '利用票をCSV出力' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^kizuki-csv-${month.replace('-', '')}-\\d{14}\\.zip$`, 'u'));
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    const kinds = new Set(zipEntryNames(readFileSync(path)).map((n) => n.split('_')[0]));
    expect([...kinds].sort()).toEqual(['UPHOSOKU', 'UPPLAN', 'UPSIKYU']);
    await expectText(panel.getByRole('status'), 'CSVファイル: 9件');

    await panel.getByLabel('対象年月').fill('2000-01');
    expect(await panel.getByLabel('送信先（利用票）').locator('option').allTextContents()).toEqual(['利用票のすべての事業所']);
    expect(await panel.getByText('平成12年1月のサービス利用票はありません。').count()).toBe(1);
    await panel.getByRole('button', { name: '利用票をCSV出力' }).click();
    await expectText(panel.getByRole('alert'), '書き出せるサービス利用票がありません（2000年1月のサービス利用票がありません）。');
  });

  it('lists every character replaced to fit MS932', async () => {
    const [doc] = (await server.store.listDocuments('demo-office', 'demo-client-02', 'care_plan')).filter((d) => d.id === 'demo-plan-02-2');
    const body = doc!.body as CarePlan;
    await server.store.updateDocument('demo-office', doc!.id, doc!.revision, { ...body, overallPolicy: `${body.overallPolicy ?? ''}𠮷野家の近くまで散歩する。` }, 'demo-user-cm');

    await page.goto(`${server.url}/clients/demo-client-02/basic`);
    const panel = await openExportPanel(page);
    await panel.getByLabel('送信先（計画）').selectOption('');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '計画をCSV出力' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kizuki-csv-\d{14}\.zip$/u);
    const table = panel.getByRole('table', { name: 'MS932（Shift_JIS）にない文字を置き換えました' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    // One send unit per provider on the plan (4), each carrying 第1表 with the 総合的な援助の方針.
    expect(await rows.count()).toBe(4);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/^UP1KYO_.+「.+」$/u);
    expect(cells[1]).toBe('𠮷');
    expect(cells[2]).not.toBe('𠮷');
    expect(await panel.getByRole('status').innerText()).toContain('MS932にない文字の置き換え: 4件');
    await page.screenshot({ path: join(artifacts, 'csv-export-conversions.png') });
  });

  it('imports the exported ZIP from the header’s CSV取り込み: one unit taken, the plan 変更なし', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'CSV取り込み' }).click();
    await page.getByRole('heading', { name: 'CSV取り込み（ケアプランデータ連携）' }).waitFor();
    expect(await page.locator('main .notice').first().innerText()).toContain('送信単位ごとに、全部取り込むか、何も取り込まないかのどちらかです');
    const importButton = page.getByRole('button', { name: '取り込む', exact: true });
    expect(await importButton.isDisabled()).toBe(true);

    await page.getByLabel('取り込むZIPファイル').setInputFiles(planZip);
    await expectText(page.locator('.csv-chosen'), planZip.split('/').pop()!);
    await importButton.click();
    const summary = page.getByRole('region', { name: '取り込み結果' });
    await summary.waitFor();
    expect(await total(page, '送信単位').innerText()).toBe('1件');
    expect(await total(page, '取り込んだ送信単位').innerText()).toBe('1件');
    expect(await total(page, '取り込まなかった送信単位').innerText()).toBe('0件');
    expect(await total(page, '計画・利用票').innerText()).toBe('新規 0件・更新 0件・変更なし 1件');

    const unit = summary.getByRole('region', { name: '送信単位 1' });
    expect(await unit.getByRole('heading').innerText()).toContain('取り込みました');
    expect(await unit.innerText()).toContain('送信元 0879900001（居宅介護支援） → 送信先');
    const planRow = unit.getByRole('table', { name: '計画・利用票' }).locator('tbody tr');
    expect(await planRow.count()).toBe(1);
    expect(await planRow.locator('td').allInnerTexts()).toEqual(['居宅サービス計画', expect.stringMatching(/^令和\d+年\d+月\d+日$/u), '小松 ハル', '変更なし']);
    const clientRow = unit.getByRole('table', { name: '利用者' }).locator('tbody tr');
    expect(await clientRow.locator('td').allInnerTexts()).toEqual(['小松 ハル', '059901', '5900000101', '変更なし']);
    await page.screenshot({ path: join(artifacts, 'csv-import.png'), fullPage: true });

    await planRow.getByRole('link', { name: '居宅サービス計画' }).click();
    await page.getByRole('heading', { name: '小松 ハル 様' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/clients/demo-client-01/care-plan');
  });

  it('rejects a send unit with an impossible date whole and shows where the problem is', async () => {
    // The exported unit with 第1表's 作成年月日 (項番4) made 30 February.
    const files = [...unzip(readFileSync(planZip))].map(([name, bytes]) =>
      name.startsWith('UP1KYO_') ? { name, bytes: encodeMs932(decodeMs932(bytes).replace(/^(\d+,\d+,\d+,)\d{8}/u, '$120250230')) } : { name, bytes },
    );
    const spoiled = join(downloads, 'spoiled.zip');
    writeFileSync(spoiled, zipFiles(files));
    const before = (await server.store.listDocuments('demo-office', 'demo-client-01')).map((d) => `${d.id}@${d.revision}`);

    await page.goto(`${server.url}/csv-import`);
    await page.getByLabel('取り込むZIPファイル').setInputFiles(spoiled);
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    const summary = page.getByRole('region', { name: '取り込み結果' });
    await summary.waitFor();
    expect(await total(page, '取り込んだ送信単位').innerText()).toBe('0件');
    expect(await total(page, '取り込まなかった送信単位').innerText()).toBe('1件');
    expect(await summary.locator('.notice').innerText()).toContain('送信単位ごとに、全部取り込むか、何も取り込まないかのどちらかです');
    const unit = summary.getByRole('region', { name: '送信単位 1' });
    expect(await unit.getByRole('heading').innerText()).toContain('取り込みませんでした');
    expect(await unit.getByRole('table', { name: '計画・利用票' }).count()).toBe(0);

    const issues = unit.getByRole('table', { name: /^送信単位 1で見つかった問題/u });
    expect(await issues.locator('thead th').allInnerTexts()).toEqual(['重要度', 'ファイル', '行', '列', '内容', '値', '期待される値']);
    const first = await issues.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(first).toEqual(['エラー', expect.stringMatching(/^UP1KYO_.+\.CSV$/u), '1', '4（作成年月日）', '存在しない日付です', '20250230', 'YYYYMMDD（例: 20250401）']);
    expect((await server.store.listDocuments('demo-office', 'demo-client-01')).map((d) => `${d.id}@${d.revision}`)).toEqual(before);
    await page.screenshot({ path: join(artifacts, 'csv-import-rejected.png'), fullPage: true });
  });

  it('shows the server’s Japanese message for a file that is not a ZIP, chosen or dropped', async () => {
    await page.goto(`${server.url}/csv-import`);
    await page.getByLabel('取り込むZIPファイル').setInputFiles({ name: 'memo.txt', mimeType: 'text/plain', buffer: Buffer.from('これはZIPではありません') });
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    const alert = page.getByRole('alert');
    await expectText(alert, '「memo.txt」を取り込めませんでした:');
    expect(await alert.innerText()).toMatch(/ZIP/u);
    expect(await page.getByRole('region', { name: '取り込み結果' }).count()).toBe(0);

    // A file dropped on the frame (evaluated in the page; the test code has no DOM types).
    const dropped = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      data.items.add(new File(['PK not really'], 'broken.zip', { type: 'application/zip' }));
      return data;
    })()`);
    await page.locator('.csv-drop').dispatchEvent('drop', { dataTransfer: dropped });
    await expectText(page.locator('.csv-chosen'), 'broken.zip');
    expect(await page.getByLabel('取り込むZIPファイル').inputValue()).toBe('');
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await expectText(page.getByRole('alert'), '「broken.zip」を取り込めませんでした:');
    expect(await page.getByRole('alert').innerText()).toMatch(/ZIP/u);
    await page.screenshot({ path: join(artifacts, 'csv-import-error.png'), fullPage: true });
  });

  it('imports plans another office sent into the user’s own office, says so, and creates no organization', async () => {
    const golden = fileURLToPath(new URL('../../server/src/csv/golden/vendor/', import.meta.url));
    const vendorZip = join(downloads, 'other-office.zip');
    writeFileSync(vendorZip, zipFiles(readdirSync(golden).map((name) => ({ name, bytes: readFileSync(join(golden, name)) }))));
    const organizations = (await server.store.listOrganizations()).map((o) => o.id).sort();

    await page.goto(`${server.url}/csv-import`);
    await page.getByLabel('取り込むZIPファイル').setInputFiles(vendorZip);
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    const summary = page.getByRole('region', { name: '取り込み結果' });
    await summary.waitFor();
    expect(await total(page, '取り込んだ送信単位').innerText()).toBe('1件');
    const warning = summary.getByRole('note', { name: '送信元の事業所' });
    const text = await warning.innerText();
    expect(text).toContain('（事業所番号 0899000999・居宅介護支援）');
    expect(text).toMatch(/この組織「.+」（事業所番号 0879900001）と事業所番号が違います/u);
    expect(text).toContain('kizuki csv import --create-office');
    expect((await server.store.listOrganizations()).map((o) => o.id).sort()).toEqual(organizations);
    await page.screenshot({ path: join(artifacts, 'csv-import-other-office.png'), fullPage: true });
  });
});
