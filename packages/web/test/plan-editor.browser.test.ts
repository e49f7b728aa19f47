import type { Store } from '@kizuki/server';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, type DemoServer, signIn, startDemoServer } from './support/workspace.js';

/** The field of a plan body path, by the id the editor gives it (fieldDomId). */
const field = (page: Page, path: string) => page.locator(`#field-${path.replaceAll('.', '-')}`);
const findings = (page: Page) => page.locator('.kizuki-panel .kizuki-finding-list').first().locator('.kizuki-finding');
const vagueGoal = (page: Page) => findings(page).filter({ hasText: '長期目標1' }).and(page.locator('[data-rule="plan.goal-vague"]'));

/** The id of the focused element (evaluated in the page; the test code has no DOM types). */
const activeId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id');

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.save-state').textContent(), { timeout: 15_000 }).toContain('保存しました');
}

describe('a care manager builds a care plan with live 気づき (browser, real server on SQLite)', () => {
  let store: Store;
  let server: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  let planId: string;
  let clientId: string;

  beforeAll(async () => {
    server = await startDemoServer();
    store = server.store;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // A written row is removed only after a confirmation; the test answers yes.
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in, opens 小松 ハル and starts a new plan with 認定 copied onto 第1表', async () => {
    await signIn(page, server.url, 'cm.sato');
    await page.getByLabel('利用者を検索').fill('コマツ');
    await page.getByRole('link', { name: '小松 ハル', exact: true }).click();
    await page.getByRole('link', { name: '居宅サービス計画', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/clients\/[^/]+\/care-plan$/u);
    clientId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByRole('button', { name: '新しい計画を作成' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '課題1', exact: true }).isVisible()).toBe(true);
    planId = new URL((await page.locator('.plan-title-row a[href*="/print/plan-2"]').getAttribute('href'))!, server.url).searchParams.get('document')!;
    expect(planId).toBeTruthy();

    await page.getByRole('tab', { name: '第1表' }).click();
    await expect.poll(() => field(page, 'careLevel').inputValue()).toBe('care_1');
    await expect.poll(() => field(page, 'certificationValidTo').inputValue()).toMatch(/^令和\d+年\d+月\d+日$/u);
  });

  it('writes a vague long-term goal, sees the 気づき with its citation, and it goes away once the goal is concrete', async () => {
    await page.getByRole('tab', { name: '第2表' }).click();
    await field(page, 'needs.0.text').fill('春から自宅裏の畑で野菜作りを続けたい');
    await field(page, 'needs.0.longTermGoals.0.text').fill('安心して暮らせる');

    await expect.poll(() => vagueGoal(page).count()).toBe(1);
    const finding = vagueGoal(page);
    await expect.poll(() => finding.locator('.severity-badge').textContent()).toBe('助言');
    await finding.getByText('根拠を見る').click();
    await expect.poll(() => finding.locator('.citation').count()).toBeGreaterThan(0);

    // Clicking the 気づき takes the care manager to the goal it is about.
    await page.getByRole('tab', { name: '第1表' }).click();
    await finding.locator('.kizuki-finding-message').click();
    await expect.poll(() => activeId(page)).toBe('field-needs-0-longTermGoals-0-text');

    await field(page, 'needs.0.longTermGoals.0.text').fill('腰掛け台を使いながら、自宅裏の畑で1時間続けて作業できる');
    await expect.poll(() => vagueGoal(page).count()).toBe(0);
  });

  it('checks a period against 認定の有効期間 while it is typed', async () => {
    const end = field(page, 'needs.0.longTermGoals.0.period.end');
    await end.fill('2099-03-31');
    const goal = page.locator('#field-needs-0-longTermGoals-0');
    await expect.poll(() => goal.locator('.period-issues').first().textContent()).toContain('認定の有効期間');
    await end.fill('');
    await expect.poll(() => goal.locator('.period-issues').first().textContent()).toBe('');
  });

  it('adds an insured service and an informal support with the two equal buttons', async () => {
    await field(page, 'needs.0.longTermGoals.0.shortTermGoals.0.text').fill('手押し車を使って畑まで（約100m）休まず往復できる');
    const shortGoal = page.locator('#field-needs-0-longTermGoals-0-shortTermGoals-0');
    await shortGoal.getByRole('button', { name: 'サービスを追加' }).click();
    const lines = 'needs.0.longTermGoals.0.shortTermGoals.0.serviceLines';
    await expect.poll(() => activeId(page)).toBe('field-needs-0-longTermGoals-0-shortTermGoals-0-serviceLines-0-content');
    await field(page, `${lines}.0.content`).fill('下肢筋力訓練と屋外歩行練習');
    await field(page, `${lines}.0.serviceTypeCode`).selectOption('15');
    await field(page, `${lines}.0.providerName`).fill('デイサービスかぜ');
    await field(page, `${lines}.0.frequency`).fill('週2回');

    await shortGoal.getByRole('button', { name: 'インフォーマル支援を追加' }).click();
    await field(page, `${lines}.1.content`).fill('土日に畑の力仕事を一緒に行う');
    await field(page, `${lines}.1.providerName`).fill('長男');
    await expect.poll(() => shortGoal.locator('.kind-badge').allTextContents()).toEqual(['保険サービス', 'インフォーマル支援']);
    await expect.poll(() => field(page, `${lines}.1.informalCategory`).inputValue()).toBe('family');
    await waitSaved(page);
  });

  it('reorders needs with the keyboard', async () => {
    await page.getByRole('button', { name: '課題（ニーズ）を追加' }).click();
    await field(page, 'needs.1.text').fill('茶飲み仲間と集まって話す時間を続けたい');
    const up = page.getByRole('button', { name: '課題2を上へ移動' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page, 'needs.0.text').inputValue()).toBe('茶飲み仲間と集まって話す時間を続けたい');
    // Focus follows the moved need, so it can be moved again at once.
    await expect.poll(() => activeId(page)).toBe('field-needs-0-down');
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page, 'needs.0.text').inputValue()).toBe('春から自宅裏の畑で野菜作りを続けたい');
    await page.getByRole('button', { name: '課題2を削除' }).click();
    await expect.poll(() => page.locator('.need-card').count()).toBe(1);
  });

  it('acknowledges a 気づき with a reason and finds it saved after a reload', async () => {
    const overviewOf = (p: Page): Locator => findings(p).and(p.locator('[data-rule="plan.overview-missing"][data-field="overallPolicy"]'));
    const overview = overviewOf(page);
    await expect.poll(() => overview.count()).toBe(1);
    await overview.getByRole('button', { name: '理由を書いてそのままにする' }).click();
    await overview.getByRole('button', { name: '理由を保存' }).click();
    await expect.poll(() => overview.getByRole('alert').textContent()).toContain('理由を入力してください');
    await overview.getByLabel('そのままにする理由').fill('担当者会議で本人・長男と話し合ってから記入する');
    await overview.getByRole('button', { name: '理由を保存' }).click();
    const acknowledged = page.getByRole('region', { name: '確認済みの気づき' });
    await expect.poll(() => acknowledged.textContent()).toContain('担当者会議で本人・長男と話し合ってから記入する');
    await waitSaved(page);

    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: '確認済みの気づき' }).textContent(), { timeout: 15_000 }).toContain('担当者会議で本人・長男と話し合ってから記入する');
    await expect.poll(() => overviewOf(page).count()).toBe(0);
  });

  it('shows the policy checklist questions in the self-check tab', async () => {
    await page.getByRole('tab', { name: '自己点検' }).click();
    await expect.poll(() => page.locator('.self-check-question').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /^気づき/u }).click();
  });

  it('records meeting, consent and delivery, then puts the plan in force', async () => {
    await page.getByRole('tab', { name: '手続き' }).click();
    const consentButton = page.getByRole('button', { name: '説明・同意を記録' });
    await field(page, 'consent.date').fill('令和7年6月20日');
    await field(page, 'consent.by').fill('小松 ハル');
    await field(page, 'consent.method').selectOption('signature');
    // Forward only: consent before the meeting is refused with the reason.
    await consentButton.click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('先に担当者会議の開催を記録してください');

    const meeting = field(page, 'meetingId');
    const firstMeeting = await meeting.locator('option').nth(1).getAttribute('value');
    await meeting.selectOption(firstMeeting);
    await page.getByRole('button', { name: '担当者会議の開催を記録' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('担当者会議済');

    await consentButton.click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('同意済');

    await field(page, 'delivery.toClientOn').fill('R7.6.20');
    await page.getByRole('button', { name: '交付を記録' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('デイサービスかぜへの交付日');
    await page.getByLabel('デイサービスかぜへの交付日').fill('2025-06-21');
    await page.getByRole('button', { name: '交付を記録' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('交付済');

    // 個別サービス計画の提出依頼 (13条12号) is recorded with the plan and autosaved.
    await page.getByLabel('デイサービスかぜに提出を依頼した日').fill('R7.6.21');

    await page.getByRole('button', { name: '実施中にする' }).click();
    await expect.poll(() => page.locator('.plan-status-line').textContent()).toContain('実施中');
    await expect.poll(() => page.locator('.lifecycle-steps .step-done').count()).toBe(4);
    await waitSaved(page);
    const saved = async () => ((await store.listDocuments('demo-office', clientId, 'care_plan')).find((d) => d.id === planId)?.body as { individualServicePlans?: Array<{ providerName?: string; requestedOn?: string }> } | undefined);
    await expect.poll(async () => (await saved())?.individualServicePlans?.find((r) => r.providerName === 'デイサービスかぜ')?.requestedOn).toBe('2025-06-21');
  });

  it('opens the print view of 第2表 (A4 landscape, 和暦) and saves a screenshot', async () => {
    await page.goto(`${server.url}/clients/${encodeURIComponent(clientId)}/print/plan-2?document=${encodeURIComponent(planId)}`);
    const table = page.locator('.plan2-table');
    await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('春から自宅裏の畑で野菜作りを続けたい');
    await expect.poll(() => table.textContent()).toContain('デイサービスかぜ');
    await expect.poll(() => table.textContent()).toContain('長男');
    await expect.poll(() => page.locator('.sheet-created').textContent()).toMatch(/作成年月日 令和\d+年/u);
    await page.screenshot({ path: join(artifacts, 'plan-2-print.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.print-toolbar').isVisible()).toBe(false);
    // The page size comes from the print CSS (@page A4 landscape): 842 × 595 pt.
    const pdf = (await page.pdf({ path: join(artifacts, 'plan-2-print.pdf'), preferCSSPageSize: true })).toString('latin1');
    const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/u.exec(pdf)!.slice(1).map(Number) as [number, number];
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    await page.emulateMedia({ media: 'screen' });
  });

});
