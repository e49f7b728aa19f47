import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

describe('a care manager changes the password and signs out of every device (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let tablet: TestBrowser;
  let desk: TestBrowser;
  let page: Page;
  let deskPage: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    tablet = await launchBrowser();
    desk = await launchBrowser();
    page = await tablet.context.newPage();
    deskPage = await desk.context.newPage();
    await signIn(page, server.url, 'cm.tanaka');
    await signIn(deskPage, server.url, 'cm.tanaka');
  }, 120_000);

  afterAll(async () => {
    await tablet?.close();
    await desk?.close();
    await server?.close();
  });

  it('refuses a wrong current password and a short new one, then changes it', async () => {
    await page.getByRole('link', { name: '田中 健太（アカウント）' }).click();
    await page.getByRole('heading', { name: 'アカウント', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'パスワードの変更' });
    await form.getByLabel('現在のパスワード').fill('wrong-password-000');
    await form.getByLabel('新しいパスワード（10文字以上）').fill('tanaka-new-password');
    await form.getByLabel('新しいパスワード（確認）').fill('tanaka-new-password');
    await form.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expectText(page.locator('[role="alert"]'), '現在のパスワードが正しくありません');

    await form.getByLabel('現在のパスワード').fill('kizuki-demo-2025');
    await form.getByLabel('新しいパスワード（10文字以上）').fill('short');
    await form.getByLabel('新しいパスワード（確認）').fill('short');
    await form.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expectText(page.locator('[role="alert"]'), '10文字以上');

    await form.getByLabel('新しいパスワード（10文字以上）').fill('tanaka-new-password');
    await form.getByLabel('新しいパスワード（確認）').fill('tanaka-new-password');
    await form.getByRole('button', { name: 'パスワードを変更する' }).click();
    await expectText(page.locator('[role="status"]'), 'パスワードを変更しました');
  });

  it('signed the other device out, and signs out everywhere on request', async () => {
    await deskPage.reload();
    await deskPage.getByLabel('ログイン名').waitFor();
    await page.getByRole('button', { name: 'すべての端末からログアウトする' }).click();
    // The sign-in form (the account page also has password fields until the answer arrives).
    await page.getByLabel('ログイン名').waitFor();
    await page.getByLabel('ログイン名').fill('cm.tanaka');
    await page.getByLabel('パスワード').fill('tanaka-new-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('button', { name: 'ログアウト', exact: true }).waitFor({ timeout: 15_000 });
  });
});
