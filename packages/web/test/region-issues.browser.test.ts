import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** The 地域課題 register in the demo: a care manager's unmet need counted by the insurer; the 協議体 resolving an issue with a new resource. */
describe('地域課題 register and the 協議体 (browser, real server on SQLite)', { timeout: 180_000 }, () => {
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

  async function switchTo(login: string) {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByLabel('ログイン名').waitFor();
    await signIn(page, server.url, login);
  }

  it('the insurer sees the care manager’s unmet need counted in the register', async () => {
    await signIn(page, server.url, 'cm.sato');
    await page.getByLabel('利用者を検索').fill('ヤマモト');
    await page.getByRole('link', { name: '山本 正治', exact: true }).click();
    await page.getByRole('link', { name: '居宅サービス計画', exact: true }).click();
    await page.getByRole('tab', { name: '第2表' }).click();
    await page.getByRole('button', { name: '地域の資源から探す' }).first().click();
    const panel = page.locator('.resource-suggestions');
    await panel.getByLabel('探している支援（任意・言葉を足して絞り込み）').fill('将棋の相手');
    await panel.getByRole('button', { name: '合うものがない：不足している資源として記録' }).click();
    await panel.locator('.unmet-form').getByRole('button', { name: '記録する' }).click();
    await expectText(panel.locator('.unmet-saved'), '将棋の相手');

    await switchTo('insurer.hitachi');
    await page.goto(`${server.url}/region/issues`);
    const unlinked = page.locator('.issue-feed-section', { hasText: '地域課題に結び付いていない' });
    await unlinked.getByLabel(/将棋の相手/u).check();
    const feed = unlinked.locator('.issue-feed');
    await expect.poll(() => feed.getByLabel('日常生活圏域').inputValue()).toBe('北部圏域');
    await feed.getByLabel('地域課題の内容').fill('ひばり町で将棋や囲碁を一緒に楽しむ場がない');
    await feed.getByLabel('分類（地域ケア会議の機能）').selectOption({ label: '地域課題の把握' });
    await feed.getByRole('button', { name: '地域課題として登録' }).click();
    await expectText(page.locator('.notice'), '地域課題として登録しました');
    const row = page.locator('.issue-row', { hasText: 'ひばり町で将棋や囲碁' });
    await expectText(row, '把握');
    await expect.poll(() => row.getByTestId('issue-unmet-count').textContent()).toBe('1');
    // The demo's resolved issue carries its evidence: three unmet needs over the quarters and a 地域ケア個別会議.
    const demoRow = page.locator('.issue-row', { hasText: '買い物や通いの場へ一緒に出かける' });
    await expect.poll(() => demoRow.getByTestId('issue-unmet-count').textContent()).toBe('3');
    await expectText(demoRow, '地域ケア会議 1件');
    expect(await page.locator('.issue-register').textContent()).not.toMatch(/山本|正治|8900000202/u);
    await page.screenshot({ path: join(artifacts, 'region-issues-register.png'), fullPage: true });

    // Filters: status and area.
    await page.getByLabel('状態', { exact: true }).selectOption({ label: '解決' });
    await expect.poll(() => page.locator('.issue-row').count()).toBe(1);
    await page.getByLabel('状態', { exact: true }).selectOption({ label: 'すべて' });
    await page.locator('.issue-filters').getByLabel('日常生活圏域').selectOption('中央圏域');
    await expect.poll(() => page.locator('.issue-row').count()).toBe(1);
  });

  it('the 協議体 discusses an issue and resolves it with a new directory entry', async () => {
    await switchTo('center.staff');
    await page.goto(`${server.url}/region/issues`);
    await page.getByRole('link', { name: 'みさき町に歩いて行ける通いの場や買い物の手段が少ない' }).click();
    await expectText(page.getByTestId('issue-status'), '把握');
    await expectText(page.getByTestId('issue-detail-unmet'), '2');

    const discussion = page.locator('.issue-discussion-form');
    await discussion.getByLabel('出席者（所属・役割を、で区切る）').fill('生活支援コーディネーター、民生委員（南部圏域）、みさき町自治会');
    await discussion.getByLabel('協議の内容').fill('みさき町から歩いて通える集まりの場と、買い物の手段がない。');
    await discussion.getByLabel('決まったこと').fill('自治会館で体操と買い物送迎の試行をする');
    await discussion.getByRole('button', { name: '協議を記録' }).click();
    await expectText(page.getByTestId('issue-status'), '協議体で検討');
    await expectText(page.locator('.issue-discussions'), '自治会館で体操と買い物送迎の試行をする');

    // 解決 right away is not offered; 資源開発中 is.
    const change = page.locator('.issue-status-change');
    expect(await change.getByLabel('施策化', { exact: true }).count()).toBe(1);
    await change.getByLabel('資源開発中', { exact: true }).check();
    await change.getByRole('button', { name: '状態を変える' }).click();
    await expectText(page.getByTestId('issue-status'), '資源開発中');

    await page.getByRole('link', { name: '新しい社会資源を登録' }).click();
    const form = page.locator('.resource-form');
    await expect.poll(() => form.getByLabel('日常生活圏域').inputValue()).toBe('南部圏域');
    await expect.poll(() => form.getByLabel('地区（町名）').inputValue()).toBe('みさき町');
    await expect.poll(() => form.getByLabel('内容（、で区切る）').inputValue()).toContain('買い物');
    await form.getByLabel('名称', { exact: true }).fill('みさき町自治会館 いきいき体操と買い物便');
    await form.getByLabel('曜日（例: 火・金）').fill('金');
    await form.getByRole('button', { name: '保存' }).click();

    await expectText(page.getByTestId('issue-resources'), 'みさき町自治会館 いきいき体操と買い物便');
    await change.getByLabel('解決', { exact: true }).check();
    await expect.poll(() => change.getByLabel('みさき町自治会館 いきいき体操と買い物便').isChecked()).toBe(true);
    await change.getByRole('button', { name: '状態を変える' }).click();
    await expectText(page.getByTestId('issue-status'), '解決');
    expect(await page.getByTestId('issue-resources').textContent()).not.toContain('まだ結び付けていません');
    await expectText(page.locator('.issue-history'), '資源開発中');
    await page.screenshot({ path: join(artifacts, 'region-issue-resolved.png'), fullPage: true });

    // The directory has the entry for every office of the area, and the 協議体's agenda lists the resolved issue with it.
    await switchTo('cm.sato');
    await page.goto(`${server.url}/region`);
    await expectText(page.locator('.resource-list'), 'みさき町自治会館 いきいき体操と買い物便');
    await switchTo('insurer.hitachi');
    await page.goto(`${server.url}/region/reports`);
    await expect.poll(() => page.locator('[data-testid="chart-bar"]').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: '協議体の資料（地域課題と根拠）' }).click();
    await page.locator('.agenda-statuses').getByLabel('解決', { exact: true }).check();
    const item = page.locator('.agenda-item', { hasText: 'みさき町に歩いて行ける通いの場' });
    await expectText(item, 'みさき町自治会館 いきいき体操と買い物便');
    await expectText(item, '地域課題の把握');
    await page.screenshot({ path: join(artifacts, 'region-council-agenda.png'), fullPage: true });
    expect(await page.locator('.council-agenda').textContent()).not.toMatch(/工藤|森田|大塚|山本|8900000202/u);
  });
});
