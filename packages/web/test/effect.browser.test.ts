import { screensOfFeature, type EffectAggregate, type PolicyActivity } from '@kizuki/core';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

describe('effect verification, 給付実績の活用 and the insurer home (browser)', { timeout: 180_000 }, () => {
  let demo: DemoServer;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function signOut() {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByLabel('ログイン名').waitFor();
  }

  it('lets the office admin see what would be sent, opt out and in again, and send', async () => {
    await signIn(page, demo.url, 'office.admin');
    await page.goto(`${demo.url}/effect`);
    await expectText(page.locator('main h1'), '方針の効果');
    await expectText(page.locator('#effect-participation-title'), '参加');
    // The demo office took part already: it stops, then opts in again.
    await page.getByRole('button', { name: '参加をやめる' }).click();
    await expectText(page.getByRole('status'), '参加をやめました');
    await page.getByRole('button', { name: '参加する' }).click();
    await expectText(page.getByRole('status'), '参加を記録しました');
    const before = (await demo.store.listRecords({ tenantId: 'demo-office' }, { kind: 'effect_aggregate', scope: 'own' })).length;
    await page.getByRole('button', { name: /集計を送る/u }).click();
    await expectText(page.getByRole('status'), '送りました');
    const sent = await demo.store.listRecords({ tenantId: 'demo-office' }, { kind: 'effect_aggregate', scope: 'own' });
    expect(sent.length).toBeGreaterThanOrEqual(before);
    for (const record of sent) {
      expect(record.addresseeOrganizationId).toBe('demo-insurer-hitachi');
      expect(Object.keys(record.body as EffectAggregate).sort()).toEqual(expect.arrayContaining(['month', 'planCount', 'ruleCounts']));
    }
    expect(await page.locator('.aggregate-table tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'effect-office-aggregates.png'), fullPage: true });
    await signOut();
  });

  it('shows the insurer a chart with sample sizes and records it as エ', async () => {
    await signIn(page, demo.url, 'insurer.hitachi');
    // The start page lists the area's offices and links every insurer screen.
    await expectText(page.locator('main h1'), '日立市');
    await expectText(page.locator('#insurer-offices-title'), '管内の事業所');
    await expectText(page.locator('main table'), 'ひだまり居宅介護支援事業所（デモ）');
    await expectText(page.locator('.insurer-counts'), '効果検証の集計を送っている事業所：1か所');
    await page.screenshot({ path: join(artifacts, 'effect-insurer-home.png'), fullPage: true });
    await page.getByRole('link', { name: /方針の効果/u }).first().click();
    await expectText(page.locator('main h1'), '方針の効果');
    await page.locator('.share-chart svg').waitFor();
    expect(await page.locator('.share-chart svg path.line').count()).toBeGreaterThan(0);
    await expectText(page.locator('.share-chart svg'), 'n=');
    await expectText(page.locator('.before-after-table'), '件');
    await expectText(page.locator('.effect-caveat'), '効果を示すとは限りません');
    await page.screenshot({ path: join(artifacts, 'effect-insurer-chart.png'), fullPage: true });
    await page.getByRole('button', { name: 'エの記録として残す' }).click();
    await expectText(page.getByRole('status'), '指標 エ');
    const activities = (await demo.store.listRecords({ tenantId: 'demo-insurer-hitachi' }, { kind: 'policy_activity', scope: 'own' })).map((r) => r.body as PolicyActivity);
    const recorded = activities.filter((a) => a.indicator === 'effect_verification' && a.result?.includes('件'));
    expect(recorded.some((a) => a.indicator === 'effect_verification' && a.method.includes('前後') && (a.result ?? '').includes('効果を示すとは限りません'))).toBe(true);
  });

  it('opens a screen for every issue-11 feature the insurer uses', async () => {
    const features = ['feature.policy-publication', 'feature.policy-history', 'feature.policy-effect-report', 'feature.care-plan-inspection', 'feature.benefit-data-review'] as const;
    for (const id of features) {
      for (const screen of screensOfFeature(id).filter((s) => s.roles.includes('insurer_staff'))) {
        await page.goto(`${demo.url}${screen.path}`);
        await page.locator('main h1').first().waitFor();
        expect(await page.getByText('このページは見つかりません').count(), `${id} ${screen.path}`).toBe(0);
      }
    }
    await page.goto(`${demo.url}/effect/benefit-review`);
    await expectText(page.locator('#benefit-summary-title'), '点検のために共有された計画');
    await signOut();
  });

  it('reviews the office’s own plans against the 利用票, each finding linking to its document', async () => {
    await signIn(page, demo.url, 'cm.sato');
    await page.goto(`${demo.url}/effect/benefit-review`);
    await expectText(page.locator('#benefit-summary-title'), '自事業所の利用者');
    await expectText(page.locator('.benefit-tally'), '区分支給限度基準額に近い');
    await page.screenshot({ path: join(artifacts, 'effect-benefit-review.png'), fullPage: true });
    const links = page.locator('.benefit-plan a');
    if ((await links.count()) > 0) {
      await links.first().click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/clients\/[^/]+\/(usage|care-plan)$/u);
    }
  });
});
