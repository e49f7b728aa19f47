import type { Store } from '@kizuki/server';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printForms } from '../src/print/print-forms.js';
import { caseFileTabs, routePath, type Route } from '../src/routing/routes.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { artifacts, clientIdByName, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

/** Every page of the router, for one client; a new kind of route must be added here to compile. */
function routerPages(clientId: string): Record<Route['name'], string[]> {
  return {
    home: [routePath({ name: 'home' })],
    'csv-import': [routePath({ name: 'csv-import' })],
    'csv-audit': [routePath({ name: 'csv-audit' })],
    grants: [routePath({ name: 'grants' })],
    'access-log': [routePath({ name: 'access-log' })],
    account: [routePath({ name: 'account' })],
    shared: [routePath({ name: 'shared' })],
    // Opens only through a live grant; sharing.browser.test.ts walks that path.
    'shared-document': [],
    policy: [routePath({ name: 'policy', path: [] }), routePath({ name: 'policy', path: ['versions', 'demo-policy-hitachi-1-1-0'] }), routePath({ name: 'policy', path: ['diff', 'demo-policy-hitachi-1-0-0', 'demo-policy-hitachi-1-1-0'] })],
    // As the demo office (the insurer's own pages are walked in inspection.browser.test.ts).
    inspection: [[], ['cases', 'demo-inspection-case-a'], ['cases', 'demo-inspection-case-b'], ['cases', 'demo-inspection-case-d'], ['summaries', 'demo-inspection-summary-previous'], ['summaries', 'demo-inspection-summary-previous', 'print']].map((path) =>
      routePath({ name: 'inspection', path }),
    ),
    effect: [routePath({ name: 'effect', path: [] }), routePath({ name: 'effect', path: ['benefit-review'] })],
    office: [[], ['staff'], ['addition'], ['addition', 'print'], ['concentration'], ['concentration', 'print'], ['notifications'], ['notifications', 'print'], ['training'], ['bcp'], ['emergency-list'], ['practice']].map((path) => routePath({ name: 'office', path })),
    region: [routePath({ name: 'region', path: [] }), routePath({ name: 'region', path: ['map'] }), routePath({ name: 'region', path: ['unmet'] }), routePath({ name: 'region', path: ['meetings'] }), routePath({ name: 'region', path: ['issues'] }), routePath({ name: 'region', path: ['reports'] }), routePath({ name: 'region', path: ['reports', 'agenda'] })],
    // As the demo office: its delegated clients and a 介護予防手帳; the delegated plan editor opens through a grant (prevention.browser.test.ts).
    prevention: [routePath({ name: 'prevention', path: [] }), routePath({ name: 'prevention', path: ['handbook', clientId] })],
    client: caseFileTabs.map((tab) => routePath({ name: 'client', clientId, tab })),
    print: Object.keys(printForms).map((form) => routePath({ name: 'print', clientId, form })),
    'not-found': ['/no-such-page'],
  };
}

/** What the browser reports as an error: console errors, uncaught exceptions and CSP violations. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Scroll width against the window's width (evaluated in the page; the test code has no DOM types). */
const horizontalOverflow = (page: Page) =>
  page.evaluate<{ scrollWidth: number; clientWidth: number }>('({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth })');

/** Waits until the page's data has arrived and React has drawn it. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('[role="status"]', { hasText: '読み込んでいます' }).count()).toBe(0);
}

const viewportHeight = 768;

describe('a care manager works on a 1024×768 tablet (browser, real server on SQLite)', { timeout: 240_000 }, () => {
  let server: DemoServer;
  let store: Store;
  let browser: TestBrowser;
  let page: Page;
  let errors: string[];
  let clientId: string;

  beforeAll(async () => {
    server = await startDemoServer();
    store = server.store;
    clientId = await clientIdByName(store, '村田 ヨシ');
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // Every CSP violation is also reported by the page itself, whatever the console says about it.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber))",
    );
    errors = watchErrors(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the login page with no console error but the signed-out session check', async () => {
    await page.goto(server.url);
    await page.getByLabel('ログイン名').waitFor();
    await settle(page);
    // Asking /api/auth/me is how the page learns nobody is signed in; the browser logs its 401.
    expect(errors.filter((e) => !(e.includes('401') && e.includes('/api/auth/me')))).toEqual([]);
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual((await horizontalOverflow(page)).clientWidth);
    errors.length = 0;
  });

  it('opens every page of the router without a console error, a CSP violation or a sideways scroll', async () => {
    await signIn(page, server.url, 'cm.sato');
    const pages = Object.values(routerPages(clientId)).flat();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      errors.length = 0;
      await page.goto(`${server.url}${path}`);
      await settle(page);
      expect(errors, path).toEqual([]);
      const { scrollWidth, clientWidth } = await horizontalOverflow(page);
      expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
      const tab = caseFileTabs.find((t) => path === routePath({ name: 'client', clientId, tab: t }));
      if (tab) await page.screenshot({ path: join(artifacts, `tablet-1024-${tab}.png`) });
      if (path.includes('/print/')) await page.screenshot({ path: join(artifacts, `tablet-1024-print-${path.split('/').pop()}.png`) });
    }
  });

  it('keeps the case file heading small: one row of tabs and the plan form in the top 40% of the screen', async () => {
    await page.goto(`${server.url}${routePath({ name: 'client', clientId, tab: 'care-plan' })}`);
    await page.locator('.care-plan-tab .section-panel').waitFor();
    await settle(page);
    const top = await page.evaluate<number>("document.querySelector('.care-plan-tab .section-panel').getBoundingClientRect().top");
    expect(top).toBeLessThanOrEqual(viewportHeight * 0.4);
    // The tabs stay on one row (scrollable sideways on a narrower screen).
    const tabTops = await page.evaluate<number[]>("[...document.querySelectorAll('.case-tab')].map((el) => Math.round(el.getBoundingClientRect().top))");
    expect(new Set(tabTops).size).toBe(1);
    // The print views are one menu, not a row of buttons.
    const printMenu = page.locator('.client-heading').getByRole('navigation', { name: '印刷', exact: true });
    expect(await printMenu.getByRole('link').count()).toBe(0);
    await printMenu.locator('summary').click();
    expect(await printMenu.getByRole('link').count()).toBe(Object.keys(printForms).length);
    await page.keyboard.press('Escape');
  });

  it('marks the field of a new 気づき within 1 s of the last keystroke, announces it and shows its card', async () => {
    const goal = page.locator('#field-needs-0-longTermGoals-0-shortTermGoals-0-text');
    await goal.scrollIntoViewIfNeeded();
    const mark = '.field-note[data-note="plan.goal-vague@needs.0.longTermGoals.0.shortTermGoals.0.text"]';
    expect(await page.locator(mark).count()).toBe(0);
    // Measured inside the page: from the last input event on the field to the mark being drawn.
    await page.evaluate(`(() => {
      const field = document.getElementById('field-needs-0-longTermGoals-0-shortTermGoals-0-text');
      window.__lastInput = undefined;
      window.__marked = undefined;
      field.addEventListener('input', () => { window.__lastInput = performance.now(); window.__marked = undefined; });
      new MutationObserver(() => {
        if (window.__marked === undefined && window.__lastInput !== undefined && document.querySelector('${mark}')) window.__marked = performance.now();
      }).observe(document.body, { subtree: true, childList: true });
    })()`);
    await goal.click();
    await goal.fill('');
    await goal.pressSequentially('安心して生活する', { delay: 20 });
    await page.locator(mark).waitFor({ timeout: 5_000 });
    const elapsed = await page.evaluate<number>('window.__marked - window.__lastInput');
    expect(elapsed).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1_000);

    // The mark says what the 気づき is about, next to the field, and is on screen.
    await expectText(page.locator(mark), '抽象的な目標');
    await expectText(page.locator(mark), '助言');
    expect(await page.evaluate<boolean>(`(() => { const r = document.querySelector('${mark}').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`)).toBe(true);
    const describedBy = (await goal.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('field-needs-0-longTermGoals-0-shortTermGoals-0-text-notes');

    // The panel announces it, highlights its count and brings its card into view, heading in two parts.
    await expectText(page.locator('.kizuki-panel [role="status"]'), '新しい気づき 1件: 抽象的な目標（第2表 課題1 長期目標1 短期目標1）');
    expect(await page.locator('.kizuki-panel .kizuki-count-new').count()).toBe(1);
    const card = page.locator('.kizuki-panel [data-finding-id="plan.goal-vague@needs.0.longTermGoals.0.shortTermGoals.0.text"]');
    await expectText(card.locator('.kizuki-finding-rule'), '抽象的な目標');
    expect(await card.locator('.kizuki-finding-where').innerText()).toBe('第2表 課題1 長期目標1 短期目標1');
    expect(await card.getAttribute('class')).toContain('kizuki-finding-fresh');
    const cardInView = `(() => {
      const card = document.querySelector('.kizuki-panel [data-finding-id="plan.goal-vague@needs.0.longTermGoals.0.shortTermGoals.0.text"]');
      const p = card.closest('.kizuki-panel').getBoundingClientRect();
      const r = card.getBoundingClientRect();
      return r.top >= Math.max(p.top, 0) && r.top < Math.min(p.bottom, innerHeight) - 40;
    })()`;
    await expect.poll(() => page.evaluate<boolean>(cardInView)).toBe(true);
    await page.screenshot({ path: join(artifacts, 'tablet-1024-new-kizuki.png') });

    // Following another field, the panel shows the 気づき about it; the mark opens its card.
    await page.locator('#field-needs-0-text').focus();
    await page.locator(mark).locator('button').click();
    await expect.poll(() => card.getAttribute('class')).toContain('kizuki-finding-current');
  });

  it('echoes a date only when it was typed another way than the 和暦 the field shows', async () => {
    await page.getByRole('tab', { name: '第1表' }).click();
    const date = page.locator('#field-planDate');
    await date.waitFor();
    const hint = page.locator('#field-planDate-hint');
    await date.fill('令和8年12月1日');
    await expect.poll(async () => ((await hint.count()) > 0 ? ((await hint.textContent()) ?? '') : '')).not.toContain('→');
    await date.fill('R8.12.1');
    await expectText(hint, '→ 令和8年12月1日（2026年）');
  });

  it('opens the insurer’s own start page, and the 包括’s clients first', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByLabel('ログイン名').waitFor();
    await signIn(page, server.url, 'insurer.hitachi');
    await expectText(page.locator('main h1'), '日立市');
    expect(await page.locator('#dashboard-title').count()).toBe(0);
    await expect.poll(() => page.locator('.start-task').count()).toBe(7);
    errors.length = 0;
    for (const path of ['/', '/csv-audit', '/shared', '/effect', '/effect/benefit-review', '/region', '/region/map', '/region/unmet', '/region/resources/new', '/region/issues', '/region/reports', '/region/reports/agenda']) {
      await page.goto(`${server.url}${path}`);
      await settle(page);
      expect(errors, path).toEqual([]);
    }
    await page.screenshot({ path: join(artifacts, 'tablet-1024-insurer-home.png') });

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByLabel('ログイン名').waitFor();
    await signIn(page, server.url, 'center.staff');
    await expectText(page.locator('main h2').first(), '利用者一覧');
    await expect.poll(() => page.locator('.client-table tbody tr').count()).toBeGreaterThan(0);
  });
});
