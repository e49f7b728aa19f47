import { demoPassword } from '@kizuki/server';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, startDemoServer, type DemoServer } from './support/workspace.js';

describe('a care manager signs in (browser, real server on SQLite)', () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is told in Japanese when the password is wrong', async () => {
    await page.goto(server.url);
    await page.getByLabel('ログイン名').fill('cm.sato');
    await page.getByLabel('パスワード').fill('not-the-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('ログイン名またはパスワードが正しくありません');
  });

  it('logs in, sees the clients of the office and finds one by フリガナ', async () => {
    await page.getByLabel('パスワード').fill(demoPassword);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect.poll(() => page.locator('header').textContent()).toContain('佐藤 みのり');
    const rows = page.locator('.client-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(artifacts, 'home.png'), fullPage: true });

    const firstKana = ((await rows.first().locator('td').first().textContent()) ?? '').trim();
    expect(firstKana).not.toBe('');
    await page.getByLabel('利用者を検索').fill(firstKana);
    await expect.poll(() => rows.count()).toBe(1);
  });

  it('logs out and is back at the login form', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expect.poll(() => page.getByLabel('ログイン名').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('ログイン名').isVisible()).toBe(true);
  });
});
