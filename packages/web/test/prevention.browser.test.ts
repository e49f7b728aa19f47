import { formatWareki, tokyoDateOf } from '@kizuki/core';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** 森田 千代子 (fictional): a 類型A client of the demo 地域包括支援センター, not yet delegated. */
const clientId = 'demo-client-16';
const clientName = '森田 千代子';
const officeName = 'ひだまり居宅介護支援事業所（デモ）';

describe('a 地域包括支援センター delegates a client, the office writes the plan and the center confirms it (browser, real server on SQLite)', { timeout: 180_000 }, () => {
  let server: DemoServer;
  let center: TestBrowser;
  let office: TestBrowser;
  let centerPage: Page;
  let officePage: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    center = await launchBrowser();
    office = await launchBrowser();
    centerPage = await center.context.newPage();
    officePage = await office.context.newPage();
    await signIn(centerPage, server.url, 'center.staff');
    await signIn(officePage, server.url, 'cm.sato');
  }, 120_000);

  afterAll(async () => {
    await center?.close();
    await office?.close();
    await server?.close();
  });

  const officeRow = (page: Page) => page.getByRole('table', { name: '委託先ごとの件数' }).getByRole('row', { name: new RegExp(officeName, 'u') });

  it('the center sees the 類型 explained beside the choice and delegates the client to the office', async () => {
    await centerPage.goto(`${server.url}/clients/${clientId}/prevention`);
    const guide = centerPage.getByRole('complementary', { name: 'ケアマネジメントの類型の説明' });
    await expectText(guide, 'サービス担当者会議を経て決定します');
    await expectText(guide.locator('[aria-current="true"]'), 'ケアマネジメントＡ');
    const panel = centerPage.getByRole('region', { name: '介護予防支援の委託' });
    await expectText(panel, 'この利用者は委託していません');
    await panel.getByLabel('委託先の居宅介護支援事業所').selectOption({ label: officeName });
    await panel.getByRole('button', { name: '委託する' }).click();
    await expectText(panel.getByRole('status'), '委託しました');
    await expectText(panel, `${officeName}に委託中`);
  });

  it('the office care manager finds the client and writes the plan', async () => {
    // The delegation reaches the office as a grant: 共有された書類 opens its plan.
    await officePage.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '共有された書類' }).click();
    await officePage.getByRole('heading', { name: '共有された書類', level: 1 }).waitFor();
    await officePage.getByRole('link', { name: `委託された計画を開く（${clientName}）` }).click();
    await officePage.getByRole('heading', { name: '委託された介護予防サービス・支援計画書' }).waitFor();
    await expectText(officePage.locator('.delegation-facts'), '第1版・確認待ち');
    await officePage.getByLabel('委託先の介護支援専門員').fill('佐藤 みのり');
    await officePage.getByLabel('モニタリングの時期').fill('サービス開始の翌月から3か月ごとに自宅を訪問');
    await officePage.getByLabel('目標とする生活（1日）').fill('朝は百歳体操に通い、午後は友人とお茶を飲む');
    await officePage.getByRole('button', { name: '計画を保存する' }).click();
    await expectText(officePage.getByRole('status'), '第2版を保存しました');
    await expectText(officePage.locator('.delegation-facts'), '第2版・確認待ち');
    // The 確認欄 is the center's: shown, not editable.
    await expectText(officePage.getByRole('region', { name: '地域包括支援センター確認欄' }), '委託先では変更できません');
    expect(await officePage.locator('#confirm-on, #confirm-by').count()).toBe(0);
    // The office records the monitoring, which the center keeps.
    const monitoring = officePage.getByRole('form', { name: 'モニタリングを記録' });
    await monitoring.getByLabel('心身の状態・生活の変化').fill('百歳体操に毎週参加している');
    await monitoring.getByRole('button', { name: 'モニタリングを記録する' }).click();
    await expectText(officePage.getByRole('status'), 'のモニタリングを記録しました');
    await expectText(officePage.getByRole('region', { name: 'モニタリング' }), '百歳体操に毎週参加している');
  });

  it('the center counts it as awaiting 確認, records the 確認 on the plan, and 委託状況 counts it confirmed', async () => {
    await centerPage.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '委託状況' }).click();
    await centerPage.getByRole('heading', { name: '委託状況', level: 1 }).waitFor();
    // The demo already delegates two clients (one confirmed); this one makes three, two awaiting.
    await expectText(officeRow(centerPage), '3件2件1件');
    await expectText(centerPage.getByRole('table', { name: '委託している利用者' }).getByRole('row', { name: new RegExp(clientName, 'u') }), formatWareki(tokyoDateOf(new Date())));
    await centerPage.getByRole('link', { name: clientName }).click();
    const confirmation = centerPage.getByRole('region', { name: '地域包括支援センター確認欄（委託）' });
    await confirmation.getByLabel('地域包括支援センターの意見').fill('目標が本人の言葉で書かれています。計画のとおり進めてください。');
    await confirmation.getByRole('button', { name: '第2版を確認して記録する' }).click();
    await expectText(confirmation.getByRole('status'), '確認を記録しました');
    await expectText(centerPage.getByRole('region', { name: '地域包括支援センター確認欄（委託）' }), '確認済み');
    await centerPage.goto(`${server.url}/prevention`);
    await expectText(officeRow(centerPage), '3件1件2件');
    await centerPage.screenshot({ path: join(artifacts, 'prevention-delegations.png'), fullPage: true });

    await officePage.goto(`${server.url}/prevention`);
    await officePage.getByRole('link', { name: clientName }).click();
    await expectText(officePage.getByRole('region', { name: '地域包括支援センター確認欄' }), '目標が本人の言葉で書かれています');
    await expectText(officePage.locator('.delegation-facts'), '第3版・確認済み');
  });

  it('prints the 介護予防手帳 from the prevention plan', async () => {
    await centerPage.goto(`${server.url}/clients/${clientId}/prevention`);
    await centerPage.getByRole('link', { name: '介護予防手帳を印刷' }).click();
    const sheet = centerPage.getByRole('article', { name: '介護予防手帳' });
    await expectText(sheet, `${clientName} 様`);
    await expectText(sheet, '朝は百歳体操に通い、午後は友人とお茶を飲む');
    await expectText(sheet, '休まずに20分歩けるようになり、秋に友人と日帰り温泉に行く');
    await expectText(sheet, 'ケアマネジメントＡ');
    await expectText(sheet, 'サービス開始の翌月から3か月ごとに自宅を訪問');
    await expectText(sheet, '令和');
    await expectText(sheet.locator('.handbook-contact'), officeName);
    await centerPage.screenshot({ path: join(artifacts, 'prevention-handbook.png'), fullPage: true });
    await centerPage.emulateMedia({ media: 'print' });
    expect(await centerPage.locator('.handbook-toolbar').isVisible()).toBe(false);
    expect(await centerPage.getByRole('button', { name: 'ログアウト' }).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    const pdf = await centerPage.pdf({ format: 'A4', path: join(artifacts, 'prevention-handbook.pdf') });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await centerPage.emulateMedia({ media: 'screen' });
  });
});
