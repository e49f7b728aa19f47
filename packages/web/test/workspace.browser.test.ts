import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

// Browser steps wait on a real server and Chromium; under a loaded CI machine they need more than the default 30 s.
describe('the dashboard leads the care manager to what is due (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let demo: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, demo.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows the due items of the office after login', async () => {
    await expectText(page.locator('#dashboard-title'), '今日の確認事項');
    const monitoring = page.locator('section[aria-labelledby="due-monitoring"] .due-link');
    await expect.poll(() => monitoring.count()).toBeGreaterThan(0);
    const plans = page.locator('section[aria-labelledby="due-plans"]');
    await expectText(plans, '担当者会議の開催待ち');
    await expectText(page.locator('section[aria-labelledby="due-certification"]'), 'あと');
    await expect.poll(() => page.locator('section[aria-labelledby="due-findings"] .due-link').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'dashboard.png'), fullPage: true });
  });

  it('follows a monitoring item to the monitoring tab of that client, and back home', async () => {
    const first = page.locator('section[aria-labelledby="due-monitoring"] .due-link').first();
    const name = ((await first.locator('.due-name').textContent()) ?? '').trim();
    await first.click();
    await expect.poll(() => page.url()).toMatch(/\/clients\/[^/]+\/monitoring$/u);
    await expectText(page.locator('.client-heading h1'), name);
    await expectText(page.locator('.case-tab[aria-current="page"]'), 'モニタリング');
    await expectText(page.locator('.case-tab-panel h2').first(), 'モニタリング');

    await page.goBack();
    await expectText(page.locator('#dashboard-title'), '今日の確認事項');
    await page.goForward();
    await expectText(page.locator('.case-tab[aria-current="page"]'), 'モニタリング');
    await page.getByRole('link', { name: '気づき ホーム' }).click();
    await expectText(page.locator('#dashboard-title'), '今日の確認事項');
  });

  it('follows a plan waiting for its meeting to the plan tab', async () => {
    const item = page.locator('section[aria-labelledby="due-plans"] .due-link', { hasText: '担当者会議の開催待ち' }).first();
    await item.click();
    await expect.poll(() => page.url()).toMatch(/\/clients\/[^/]+\/care-plan$/u);
    await page.getByRole('link', { name: '気づき ホーム' }).click();
  });

  it('finds a client by フリガナ, in あいうえお order, and opens the case file', async () => {
    const rows = page.locator('.client-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const kana = await page.locator('.client-table tbody tr td:first-child').allTextContents();
    expect(kana).toEqual([...kana].sort((a, b) => a.localeCompare(b, 'ja')));
    await page.getByLabel('利用者を検索').fill('チバ');
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(rows.first(), '令和');
    await rows.first().getByRole('link').click();
    await expect.poll(() => page.url()).toMatch(/\/clients\/[^/]+\/basic$/u);
    await expectText(page.locator('.client-heading h1'), '千葉 義男');
    await expect.poll(() => page.locator('#field-name').inputValue()).toBe('千葉 義男');
    await expect.poll(() => page.locator('label[for="field-name"]').textContent()).toContain('氏名');
  });

  it('shows the certification history in 和暦', async () => {
    await page.getByRole('link', { name: '認定', exact: true }).click();
    await expectText(page.locator('.case-tab-panel h2').first(), '要介護認定の履歴');
    const rows = page.locator('.case-tab-panel .data-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await expectText(rows.first(), '令和');
    await expectText(page.locator('.case-tab-panel .data-table'), '現在');
  });

  it('opens a deep link directly and answers an unknown path in Japanese', async () => {
    await page.goto(`${demo.url}/clients/no-such-client/support-log`);
    await expectText(page.getByRole('alert'), '利用者が見つかりません');
    await page.goto(`${demo.url}/somewhere/else`);
    await expectText(page.locator('main'), 'このページは見つかりません');
  });
});
