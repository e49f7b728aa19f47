import type { Assessment } from '@kizuki/core';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, clientIdByName, expectSaved, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

async function latestAssessment(demo: DemoServer, clientId: string): Promise<{ id: string; revision: number; body: Assessment }> {
  const docs = await demo.store.listDocuments('demo-office', clientId, 'assessment');
  const sorted = docs.sort((a, b) => (a.body as Assessment).date.localeCompare((b.body as Assessment).date) || a.createdAt.localeCompare(b.createdAt));
  const last = sorted.at(-1)!;
  return { id: last.id, revision: last.revision, body: last.body as Assessment };
}

// Browser steps wait on a real server and Chromium; under a loaded CI machine they need more than the default 30 s.
describe('a care manager enters an assessment during a home visit (browser, 1024 px)', { timeout: 120_000 }, () => {
  let demo: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  let clientId: string;
  let previous: Assessment;

  beforeAll(async () => {
    demo = await startDemoServer();
    clientId = await clientIdByName(demo.store, '小松 ハル');
    previous = (await latestAssessment(demo, clientId)).body;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, demo.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('opens the latest assessment with the 23 standard items', async () => {
    await page.goto(`${demo.url}/clients/${clientId}/assessment`);
    await expectText(page.locator('.save-state'), '保存済み');
    await expect.poll(() => page.locator('section.assessment-item').count()).toBe(23);
    await expectText(page.locator('#assessment-item-health-title'), '10健康状態');
    await expectText(page.locator('.item-index'), '記録済み');
  });

  it('copies the previous assessment forward into a new one dated today', async () => {
    await page.getByRole('button', { name: /の内容を複写して新規作成/u }).click();
    await expectText(page.locator('.save-state'), '新規');
    const symptoms = page.locator('#field-items-health-symptoms');
    await expect.poll(() => symptoms.inputValue()).toBe(previous.items.health?.symptoms ?? '');
    await expect.poll(() => page.locator('#field-date').inputValue()).toMatch(/^令和/u);
    // 標準項目9 (the reason) belongs to this assessment alone.
    await expect.poll(() => page.locator('#field-reason').inputValue()).toBe('');
  });

  it('shows a validation error next to the field, in Japanese, and saves once it is corrected', async () => {
    const height = page.locator('#field-items-health-heightCm');
    await height.fill('とても高い');
    const error = page.locator('#field-items-health-heightCm-error');
    await expectText(error, '数値で入力してください');
    await expect.poll(() => height.getAttribute('aria-describedby')).toContain('field-items-health-heightCm-error');
    await expect.poll(() => height.getAttribute('aria-invalid')).toBe('true');
    await height.fill('148.5');
    await expect.poll(() => error.count()).toBe(0);
  });

  it('records structured fields and free text and autosaves the new assessment', async () => {
    await page.locator('#field-reason').selectOption({ label: '要介護認定の更新' });
    await page.locator('#field-items-health-symptoms').fill('右膝の痛みが続く。朝のこわばりは10分程度。');
    await page.getByRole('radiogroup', { name: '歩行' }).getByText('一部介助').click();
    await page.locator('#field-items-environment-notApplicable').check();
    await expectSaved(page);
    await page.screenshot({ path: join(artifacts, 'assessment.png'), fullPage: false });

    const saved = await latestAssessment(demo, clientId);
    expect(saved.body.items.health?.symptoms).toBe('右膝の痛みが続く。朝のこわばりは10分程度。');
    expect(saved.body.items.health?.heightCm).toBe(148.5);
    expect(saved.body.reason).toBe('renewal');
    expect(saved.body.items.adl?.activities.find((a) => a.activity === 'walking')?.status).toBe('partial');
    expect(saved.body.items.environment?.notApplicable).toBe(true);
    // Copied forward: an item not touched today is still there.
    expect(saved.body.items.complaintsAndWishes).toEqual(previous.items.complaintsAndWishes);
    expect(saved.body.date > previous.date).toBe(true);
  });

  it('finds the new assessment after a reload, and its history shows what changed', async () => {
    await page.reload();
    await expect.poll(() => page.locator('#field-items-health-symptoms').inputValue()).toBe('右膝の痛みが続く。朝のこわばりは10分程度。');
    await page.locator('#field-items-health-symptoms').fill('右膝の痛みが続く。朝のこわばりは10分程度。湿布で軽減。');
    await expectSaved(page);

    await page.getByRole('link', { name: '履歴', exact: true }).click();
    const { id } = await latestAssessment(demo, clientId);
    await page.getByLabel('書類', { exact: true }).selectOption(id);
    const diff = page.locator('.diff-table');
    await expectText(diff, '10 健康状態 › 症状');
    await expectText(diff, '湿布で軽減');
  });
});
