import type { KyselyStore } from '@kizuki/server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

describe('the office admin reads the access log, filters it and sees a tampered entry (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // A care manager opens a case file, so the log names a client.
    const cm = await browser.context.browser()!.newContext();
    const cmPage = await cm.newPage();
    await signIn(cmPage, server.url, 'cm.sato');
    await cmPage.goto(`${server.url}/clients/demo-client-02/basic`);
    await cmPage.getByRole('heading', { name: /山本 正治/u }).first().waitFor();
    await cm.close();
    await signIn(page, server.url, 'office.admin');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists who opened which client, with the chain verified', async () => {
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '閲覧記録' }).click();
    await page.getByRole('heading', { name: '閲覧記録', level: 1 }).waitFor();
    await expectText(page.locator('.chain-ok'), '件の記録が正しく連なっています');
    const table = page.locator('.access-log-table');
    await expectText(table, '佐藤 みのり');
    await expectText(table, '山本 正治');
    await expectText(table, 'ケースファイルの閲覧');
  });

  it('filters by action and offers the same rows as CSV', async () => {
    await page.getByRole('form', { name: '絞り込み' }).getByRole('combobox').selectOption('case_file.read');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expectText(page.locator('.access-log-table'), 'ケースファイルの閲覧');
    const href = await page.getByRole('link', { name: 'CSVで書き出す' }).getAttribute('href');
    if (href !== '/api/admin/access-log.csv?action=case_file.read') throw new Error(`CSV link is ${href}`);
    const csv = await page.evaluate<string>(`fetch(${JSON.stringify(href)}).then((r) => r.text())`);
    if (!csv.includes('ケースファイルの閲覧') || !csv.includes('山本 正治')) throw new Error(`CSV lacks the rows: ${csv.slice(0, 200)}`);
  });

  it('says so when an entry was changed behind its back', async () => {
    await (server.store as KyselyStore).db.updateTable('access_log').set({ detail: '改ざん' }).where('tenant_id', '=', 'demo-office').where('seq', '=', 1).execute();
    await page.reload();
    await expectText(page.locator('.chain-status[role="alert"]'), '閲覧記録の連なりが途切れています');
  });
});
