import { tokyoDateOf } from '@kizuki/core';
import type { Store } from '@kizuki/server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { type DemoServer, signIn, startDemoServer } from './support/workspace.js';

const office = 'demo-office';
const client = 'demo-client-01';
const field = (page: Page, path: string) => page.locator(`#field-${path.replaceAll('.', '-')}`);

describe('a monitoring asks for a plan revision, and the care manager carries it through (browser, real server on SQLite)', () => {
  let store: Store;
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  let oldPlanId: string;

  beforeAll(async () => {
    server = await startDemoServer();
    store = server.store;
    // The monitoring visit (recorded in the モニタリング tab) decided the plan needs changing.
    const plans = await store.listDocuments(office, client, 'care_plan');
    const active = plans.find((p) => (p.body as { status: string }).status === 'active')!;
    oldPlanId = active.id;
    await store.createDocument(
      office,
      {
        id: 'monitoring-revise',
        clientId: client,
        kind: 'monitoring',
        body: { id: 'monitoring-revise', date: tokyoDateOf(new Date()), method: 'home_visit', planId: oldPlanId, goalEvaluations: [], serviceStatuses: [], nextAction: 'revise_plan', startsPlanRevision: true, changes: '膝の痛みが増し、畑までの往復が難しくなった' },
      },
      'demo-user-cm',
    );
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts the revision from the monitoring: a new 原案 with the current plan copied', async () => {
    await signIn(page, server.url, 'cm.sato');
    await expect.poll(() => page.getByRole('button', { name: 'ログアウト' }).isVisible()).toBe(true);
    await page.goto(`${server.url}/clients/${client}/care-plan`);

    await expect.poll(() => page.locator('.revision-notice').textContent(), { timeout: 15_000 }).toContain('モニタリングで計画の見直しが必要');
    await page.getByRole('button', { name: 'モニタリングから計画を見直す' }).click();
    await expect.poll(() => page.locator('.plan-title-row .status-badge').textContent()).toBe('原案');
    await expect.poll(() => field(page, 'needs.0.text').inputValue()).toBe('春から自宅裏の畑で野菜作りを続けたい');
    await expect.poll(() => page.locator('.revision-notice').count()).toBe(0);

    await field(page, 'needs.0.longTermGoals.0.shortTermGoals.0.text').fill('歩行車を使って畑まで（約100m）休みを1回入れて往復できる');
    await expect.poll(() => page.locator('.save-state').textContent(), { timeout: 15_000 }).toContain('保存しました');
  });

  it('records meeting, consent and delivery to every provider, and the old plan ends when the new one is in force', async () => {
    await page.getByRole('tab', { name: '手続き' }).click();
    const meeting = field(page, 'meetingId');
    await meeting.selectOption((await meeting.locator('option').nth(1).getAttribute('value')));
    await page.getByRole('button', { name: '担当者会議の開催を記録' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('担当者会議済');

    await field(page, 'consent.date').fill('R8.12.1');
    await field(page, 'consent.by').fill('小松 ハル');
    await field(page, 'consent.method').selectOption('seal');
    await page.getByRole('button', { name: '説明・同意を記録' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('同意済');

    await field(page, 'delivery.toClientOn').fill('R8.12.1');
    // One date per provider on the plan (通所リハ, 福祉用具, 薬局 …).
    const providerDates = page.locator('input[id^="field-delivery-toProviders-"]');
    const count = await providerDates.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i += 1) await providerDates.nth(i).fill('R8.12.2');
    await page.getByRole('button', { name: '交付を記録' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('交付済');
    await page.getByRole('button', { name: '実施中にする' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('実施中');

    // The old plan is saved right after the new one shows 実施中: wait for that second save.
    const oldPlan = async () => (await store.getDocument(office, oldPlanId))?.body as { status: string; supersededBy?: string } | undefined;
    await expect.poll(async () => (await oldPlan())?.status, { timeout: 10_000 }).toBe('superseded');
    expect((await oldPlan())?.supersededBy).toBeTruthy();
  });

  it('shows the old plan as ended and read-only', async () => {
    const picker = page.getByLabel('表示する計画');
    await expect.poll(() => picker.locator('option').allTextContents()).toContainEqual(expect.stringContaining('変更済（終了）'));
    await picker.selectOption(oldPlanId);
    await expect.poll(() => page.locator('.plan-editor .notice').first().textContent()).toContain('閲覧のみ');
    await page.getByRole('tab', { name: '第2表' }).click();
    expect(await field(page, 'needs.0.text').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'サービスを追加' }).first().isDisabled()).toBe(true);
  });
});
