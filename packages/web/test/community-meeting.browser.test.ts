import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** 地域ケア会議 in the demo: a care manager presents a case, the 包括 records advice, the advice reaches the case file. */
describe('地域ケア会議: presentation, advice and the case file (browser, real server on SQLite)', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a care manager presents a case from the case file, pseudonymized', async () => {
    await signIn(page, server.url, 'cm.sato');
    await page.getByLabel('利用者を検索').fill('ナカジマ');
    await page.getByRole('link', { name: '中島 フミ', exact: true }).click();
    const menu = page.getByRole('navigation', { name: '地域ケア会議' });
    await menu.locator('summary').click();
    await menu.getByRole('button', { name: '地域ケア会議に提出' }).click();
    const form = page.getByRole('form', { name: '地域ケア会議に提出' });
    await expect.poll(() => form.getByLabel('会議を開く組織').locator('option').allTextContents()).toContain('みなと地域包括支援センター（デモ）');
    await form.getByLabel('会議を開く組織').selectOption({ label: 'みなと地域包括支援センター（デモ）' });
    await form.getByLabel('日常生活圏域').fill('中央圏域');
    await form.getByLabel('検討したいこと').fill('一人での入浴が不安になってきた。自宅での入浴を続ける工夫について助言がほしい。');
    expect(await form.getByLabel('実名を表示').isChecked()).toBe(false);
    await form.getByRole('button', { name: '提出する' }).click();
    await expectText(page.locator('.meeting-case-panel [role="status"]'), 'みなと地域包括支援センター（デモ）に事例（N.F.さん）を提出しました');
    await menu.locator('summary').click();
    await expectText(menu.getByRole('region', { name: '地域ケア会議の助言' }), '提出1件');
  });

  it('the 包括 prints the sheet without the name, records advice at a 地域ケア個別会議 and finalizes it', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, server.url, 'center.staff');
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '地域' }).click();
    await page.getByRole('navigation', { name: '地域のページ' }).getByRole('link', { name: '地域ケア会議' }).click();
    const received = page.getByRole('table', { name: '提出された事例' });
    await expectText(received, 'N.F.さん');
    // The demo's finished meeting is listed too.
    await expectText(page.getByRole('table', { name: '会議の記録' }), '北部圏域 第2回');

    await received.getByRole('link', { name: 'N.F.さん' }).click();
    const sheet = page.getByRole('article', { name: '事例提出シート' });
    await expectText(sheet, '検討したいこと');
    await expectText(sheet, '一人での入浴が不安');
    const text = (await sheet.textContent()) ?? '';
    expect(text).not.toMatch(/中島|フミ|ナカジマ|2000000303|1937/u);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(artifacts, 'community-meeting-sheet.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: '地域ケア会議に戻る' }).click();

    const create = page.getByRole('form', { name: '会議の記録を作る' });
    await create.getByLabel('会議名（任意）').fill('中央圏域 第1回');
    await create.getByRole('button', { name: '記録を作る' }).click();
    const editor = page.getByRole('form', { name: '地域ケア会議の記録' });
    await editor.getByLabel('提出された事例').selectOption({ index: 1 });
    await editor.getByRole('button', { name: '事例を加える' }).click();
    const theCase = editor.getByRole('group', { name: '事例 N.F.さん' });
    await theCase.getByLabel('個別課題').fill('浴槽のまたぎ動作に不安がある');
    await theCase.getByRole('button', { name: '助言を加える' }).click();
    await theCase.getByLabel('助言者の職種').selectOption({ label: '作業療法士' });
    await theCase.getByLabel('助言の内容').fill('浴槽の縁に手すりを付け、シャワーチェアで座って洗う手順を練習する');
    await theCase.getByRole('button', { name: '取り組みを加える' }).click();
    await theCase.getByLabel('取り組むこと').fill('住宅改修（手すり）の見積もりを依頼する');
    await theCase.getByLabel('担当').fill('担当介護支援専門員');
    await theCase.getByLabel('ケアプラン見直しの提案').fill('短期目標に「手すりを使って一人で浴槽をまたげる」を加える');
    await editor.getByRole('button', { name: '地域課題の候補を加える' }).click();
    await editor.getByLabel('地域課題の候補').fill('入浴の不安を相談できる場が中央圏域にない');
    await editor.getByLabel('日常生活圏域', { exact: true }).fill('中央圏域');
    await editor.getByRole('button', { name: '保存' }).click();
    await expectText(page.locator('.notice'), '記録を保存しました');
    await page.getByRole('form', { name: '地域ケア会議の記録' }).getByRole('button', { name: '確定して助言を届ける' }).click();
    await expectText(page.locator('.notice'), '1件の事例の助言を提出した事業所の支援経過に届けました');
    await expectText(page.getByRole('form', { name: '地域ケア会議の記録' }), '確定');
    await page.screenshot({ path: join(artifacts, 'community-meeting-record.png'), fullPage: true });
  });

  it('the care manager sees the advice in the case file’s 支援経過 and the plan suggestion', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, server.url, 'cm.sato');
    await page.getByLabel('利用者を検索').fill('ナカジマ');
    await page.getByRole('link', { name: '中島 フミ', exact: true }).click();
    await page.getByRole('link', { name: '支援経過', exact: true }).click();
    const entry = page.locator('.timeline-entry', { hasText: '地域ケア個別会議の助言' });
    await expectText(entry, '作業療法士: 浴槽の縁に手すりを付け');
    await expectText(entry, 'みなと地域包括支援センター（デモ）');
    const menu = page.getByRole('navigation', { name: '地域ケア会議' });
    await expect.poll(() => menu.locator('.meeting-badge').getAttribute('aria-label')).toBe('助言1件');
    await menu.locator('summary').click();
    await expectText(menu.getByRole('region', { name: '地域ケア会議の助言' }), 'ケアプラン見直しの提案: 短期目標に「手すりを使って一人で浴槽をまたげる」を加える');
    await page.screenshot({ path: join(artifacts, 'community-meeting-support-log.png'), fullPage: true });
  });
});
