import { encodeMs932, toMs932Text } from '@kizuki/core';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** The region loop in the demo: the directory in the plan editor, an unmet need, the insurer's count. */
describe('地域: 社会資源 from the plan editor and unmet needs (browser, real server on SQLite)', { timeout: 180_000 }, () => {
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

  it('a care manager finds a 通いの場 near the client from the plan editor and adds it as a 援助内容', async () => {
    await signIn(page, server.url, 'cm.sato');
    await page.getByLabel('利用者を検索').fill('ヤマモト');
    await page.getByRole('link', { name: '山本 正治', exact: true }).click();
    await page.getByRole('link', { name: '居宅サービス計画', exact: true }).click();
    await page.getByRole('tab', { name: '第2表' }).click();
    await page.getByRole('button', { name: '地域の資源から探す' }).first().click();
    const panel = page.locator('.resource-suggestions');
    // The client's address is in ひばり町: the panel says so without showing the address.
    await expectText(panel.locator('p.muted').first(), 'ひばり町・北部圏域');
    await panel.getByLabel('探している支援（任意・言葉を足して絞り込み）').fill('体操');
    const first = panel.locator('.resource-suggestion', { hasText: 'ひばり町いきいき百歳体操' });
    await expectText(first, '通いの場');
    await expectText(first, '同じ地区（ひばり町）');
    await expectText(first, '「体操」が課題・目標にあります');
    await page.screenshot({ path: join(artifacts, 'region-suggestions.png'), fullPage: true });
    await first.getByRole('button', { name: 'この資源を援助内容に追加' }).click();
    await expect.poll(() => page.locator('.resource-suggestions').count()).toBe(0);
    const provider = page.locator('.service-lines').first().locator('input[id$="-providerName"]').last();
    await expect.poll(() => provider.inputValue()).toBe('ひばり町いきいき百歳体操');
    await expect.poll(() => page.locator('.service-lines').first().locator('input[id$="-frequency"]').last().inputValue()).toBe('週2回（火・金）');
    await expect.poll(() => page.locator('.save-state').first().textContent(), { timeout: 15_000 }).toContain('保存しました');
  });

  it('finds nothing for a need the area lacks and records it as an unmet need, de-identified, in one step', async () => {
    await page.getByRole('button', { name: '地域の資源から探す' }).first().click();
    const panel = page.locator('.resource-suggestions');
    await panel.getByLabel('探している支援（任意・言葉を足して絞り込み）').fill('囲碁の相手');
    // Whatever the panel suggests, nothing in the area is a 囲碁 partner: the care manager records that.
    await panel.getByRole('button', { name: '合うものがない：不足している資源として記録' }).click();
    const form = panel.locator('.unmet-form');
    await expect.poll(() => form.getByLabel('必要だった支援').inputValue()).toBe('囲碁の相手');
    await expect.poll(() => form.getByLabel('日常生活圏域').inputValue()).toBe('北部圏域');
    await expectText(form, '要介護');
    await form.getByLabel('必要な曜日').fill('土');
    await form.getByRole('button', { name: '記録する' }).click();
    await expectText(panel.locator('.unmet-saved'), '記録しました: 北部圏域・ひばり町「囲碁の相手」（土）');
    expect(await panel.textContent()).not.toContain('山本');
  });

  it('the insurer sees the unmet need counted by area and listed without the person', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, server.url, 'insurer.hitachi');
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '地域' }).click();
    await expectText(page.locator('.resource-list'), 'ひばり町いきいき百歳体操');
    // An entry not confirmed for more than a year says so to the people who keep the directory.
    await expectText(page.locator('.resource-card', { hasText: '民生委員（ひばり町・みどり町）' }), '要確認（1年以上前）');
    await page.getByRole('link', { name: '不足している資源' }).click();
    // 3 + 3 demo needs (seed-demo-region.ts, seed-demo-region-issue.ts) and the one just recorded.
    await expectText(page.getByTestId('unmet-total'), '7');
    const row = page.locator('.unmet-row', { hasText: '囲碁の相手' });
    await expectText(row, '北部圏域・ひばり町');
    expect(await page.locator('.unmet-page').textContent()).not.toMatch(/山本|正治|8900000202/u);
    await page.getByRole('link', { name: '地図（圏域別）' }).click();
    await expect.poll(() => page.locator('.region-area[aria-label="北部圏域"] [data-unmet-count]').getAttribute('data-unmet-count')).toBe('4');
    await expect.poll(() => page.locator('.region-area[aria-label="南部圏域"] [data-unmet-count]').getAttribute('data-unmet-count')).toBe('2');
    await page.screenshot({ path: join(artifacts, 'region-map-insurer.png'), fullPage: true });
  });

  it('the 包括 imports a municipal list in Shift_JIS; a file with a bad row imports nothing and names the row', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, server.url, 'center.staff');
    await page.goto(`${server.url}/region`);
    await page.getByText('CSVから取り込む').click();
    const input = page.getByLabel('CSVファイル');
    const bad = '名称,種別,日常生活圏域,地区,情報の管理者\r\nいなほ町サロン,喫茶店,中央圏域,いなほ町,包括\r\n';
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await expectText(page.locator('.region-import .form-error'), '2行目「種別」');
    const good = '名称,種別,日常生活圏域,地区,曜日,時間,情報の管理者\r\nいなほ町囲碁クラブ,老人クラブ,中央圏域,いなほ町,土,１３：００〜１５：００,包括\r\n';
    await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeMs932(toMs932Text(good).text)) });
    await expectText(page.locator('.region-import .notice'), '1件を取り込みました（Shift_JIS）');
    await expectText(page.locator('.resource-list'), 'いなほ町囲碁クラブ');
  });
});
