import type { CareTeamMeeting } from '@kizuki/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { clientIdByName, expectSaved, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** The id and label text of the element that has keyboard focus. */
async function focused(page: Page): Promise<{ id: string; label: string }> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: { id: string; labels?: { textContent: string | null }[] | null } | null } }).document;
    const element = doc.activeElement;
    return { id: element?.id ?? '', label: element?.labels?.[0]?.textContent ?? '' };
  });
}

// Browser steps wait on a real server and Chromium; under a loaded CI machine they need more than the default 30 s.
describe('typed work survives a reload; forms work from the keyboard (browser)', { timeout: 120_000 }, () => {
  let demo: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  let clientId: string;
  /** A client whose case file already has a サービス担当者会議. */
  let meetingClientId: string;

  beforeAll(async () => {
    demo = await startDemoServer();
    clientId = await clientIdByName(demo.store, '千葉 義男');
    meetingClientId = await clientIdByName(demo.store, '小松 ハル');
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, demo.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('restores an unsent support log entry after the tab is reloaded, with a notice', async () => {
    await page.goto(`${demo.url}/clients/${clientId}/support-log`);
    await page.locator('#field-title').fill('下書きの確認');
    await page.locator('#field-content').fill('訪問の予定を調整中。まだ送っていない文章。');
    await page.reload();
    await expectText(page.locator('.draft-notice'), '前回保存されなかった入力内容');
    await expect.poll(() => page.locator('#field-content').inputValue()).toBe('訪問の予定を調整中。まだ送っていない文章。');
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe('下書きの確認');
    await page.getByRole('button', { name: '記録を追加' }).click();
    await expectText(page.locator('.timeline-entry').first(), '訪問の予定を調整中。まだ送っていない文章。');
    // Once added, the draft is gone: a reload shows an empty form without a notice.
    await page.reload();
    await expect.poll(() => page.locator('#field-content').inputValue()).toBe('');
    expect(await page.locator('.draft-notice').count()).toBe(0);
  });

  it('restores an edit of a saved document that had not reached the server, then saves it', async () => {
    await page.goto(`${demo.url}/clients/${meetingClientId}/meeting`);
    await expectText(page.locator('.save-state'), '保存済み');
    const conclusions = page.locator('#field-conclusions');
    const original = await conclusions.inputValue();
    // Reload before the autosave (2 s) fires: only the local draft has the text.
    await conclusions.fill(`${original}（追記: 下書きから復元）`);
    await page.reload();
    await expectText(page.locator('.draft-notice'), '復元しました');
    await expect.poll(() => conclusions.inputValue()).toBe(`${original}（追記: 下書きから復元）`);
    await expectSaved(page);
    const meetings = (await demo.store.listDocuments('demo-office', meetingClientId, 'care_team_meeting')).map((d) => d.body as CareTeamMeeting);
    expect(meetings.some((m) => m.conclusions === `${original}（追記: 下書きから復元）`)).toBe(true);
  });

  it('lets a restored draft be thrown away', async () => {
    const place = page.locator('#field-place');
    const saved = await place.inputValue();
    await place.fill('捨てる予定の場所');
    await page.reload();
    await expectText(page.locator('.draft-notice'), '復元しました');
    await page.getByRole('button', { name: '下書きを破棄して保存済みの内容に戻す' }).click();
    await expect.poll(() => place.inputValue()).toBe(saved);
    expect(await page.locator('.draft-notice').count()).toBe(0);
  });

  it('moves through the support log form with Tab, every field with its label', async () => {
    await page.goto(`${demo.url}/clients/${clientId}/support-log`);
    await page.locator('#field-date').focus();
    const order: { id: string; label: string }[] = [await focused(page)];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order.map((f) => f.id)).toEqual(['field-date', 'field-time', 'field-kind', 'field-counterpart', 'field-title', 'field-content']);
    expect(order.map((f) => f.label.replace('（必須）', ''))).toEqual(['日付', '時刻', '方法', '相手', '項目', '内容']);
    // Typing and submitting from the keyboard alone.
    await page.keyboard.type('キーボードだけで記録した。');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('');
    await expectText(page.locator(':focus'), '記録を追加');
    await page.keyboard.press('Enter');
    await expectText(page.locator('.timeline-entry').first(), 'キーボードだけで記録した。');
  });

  it('reaches the case file tabs from the keyboard', async () => {
    const tab = page.getByRole('link', { name: 'モニタリング', exact: true });
    await tab.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/monitoring$/u);
    await expectText(page.locator('.case-tab[aria-current="page"]'), 'モニタリング');
  });
});
