import type { Assessment } from '@kizuki/core';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, clientIdByName, expectSaved, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

// Browser steps wait on a real server and Chromium; under a loaded CI machine they need more than the default 30 s.
describe('two care managers edit the same assessment: nothing is overwritten silently (browser)', { timeout: 120_000 }, () => {
  let demo: DemoServer;
  let first: TestBrowser;
  let second: TestBrowser;
  let sato: Page;
  let tanaka: Page;
  let clientId: string;
  let assessmentId: string;

  const current = async () => demo.store.getDocument('demo-office', assessmentId);
  const symptomsOf = (body: unknown) => (body as Assessment).items.health?.symptoms;

  beforeAll(async () => {
    demo = await startDemoServer();
    clientId = await clientIdByName(demo.store, '小松 ハル');
    const docs = await demo.store.listDocuments('demo-office', clientId, 'assessment');
    assessmentId = docs.sort((a, b) => (a.body as Assessment).date.localeCompare((b.body as Assessment).date)).at(-1)!.id;
    // Two browsers: two people on two machines, each with their own session and storage.
    [first, second] = await Promise.all([launchBrowser(), launchBrowser()]);
    sato = await first.context.newPage();
    tanaka = await second.context.newPage();
    await signIn(sato, demo.url, 'cm.sato');
    await signIn(tanaka, demo.url, 'cm.tanaka');
  }, 120_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await demo?.close();
  });

  it('both open the same revision', async () => {
    for (const page of [sato, tanaka]) {
      await page.goto(`${demo.url}/clients/${clientId}/assessment`);
      await expectText(page.locator('.save-state'), '保存済み');
    }
    const startRevision = (await current())!.revision;
    await expectText(sato.locator('.revision-badge'), `第${startRevision}版`);
    await expectText(tanaka.locator('.revision-badge'), `第${startRevision}版`);
  });

  it('the second save shows both versions side by side; keeping mine saves it on top of theirs', async () => {
    const base = (await current())!.revision;
    await sato.locator('#field-items-health-symptoms').fill('佐藤の記録: 夜間に2回トイレに起きる。');
    await expectSaved(sato);
    expect(symptomsOf((await current())!.body)).toBe('佐藤の記録: 夜間に2回トイレに起きる。');

    await tanaka.locator('#field-items-health-symptoms').fill('田中の記録: 日中の眠気が強い。');
    const conflict = tanaka.getByRole('alertdialog');
    await expectText(conflict, 'ほかの人が先にアセスメントを保存しました');
    await expectText(conflict, '佐藤の記録: 夜間に2回トイレに起きる。');
    await expectText(conflict, '田中の記録: 日中の眠気が強い。');
    await expectText(conflict, '10 健康状態 › 症状');
    await tanaka.screenshot({ path: join(artifacts, 'conflict.png'), fullPage: false });
    // Nothing was written by the refused save.
    expect((await current())!.revision).toBe(base + 1);

    await conflict.getByRole('button', { name: '自分の内容で保存' }).click();
    await expectSaved(tanaka);
    const saved = (await current())!;
    expect(saved.revision).toBe(base + 2);
    expect(symptomsOf(saved.body)).toBe('田中の記録: 日中の眠気が強い。');
    // Theirs survives in the history.
    const theirs = await demo.store.getDocumentRevision('demo-office', assessmentId, base + 1);
    expect(symptomsOf(theirs!.body)).toBe('佐藤の記録: 夜間に2回トイレに起きる。');
  });

  it('the other one can take the saved version instead of theirs', async () => {
    // 佐藤 is still on the revision they saved; 田中 saved after that.
    await sato.locator('#field-items-health-symptoms').fill('佐藤の追記: 水分は1日1リットル。');
    const conflict = sato.getByRole('alertdialog');
    await expectText(conflict, '田中の記録: 日中の眠気が強い。');
    await expectText(conflict, '佐藤の追記: 水分は1日1リットル。');
    const revision = (await current())!.revision;
    await conflict.getByRole('button', { name: '相手の内容を採用' }).click();
    await expect.poll(() => sato.locator('#field-items-health-symptoms').inputValue()).toBe('田中の記録: 日中の眠気が強い。');
    await expectText(sato.locator('.save-state'), '保存済み');
    await expectText(sato.locator('.revision-badge'), `第${revision}版`);
    expect((await current())!.revision).toBe(revision);
    // Taking theirs also forgets the local draft: a reload shows the saved version without a notice.
    await sato.reload();
    await expect.poll(() => sato.locator('#field-items-health-symptoms').inputValue()).toBe('田中の記録: 日中の眠気が強い。');
    expect(await sato.locator('.draft-notice').count()).toBe(0);
  });
});
