import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { expectText, nextTotpCode, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** Sets up 二要素認証 on the アカウント page; answers the secret the page showed. */
async function enrollOnAccountPage(page: Page, displayName: string, login: string): Promise<string> {
  await page.getByRole('link', { name: `${displayName}（アカウント）` }).click();
  await page.getByRole('heading', { name: '二要素認証', level: 2 }).waitFor();
  await page.getByRole('button', { name: '二要素認証を設定する' }).click();
  const secret = ((await page.getByLabel('秘密鍵').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await page.getByRole('link', { name: '認証アプリに登録する（otpauth リンク）' }).getAttribute('href')).toContain(`secret=${secret}`);
  await page.getByLabel('認証アプリに表示された確認コード（6桁）').fill('000000');
  await page.getByRole('button', { name: '確認して有効にする' }).click();
  await expectText(page.locator('[role="alert"]'), '確認コードが正しくありません');
  await page.getByLabel('認証アプリに表示された確認コード（6桁）').fill(await nextTotpCode(login, secret));
  await page.getByRole('button', { name: '確認して有効にする' }).click();
  await expect.poll(() => page.getByRole('region', { name: '回復コード' }).locator('li').count(), { timeout: 15_000 }).toBe(10);
  await page.getByRole('button', { name: '保管しました' }).click();
  await expectText(page.locator('[role="status"]'), '状態: 有効（回復コード 残り10個）');
  return secret;
}

describe('二要素認証 in the browser (real server on SQLite)', { timeout: 180_000 }, () => {
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

  it('a care manager sets it up on the account page, signs out, and signs in with a code', async () => {
    await signIn(page, server.url, 'cm.sato');
    const secret = await enrollOnAccountPage(page, '佐藤 みのり', 'cm.sato');
    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await page.getByLabel('ログイン名').waitFor();
    await page.getByLabel('ログイン名').fill('cm.sato');
    await page.getByLabel('パスワード', { exact: true }).fill('kizuki-demo-2025');
    await page.getByRole('button', { name: 'ログイン' }).click();
    const code = page.getByLabel('確認コード', { exact: true });
    await code.waitFor();
    // No workspace before the code.
    expect(await page.getByRole('button', { name: 'ログアウト', exact: true }).count()).toBe(0);
    await code.fill('12345');
    await page.getByRole('button', { name: '確認してログイン' }).click();
    await expectText(page.locator('[role="alert"]'), '確認コードが正しくありません');
    await code.fill(await nextTotpCode('cm.sato', secret));
    await page.getByRole('button', { name: '確認してログイン' }).click();
    await page.getByRole('button', { name: 'ログアウト', exact: true }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await page.getByLabel('ログイン名').waitFor();
  });

  it('the office admin requires it for the office, and a care manager without it must set it up before anything else', async () => {
    await signIn(page, server.url, 'office.admin');
    await enrollOnAccountPage(page, '鈴木 由美', 'office.admin');
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '閲覧記録' }).click();
    const settings = page.getByRole('form', { name: 'セキュリティ設定' });
    await settings.getByLabel('閲覧記録の保存期間（か月）').fill('24');
    await settings.getByRole('button', { name: '設定を保存する' }).click();
    await expectText(settings.locator('[role="alert"]'), '5年');
    await settings.getByLabel('閲覧記録の保存期間（か月）').fill('72');
    await settings.getByLabel('二要素認証を必須にする').check();
    await settings.getByRole('button', { name: '設定を保存する' }).click();
    await expectText(settings.locator('[role="status"]'), 'セキュリティ設定を保存しました');
    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await page.getByLabel('ログイン名').waitFor();

    await page.getByLabel('ログイン名').fill('cm.tanaka');
    await page.getByLabel('パスワード', { exact: true }).fill('kizuki-demo-2025');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expectText(page.locator('.login-card'), 'この利用者は二要素認証が必須です');
    // Nothing else is reachable: the API still has no session.
    expect((await page.request.get(`${server.url}/api/clients`)).status()).toBe(401);
    const secret = ((await page.getByLabel('秘密鍵').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('認証アプリに表示された確認コード（6桁）').fill(await nextTotpCode('cm.tanaka', secret));
    await page.getByRole('button', { name: '設定してログイン' }).click();
    await expect.poll(() => page.getByRole('region', { name: '回復コード' }).locator('li').count(), { timeout: 15_000 }).toBe(10);
    await page.getByRole('button', { name: '保管しました。始める' }).click();
    await page.getByRole('button', { name: 'ログアウト', exact: true }).waitFor({ timeout: 15_000 });
    const settingsNow = await server.store.getSecuritySettings('demo-office');
    expect(settingsNow).toEqual({ requireTwoFactor: true, accessLogRetentionMonths: 72 });
    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await page.getByLabel('ログイン名').waitFor();
  });

  it('the demo insurer signs in with the code of the secret printed by npm start', async () => {
    await signIn(page, server.url, 'insurer.hitachi');
    expect(await page.getByRole('link', { name: '伊藤 誠（アカウント）' }).count()).toBe(1);
  });
});
