import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectSaved, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

// 令和12年4月 (2030-04) starts on a Monday; far from the demo months, so the test makes its own 利用票.
const month = '2030-04';

/** The 第7表 total shown in the summary (区分支給限度基準を超える単位数 …). */
function total(page: Page, name: 'limit' | 'managed' | 'over' | 'claim'): Locator {
  return page.locator(`.usage-sheet [data-total="${name}"]`);
}

function line(page: Page, n: number): Locator {
  return page.getByRole('group', { name: new RegExp(`^${n}行目`, 'u') });
}

function day(scope: Locator, name: string): Locator {
  return scope.getByRole('button', { name, exact: true });
}

async function pressedCount(scope: Locator, kind: '予定' | '実績'): Promise<number> {
  return scope.locator(`button.day-toggle[aria-pressed="true"][aria-label$="${kind}"]`).count();
}

/** Opens the form for a new month (it is open already when the client has no 利用票). */
async function openNewMonthForm(page: Page): Promise<Locator> {
  const form = page.getByRole('form', { name: '新しい月の利用票' });
  if (!(await form.isVisible())) await page.getByRole('button', { name: '新しい月の利用票を作成' }).click();
  await form.waitFor();
  return form;
}

async function fillLine(scope: Locator, values: { office: string; name: string; code: string; content: string; units: string }): Promise<void> {
  await scope.getByLabel('事業所番号').fill(values.office);
  await scope.getByLabel('事業所名').fill(values.name);
  await scope.getByLabel('サービスコード').fill(values.code);
  await scope.getByLabel('サービス内容').fill(values.content);
  await scope.getByLabel('単位数', { exact: true }).fill(values.units);
}

describe('a care manager writes a month of サービス利用票 and 別表 (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the 利用票 tab and creates 令和12年4月分 from an empty sheet', async () => {
    await page.goto(`${server.url}/clients/demo-client-01/basic`);
    await expectText(page.locator('.client-heading h1'), '小松 ハル');
    await page.getByRole('link', { name: '利用票', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/clients\/demo-client-01\/usage$/u);
    await expectText(page.locator('.case-tab-panel h2').first(), 'サービス利用票・別表');

    const form = await openNewMonthForm(page);
    await form.getByLabel('対象年月').fill('2030年13月');
    await form.getByRole('button', { name: '作成' }).click();
    await expectText(form.locator('.field-error'), '対象年月は YYYY-MM（例: 2025-04）の形式で入力してください');
    await form.getByLabel('対象年月').fill(month);
    await expectText(form.locator('.field-hint').first(), '令和12年4月分');
    await form.getByLabel('空の利用票から始める').check();
    await form.getByRole('button', { name: '令和12年4月分を作成' }).click();

    // 作成 stores the month at once: it is in the list of months with no rows yet.
    await expectText(page.locator('.usage-editor h3').first(), '令和12年4月分 サービス利用票（第6表）');
    await expectSaved(page);
    await expectText(page.locator('.usage-month[aria-current="true"]'), '令和12年4月分（0行）');
    await expectText(total(page, 'limit'), '16,765単位');
    await expectText(total(page, 'managed'), '0単位');
  });

  it('adds a row, toggles days and fills 毎週月・木: the 第7表 totals follow', async () => {
    await page.getByRole('button', { name: 'サービスの行を追加' }).click();
    const first = line(page, 1);
    await fillLine(first, { office: '0879910011', name: 'あおぞらヘルパーステーション', code: '111211', content: '身体介護2', units: '387' });
    // 土日 are marked in the header of the day grid.
    expect(await first.locator('thead th.weekend-saturday').count()).toBe(4);
    expect(await first.locator('thead th.weekend-sunday').count()).toBe(4);

    await day(first, '4月1日（月）予定').click();
    await expect.poll(() => day(first, '4月1日（月）予定').getAttribute('aria-pressed')).toBe('true');
    await expectText(total(page, 'managed'), '387単位');
    await day(first, '4月1日（月）予定').click();
    await expectText(total(page, 'managed'), '0単位');

    const fill = first.getByRole('group', { name: '曜日で予定を入れる' });
    await fill.getByLabel('月', { exact: true }).check();
    await fill.getByLabel('木', { exact: true }).check();
    await fill.getByRole('button', { name: '毎週月・木を予定にする' }).click();
    await expect.poll(() => pressedCount(first, '予定')).toBe(9);
    await expectText(total(page, 'managed'), '3,483単位');
    await expectText(total(page, 'over'), '0単位');
    expect(await page.locator('.usage-totals .over-limit-value').count()).toBe(0);

    await first.getByRole('button', { name: '予定を実績へ写す' }).click();
    await expect.poll(() => pressedCount(first, '実績')).toBe(9);
    expect(await day(first, '4月4日（木）実績').getAttribute('aria-pressed')).toBe('true');
  });

  it('goes over the 区分支給限度基準額 with a second row and shows the excess', async () => {
    await page.getByRole('button', { name: 'サービスの行を追加' }).click();
    const second = line(page, 2);
    await fillLine(second, { office: '0879910015', name: 'さくらデイサービスセンター', code: '151111', content: '通所介護', units: '1500' });
    const fill = second.getByRole('group', { name: '曜日で予定を入れる' });
    for (const weekday of ['月', '火', '水', '木', '金']) await fill.getByLabel(weekday, { exact: true }).check();
    await fill.getByRole('button', { name: '毎週月・火・水・木・金を予定にする' }).click();
    await expect.poll(() => pressedCount(second, '予定')).toBe(22);
    // 3,483 + 22 × 1,500 = 36,483 against 16,765.
    await expectText(total(page, 'managed'), '36,483単位');
    await expectText(total(page, 'over'), '19,718単位');
    await expect.poll(() => page.locator('.usage-totals .over-limit-value').count()).toBe(1);
    await expectText(page.locator('.usage-sheet .form-error'), '区分支給限度基準額を19,718単位超えています');

    // Keyboard: from 4月1日 one day to the right, Space turns 4月2日（火） off.
    await day(second, '4月1日（月）予定').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toBe('4月2日（火）予定');
    await page.keyboard.press('Space');
    await expect.poll(() => day(second, '4月2日（火）予定').getAttribute('aria-pressed')).toBe('false');
    await expectText(total(page, 'managed'), '34,983単位');
    await expectText(total(page, 'over'), '18,218単位');
    await page.screenshot({ path: join(artifacts, 'usage-editor.png'), fullPage: true });
  });

  it('saves, and after a reload the month keeps its rows, days and totals', async () => {
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expectSaved(page);
    await page.reload();
    await page.getByRole('button', { name: /^令和12年4月分/u }).click();
    await expectText(page.locator('.usage-month[aria-current="true"]'), '令和12年4月分（2行）');
    await expectText(total(page, 'managed'), '34,983単位');
    await expectText(total(page, 'over'), '18,218単位');
    const first = line(page, 1);
    await expect.poll(() => first.getByLabel('サービスコード').inputValue()).toBe('111211');
    expect(await pressedCount(first, '予定')).toBe(9);
    expect(await day(first, '4月4日（木）実績').getAttribute('aria-pressed')).toBe('true');
    expect(await day(line(page, 2), '4月2日（火）予定').getAttribute('aria-pressed')).toBe('false');
    expect(await day(line(page, 2), '4月3日（水）予定').getAttribute('aria-pressed')).toBe('true');
  });

  it('starts 令和12年5月分 from April: weekly 予定 by weekday, 実績 cleared; a bad code is named at the field', async () => {
    const form = await openNewMonthForm(page);
    await form.getByLabel('対象年月').fill('2030-05');
    await expect.poll(() => form.getByLabel(/令和12年4月分から引き継ぐ/u).isChecked()).toBe(true);
    await form.getByRole('button', { name: '令和12年5月分を作成' }).click();
    await expectText(page.locator('.usage-editor h3').first(), '令和12年5月分');
    const first = line(page, 1);
    await expect.poll(() => first.getByLabel('サービスコード').inputValue()).toBe('111211');
    // 2030-05-01 is a Wednesday: 月・木 become 2, 6, 9 … 30.
    expect(await day(first, '5月2日（木）予定').getAttribute('aria-pressed')).toBe('true');
    expect(await day(first, '5月1日（水）予定').getAttribute('aria-pressed')).toBe('false');
    expect(await pressedCount(first, '予定')).toBe(9);
    expect(await pressedCount(first, '実績')).toBe(0);

    await first.getByLabel('サービスコード').fill('12');
    await expectText(first.locator('.field-error'), 'サービスコードは6桁の英数字で入力してください（例: 111211）');
    await expectText(page.locator('.usage-sheet .notice'), '1行目は入力が足りないか誤りがあるため');
    await first.getByLabel('サービスコード').fill('111211');
    await expect.poll(() => first.locator('.field-error').count()).toBe(0);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expectSaved(page);
  });

  it('prints 第6表 with the days of 予定 and 実績, and 第7表 with the totals, on A4 landscape', async () => {
    await page.getByRole('button', { name: /^令和12年4月分/u }).click();
    await expectText(page.locator('.usage-editor h3').first(), '令和12年4月分');
    const href = await page.getByRole('link', { name: '第6表を印刷' }).getAttribute('href');
    expect(href).toMatch(/\/print\/usage\?document=/u);
    const sheetHref = await page.getByRole('link', { name: '第7表を印刷' }).getAttribute('href');
    const printMenu = page.getByRole('navigation', { name: '印刷', exact: true });
    await printMenu.locator('summary', { hasText: '印刷' }).click();
    expect(await printMenu.getByRole('link', { name: '第6表', exact: true }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => printMenu.getByRole('link', { name: '第6表', exact: true }).count()).toBe(0);

    await page.goto(`${server.url}${href}`);
    await expect.poll(() => page.locator('.sheet').count(), { timeout: 15_000 }).toBe(1);
    const text = (await page.locator('.sheet').innerText()).replace(/\s+/gu, ' ');
    expect(text).toContain('サービス利用票（兼居宅サービス計画）');
    expect(text).toContain('令和12年4月分');
    expect(text).toContain('小松 ハル 殿');
    expect(text).toContain('16,765単位／月');
    expect(text).toContain('あおぞらヘルパーステーション');
    const planned = page.locator('.usage-print-days tbody tr.usage-print-planned').first();
    expect(await planned.locator('td.day-cell').allInnerTexts()).toEqual([
      ...Array.from({ length: 30 }, (_, i) => ([1, 4, 8, 11, 15, 18, 22, 25, 29].includes(i + 1) ? '1' : '')),
      '9',
    ]);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/u.exec(pdf)!.slice(1).map(Number) as [number, number];
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: join(artifacts, 'usage-6-print.png'), fullPage: true });

    await page.goto(`${server.url}${sheetHref}`);
    await expect.poll(() => page.locator('.sheet').count(), { timeout: 15_000 }).toBe(1);
    const sheet = (await page.locator('.sheet').innerText()).replace(/\s+/gu, ' ');
    expect(sheet).toContain('サービス利用票別表');
    expect(sheet).toContain('さくらデイサービスセンター');
    expect(await page.locator('.usage-print-sheet [data-total="managed"]').innerText()).toBe('34,983');
    expect(await page.locator('.usage-print-sheet [data-total="over"]').innerText()).toBe('18,218');
    await page.screenshot({ path: join(artifacts, 'usage-7-print.png'), fullPage: true });
  });
});
