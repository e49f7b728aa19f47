import { addDays, formatWareki, tokyoDateOf } from '@kizuki/core';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** 山本 正治: a demo client of the office insured by 日立市（デモ）, whose demo insurer has an account. */
const clientId = 'demo-client-02';
/** Two months from today, typed in 和暦 as a care manager would. */
const until = formatWareki(addDays(tokyoDateOf(new Date()), 60));

describe('a care manager shares a plan for ケアプラン点検 and the office revokes it (browser, real server on SQLite)', { timeout: 120_000 }, () => {
  let server: DemoServer;
  let office: TestBrowser;
  let insurer: TestBrowser;
  let officePage: Page;
  let insurerPage: Page;
  let sharedPath = '';

  beforeAll(async () => {
    server = await startDemoServer();
    office = await launchBrowser();
    insurer = await launchBrowser();
    officePage = await office.context.newPage();
    insurerPage = await insurer.context.newPage();
    await signIn(officePage, server.url, 'cm.sato');
    await signIn(insurerPage, server.url, 'insurer.hitachi');
  }, 120_000);

  afterAll(async () => {
    await office?.close();
    await insurer?.close();
    await server?.close();
  });

  it('shares the current plan with the client’s insurer from the case file', async () => {
    await officePage.goto(`${server.url}/clients/${clientId}/basic`);
    await officePage.getByRole('button', { name: 'ケアプラン点検に提出' }).click();
    const form = officePage.getByRole('form', { name: 'ケアプラン点検に提出' });
    const grantee = form.getByLabel('提出先（保険者）');
    await expect.poll(() => grantee.locator('option:checked').textContent()).toBe('日立市（デモ）');
    await form.getByLabel('共有の期限').fill(until);
    await form.getByLabel('共有の理由').fill('令和7年度 ケアプラン点検（日立市）への提出');
    await form.getByRole('button', { name: '共有する' }).click();
    await expectText(officePage.locator('.share-form[role="status"]'), `日立市（デモ）に居宅サービス計画（第1版）を共有しました（${until}まで）`);
  });

  it('lets the insurer see it under 共有された書類 and open the plan read-only', async () => {
    await insurerPage.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '共有された書類' }).click();
    await insurerPage.getByRole('heading', { name: '共有された書類', level: 1 }).waitFor();
    // The demo's own ケアプラン点検 grants are listed too: this test's grant is the one with its reason.
    const grant = insurerPage.locator('.shared-grant', { hasText: '令和7年度 ケアプラン点検（日立市）への提出' });
    await expectText(grant, 'ひだまり居宅介護支援事業所（デモ）');
    await expectText(grant, 'ケアプラン点検');
    await expectText(grant, '山本 正治');
    await grant.getByRole('link', { name: '居宅サービス計画（第1版）' }).click();
    await insurerPage.getByRole('heading', { name: '居宅サービス計画（第1版・読み取り専用）' }).waitFor();
    sharedPath = new URL(insurerPage.url()).pathname;
    expect(sharedPath).toMatch(/^\/shared\/[^/]+\/[^/]+$/u);
    await expectText(insurerPage.locator('.sheet').first(), '山本 正治');
    expect(await insurerPage.locator('.sheet').count()).toBeGreaterThanOrEqual(3);
    // Nothing to edit.
    expect(await insurerPage.locator('main input, main textarea, main select').count()).toBe(0);
    await insurerPage.screenshot({ path: join(artifacts, 'shared-plan.png'), fullPage: true });
  });

  it('lets the office revoke it with a reason under 共有', async () => {
    await officePage.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '共有', exact: true }).click();
    await officePage.getByRole('heading', { name: '共有', level: 1 }).waitFor();
    const row = officePage.locator('.grant-row').first();
    await expectText(row, '日立市（デモ）');
    await expectText(row, '有効');
    await row.getByRole('button', { name: '取り消す' }).click();
    await row.getByLabel('取り消しの理由').fill('提出する計画を差し替えるため');
    await row.getByRole('button', { name: '共有を取り消す' }).click();
    await expectText(officePage.locator('.grant-row').first(), '取り消し済み');
    await expectText(officePage.locator('.grant-row').first(), '提出する計画を差し替えるため');
  });

  it('takes it away from the insurer: gone from the list, and the document answers not found', async () => {
    await insurerPage.goto(`${server.url}${sharedPath}`);
    await expectText(insurerPage.locator('main [role="alert"]'), '共有された書類が見つかりません');
    await insurerPage.goto(`${server.url}/shared`);
    await insurerPage.locator('.shared-grant').first().waitFor();
    await expect.poll(() => insurerPage.locator('.shared-grant', { hasText: '令和7年度 ケアプラン点検（日立市）への提出' }).count()).toBe(0);
  });
});
