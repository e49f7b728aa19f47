import { ruleTitles } from '@kizuki/core';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** The rule whose weight the insurer changes: 抽象的な目標 (advice in the demo's 1.1.0) becomes a 基準. */
const rule = 'plan.goal-vague';

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>('({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })');
  expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

describe('an insurer publishes its policy, an office acknowledges it, and the insurer prints the evidence sheet (browser, real server on SQLite)', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let insurer: TestBrowser;
  let office: TestBrowser;
  let insurerPage: Page;
  let officePage: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    insurer = await launchBrowser();
    office = await launchBrowser();
    insurerPage = await insurer.context.newPage();
    officePage = await office.context.newPage();
    await insurerPage.setViewportSize({ width: 1024, height: 768 });
    await officePage.setViewportSize({ width: 1024, height: 768 });
    await signIn(insurerPage, server.url, 'insurer.hitachi');
    await signIn(officePage, server.url, 'cm.sato');
  }, 120_000);

  afterAll(async () => {
    await insurer?.close();
    await office?.close();
    await server?.close();
  });

  it('edits the draft 1.2.0: changes a rule’s weight, previews the changed 気づき and publishes it with a note', async () => {
    const page = insurerPage;
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '基本方針' }).click();
    await page.getByRole('heading', { name: '基本方針', level: 1 }).waitFor();
    await expectText(page.locator('tr[data-version="1.1.0"]'), '適用中');
    await expectNoSidewaysScroll(page, '/policy');
    await page.locator('tr[data-version="1.2.0"]').getByRole('link', { name: '編集' }).click();
    await page.getByRole('heading', { name: '基本方針の編集' }).waitFor();
    const severity = page.getByLabel(`重み（${ruleTitles[rule]}）`);
    await expect.poll(() => severity.locator('option:checked').textContent()).toBe('助言');
    await severity.selectOption({ label: '基準' });
    await page.getByRole('button', { name: '変更を確認（プレビュー）' }).click();
    const preview = page.locator('.policy-preview');
    await expectText(preview, `ルール「${ruleTitles[rule]}」（${rule}）: 重み 助言 → 基準`);
    await expectText(preview, `重みが変わる（助言 → 基準）: ${ruleTitles[rule]}`);
    await expectNoSidewaysScroll(page, 'policy editor');
    await preview.screenshot({ path: join(artifacts, 'policy-preview.png') });
    await page.getByLabel('変更の概要').fill('抽象的な目標を「基準」として扱います。家族の役割の記載は「問いかけ」にします。');
    await page.getByRole('button', { name: '版 1.2.0 として公開する' }).click();
    await page.getByRole('heading', { name: /基本方針 1\.2\.0（.*公開）/u }).waitFor();
    await expectText(page.locator('.policy-change-note'), '抽象的な目標を「基準」として扱います');
  });

  it('shows the office a notice, what changed since the version it read, and records its acknowledgement', async () => {
    const page = officePage;
    await page.goto(server.url);
    const notice = page.locator('.policy-notice');
    await expectText(notice, '基本方針 版 1.2.0 が公開されています');
    await notice.getByRole('link', { name: '変更点を読んで確認する' }).click();
    await page.getByRole('heading', { name: '前回確認した版 1.0.0 からの変更' }).waitFor();
    await expectText(page.locator('.policy-diff-lines'), `ルール「${ruleTitles[rule]}」（${rule}）: 重み 助言 → 基準`);
    await expectText(page.locator('.policy-diff-lines'), 'インフォーマルな支援の位置付けがない');
    await expectNoSidewaysScroll(page, 'office policy page');
    await page.getByRole('button', { name: '版 1.2.0 を確認しました' }).click();
    await expectText(page.locator('.policy-current'), 'この版は確認済みです');
    await expectText(page.locator('.policy-acks'), '版 1.2.0: 佐藤 みのり');
    await page.goto(server.url);
    await page.locator('.dashboard, .client-table').first().waitFor();
    expect(await page.locator('.policy-notice').count()).toBe(0);
  });

  it('shows the insurer the office as acknowledged', async () => {
    const page = insurerPage;
    await page.goto(`${server.url}/policy/acknowledgements`);
    const row = page.locator('tr[data-office="0879900001"]');
    await expectText(row, '確認済み');
    await expectText(row, '佐藤 みのり');
    await expectNoSidewaysScroll(page, '/policy/acknowledgements');
  });

  it('records a dissemination event with attendance and prints the fiscal year’s one-page evidence sheet', async () => {
    const page = insurerPage;
    await page.goto(`${server.url}/policy/activities`);
    await page.getByRole('heading', { name: /周知等の取組/u }).waitFor();
    await page.getByLabel('年度').selectOption({ label: '令和7年度' });
    await expectText(page.locator('[data-indicator="effect_verification"]'), '1件');
    const form = page.locator('.policy-activity-form');
    await form.getByLabel('指標').selectOption('dissemination');
    await form.getByLabel('実施日').fill('2026-02-05');
    await form.getByLabel('周知の場').selectOption({ label: '集団指導' });
    await form.getByLabel('会の名称').fill('令和7年度 居宅介護支援事業所 集団指導');
    await form.getByLabel('対象').fill('市内の居宅介護支援事業所');
    await form.getByLabel(/ひだまり居宅介護支援事業所/u).check();
    await form.getByLabel('介護支援専門員の人数').fill('4');
    await form.getByRole('button', { name: '記録する' }).click();
    await expectText(form.locator('[role="status"]'), 'ウの取組を記録しました');
    await expectText(page.locator('[data-indicator="dissemination"]'), '集団指導「令和7年度 居宅介護支援事業所 集団指導」');
    await expectNoSidewaysScroll(page, '/policy/activities');

    await page.getByRole('link', { name: '令和7年度の根拠資料（A4・印刷）' }).click();
    const sheet = page.locator('.evidence-sheet');
    await expectText(sheet, '令和7年度 ケアマネジメントに関する基本方針の周知等の取組');
    for (const indicator of ['discussion', 'publication', 'dissemination', 'effect_verification']) await expectText(sheet.locator(`[data-indicator="${indicator}"]`), '取組あり');
    await expectText(sheet.locator('[data-indicator="dissemination"]'), '出席 1事業所・介護支援専門員 4人');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(artifacts, 'policy-evidence-sheet.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(artifacts, 'policy-evidence-sheet.pdf'), preferCSSPageSize: true });
    // One A4 page.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });
});
