import { parseDateInput } from '@kizuki/core';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** The visible text of the sheet(s) of a print view, once loaded. */
async function sheetText(page: Page): Promise<string> {
  await expect.poll(() => page.locator('.sheet').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return (await page.locator('.sheet').first().innerText()).replace(/\s+/gu, ' ');
}

describe('a care manager prints the standard forms (browser, real server on SQLite)', () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  const printUrl = (clientId: string, form: string) => `${server.url}/clients/${clientId}/print/${form}`;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens 第1表 from the case file and sees the plan in force with 和暦 dates and circled choices', async () => {
    await signIn(page, server.url, 'cm.sato');
    await page.goto(`${server.url}/clients/demo-client-01/basic`);
    // The case file's print views are one menu in its heading.
    const printMenu = page.getByRole('navigation', { name: '印刷' });
    await printMenu.locator('summary', { hasText: '印刷' }).click();
    await printMenu.getByRole('link', { name: '第1表' }).click();
    const text = await sheetText(page);
    expect(text).toContain('居宅サービス計画書（1）');
    expect(text).toContain('小松 ハル 殿');
    expect(text).toMatch(/認定の有効期間 令和\d+年\d+月\d+日 ～ 令和\d+年\d+月\d+日/u);
    expect(text).toContain('畑とサロンという本人の楽しみを軸に');
    expect(await page.locator('.choices .chosen').allTextContents()).toEqual(['継続', '認定済', '要介護1']);
    await page.screenshot({ path: join(artifacts, 'plan-1-print.png'), fullPage: true });
  });

  it('prints 第3表 as a weekly grid with daily activities and services outside the week', async () => {
    await page.goto(printUrl('demo-client-01', 'plan-3'));
    const text = await sheetText(page);
    expect(text).toContain('週間サービス計画表');
    const tuesday = page.locator('.plan3-table tbody tr').nth(4).locator('td').nth(1);
    expect(await tuesday.innerText()).toContain('通所リハビリテーション');
    expect(text).toContain('起床・畑の見回り');
    expect(text).toContain('ふれあいサロン（第1・第3水曜）');
    await page.screenshot({ path: join(artifacts, 'plan-3-print.png'), fullPage: true });
  });

  it('prints 第4表 (the meeting of the plan) and 第5表 (the support log in date order)', async () => {
    await page.goto(printUrl('demo-client-01', 'plan-4'));
    const meeting = await sheetText(page);
    expect(meeting).toContain('サービス担当者会議の要点');
    expect(meeting).toMatch(/開催日 令和\d+年/u);
    expect(meeting).toContain('検討した項目');

    await page.goto(printUrl('demo-client-01', 'plan-5'));
    expect(await sheetText(page)).toContain('居宅介護支援経過');
    const dates = (await page.locator('.log-table tbody tr td:first-child').allInnerTexts()).map((d) => parseDateInput(d.split('\n')[0]!.trim()));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
    await page.screenshot({ path: join(artifacts, 'plan-5-print.png'), fullPage: true });
  });

  it('hides the toolbar on paper and lays the sheet out on A4 landscape', async () => {
    await page.goto(printUrl('demo-client-01', 'plan-2'));
    await sheetText(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/u.exec(pdf)!.slice(1).map(Number) as [number, number];
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    await page.emulateMedia({ media: 'screen' });
  });

  it('says so in Japanese when the form does not exist', async () => {
    await page.goto(printUrl('demo-client-01', 'plan-9'));
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('「plan-9」という様式はありません');
  });

  it('prints the 介護予防サービス・支援計画書 for the 地域包括支援センター', async () => {
    await page.getByRole('button', { name: '戻る' }).click();
    await page.context().clearCookies();
    await signIn(page, server.url, 'center.staff');
    await page.goto(printUrl('demo-client-16', 'prevention-plan'));
    const text = await sheetText(page);
    expect(text).toContain('介護予防サービス・支援計画書');
    expect(text).toContain('森田 千代子 殿');
    expect(text).toContain('運動・移動について');
    expect(text).toMatch(/運動不足 .*\/5|／5/u);
    await page.screenshot({ path: join(artifacts, 'prevention-plan-print.png'), fullPage: true });
  });
});
