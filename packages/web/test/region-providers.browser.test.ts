import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePath } from '../src/routing/routes.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, clientIdByName, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/**
 * 計画に記載された介護保険サービス事業所（未登録）: the 包括 registers a provider its plans name with
 * one click, and the case file heading keeps its actions together beside a long name.
 */
describe('地域: providers named in plans, registered from the directory page (browser, real server on SQLite)', { timeout: 180_000 }, () => {
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

  it('a 包括 staff member registers a provider from the plans; it leaves the list and is in the directory', async () => {
    await signIn(page, server.url, 'center.staff');
    await page.goto(`${server.url}${routePath({ name: 'region', path: [] })}`);
    const panel = page.locator('.provider-candidates');
    await expectText(panel.locator('h2'), '計画に記載された介護保険サービス事業所（未登録）');
    const row = panel.locator('tr[data-office-number="0879920006"]');
    await expectText(row, 'いきいき元気教室（通所型サービス）');
    await expectText(row, '通所型サービス（独自）');
    await expectText(row, '計画2件');
    // Counts only: none of the 包括's clients is named.
    const clients = await server.store.listClients('demo-center');
    expect(clients.length).toBeGreaterThan(0);
    const text = (await panel.textContent()) ?? '';
    for (const client of clients) {
      expect(text).not.toContain(client.name);
      expect(text).not.toContain(client.insuredNumber);
    }
    await page.screenshot({ path: join(artifacts, 'region-provider-candidates.png'), fullPage: true });

    await row.getByRole('button', { name: 'いきいき元気教室（通所型サービス）を登録' }).click();
    await expectText(panel.locator('.notice'), '「いきいき元気教室（通所型サービス）」（0879920006）を社会資源に登録しました。');
    await expect.poll(() => row.count()).toBe(0);
    const card = page.locator('.resource-card', { hasText: 'いきいき元気教室（通所型サービス）' });
    await expectText(card, '介護保険サービス事業所');
    await expectText(card, '圏域未確認');
    await expectText(card, '通所型サービス');
    await expectText(card, '要確認');

    // The entry is the keeper's to complete: its edit page opens with what was filled in.
    await panel.getByRole('link', { name: '登録した内容を編集する' }).click();
    await expect.poll(() => page.getByLabel('名称', { exact: true }).inputValue()).toBe('いきいき元気教室（通所型サービス）');
    await expect.poll(() => page.getByLabel('事業所番号（介護保険の事業所）', { exact: true }).inputValue()).toBe('0879920006');
  });

  it('the case file heading keeps its actions on one row beside a long name on a tablet', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await signIn(page, server.url, 'cm.sato');
    const clientId = await clientIdByName(server.store, '山本 正治');
    for (const width of [1024, 768]) {
      await page.setViewportSize({ width, height: 768 });
      await page.goto(`${server.url}${routePath({ name: 'client', clientId, tab: 'basic' })}`);
      await page.locator('.client-heading .meeting-menu summary').waitFor();
      // A name as long as some are written (with the 通称 in brackets), set on the drawn heading.
      await page.evaluate("document.querySelector('.client-heading h1').textContent = '長谷川原 喜代美惠子（旧姓 小野寺）こと はせがわら きよみえこ 様'");
      const layout = await page.evaluate<{ tops: number[]; headingRight: number; right: number; scrollWidth: number; clientWidth: number }>(`(() => {
        const heading = document.querySelector('.client-heading');
        const controls = [...heading.querySelectorAll('.print-menu summary, .csv-export > summary, .share-panel > .button, .meeting-menu summary')];
        return {
          tops: controls.map((el) => Math.round(el.getBoundingClientRect().top)),
          right: Math.max(...controls.map((el) => el.getBoundingClientRect().right)),
          headingRight: heading.getBoundingClientRect().right,
          scrollWidth: document.scrollingElement.scrollWidth,
          clientWidth: document.scrollingElement.clientWidth,
        };
      })()`);
      expect(layout.tops.length, `${width}px`).toBeGreaterThanOrEqual(3);
      // At 1024 px (the tablet the screens are made for) the actions stay on one row beside the wrapped name;
      // at 768 px they move under the name as one row, never leaving the last one alone on a row of its own.
      expect(new Set(layout.tops).size, `${width}px: actions on one row ${JSON.stringify(layout.tops)}`).toBe(1);
      expect(layout.right).toBeLessThanOrEqual(layout.headingRight + 1);
      expect(layout.scrollWidth, `${width}px scrolls sideways`).toBeLessThanOrEqual(layout.clientWidth);
      await page.screenshot({ path: join(artifacts, `case-file-heading-long-name-${width}.png`) });
    }
    await page.setViewportSize({ width: 1024, height: 768 });
  });
});
