import type { CareTeamMeeting, Monitoring, SupportLogEntry } from '@kizuki/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { clientIdByName, expectSaved, expectText, signIn, startDemoServer, type DemoServer } from './support/workspace.js';

// Browser steps wait on a real server and Chromium; under a loaded CI machine they need more than the default 30 s.
describe('a care manager records a meeting, a support log entry and a monitoring (browser)', { timeout: 120_000 }, () => {
  let demo: DemoServer;
  let browser: TestBrowser;
  let page: Page;
  let clientId: string;

  const bodies = async <T,>(kind: 'care_team_meeting' | 'support_log_entry' | 'monitoring') =>
    (await demo.store.listDocuments('demo-office', clientId, kind)).map((d) => d.body as T);

  beforeAll(async () => {
    demo = await startDemoServer();
    clientId = await clientIdByName(demo.store, '千葉 義男');
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await signIn(page, demo.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('records a サービス担当者会議 (第4表) with attendees and conclusions', async () => {
    await page.goto(`${demo.url}/clients/${clientId}/meeting`);
    const before = (await bodies<CareTeamMeeting>('care_team_meeting')).length;
    await page.getByRole('button', { name: '新しい会議を記録' }).click();
    await expectText(page.locator('.save-state'), '新規');
    await page.locator('#field-occasion').selectOption({ label: '要介護認定の更新' });
    await page.locator('#field-place').fill('利用者宅');
    await page.getByRole('button', { name: '出席者を追加' }).click();
    await page.locator('#field-attendees-0-name').fill('千葉 義男');
    await page.getByLabel('本人', { exact: true }).check();
    await page.getByRole('button', { name: '出席者を追加' }).click();
    await page.locator('#field-attendees-1-name').fill('架空 一郎');
    await page.locator('#field-attendees-1-organization').fill('架空デイサービス');
    await page.locator('#field-discussion').fill('通所の回数を週2回に増やすかを検討した。');
    await page.locator('#field-conclusions').fill('週2回に増やし、3か月後に評価する。');
    await expectSaved(page);

    const meetings = await bodies<CareTeamMeeting>('care_team_meeting');
    expect(meetings).toHaveLength(before + 1);
    const saved = meetings.find((m) => m.conclusions === '週2回に増やし、3か月後に評価する。');
    expect(saved).toMatchObject({ occasion: 'renewal', place: '利用者宅', kind: 'meeting' });
    expect(saved!.attendees.map((a) => [a.name, a.isClient ?? false])).toEqual([
      ['千葉 義男', true],
      ['架空 一郎', false],
    ]);
    // The new meeting stays selected and further edits go to the same document.
    await page.locator('#field-openIssues').fill('送迎時間の調整');
    await expectSaved(page);
    expect((await bodies<CareTeamMeeting>('care_team_meeting')).length).toBe(before + 1);
  });

  it('adds a 支援経過 (第5表) entry that appears at the top of the timeline', async () => {
    await page.getByRole('link', { name: '支援経過', exact: true }).click();
    await expectText(page.locator('.case-tab-panel h2').first(), '居宅介護支援経過');
    await page.locator('#field-time').fill('14:30');
    await page.locator('#field-kind').selectOption({ label: '電話' });
    await page.locator('#field-counterpart').fill('長女');
    await page.locator('#field-title').fill('通所回数の変更について');
    await page.locator('#field-content').fill('週2回への変更を長女に電話で伝え、了承を得た。');
    await page.getByRole('button', { name: '記録を追加' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'を追加しました' }), '通所回数の変更について');
    const first = page.locator('.timeline-entry').first();
    await expectText(first, '週2回への変更を長女に電話で伝え、了承を得た。');
    await expectText(first, '電話');
    // The form is empty again for the next entry.
    await expect.poll(() => page.locator('#field-content').inputValue()).toBe('');
    const entries = await bodies<SupportLogEntry>('support_log_entry');
    expect(entries.find((e) => e.title === '通所回数の変更について')).toMatchObject({ kind: 'phone', time: '14:30', counterpart: '長女', authorUserId: 'demo-user-cm' });
  });

  it('refuses an entry without a date and says so next to the field', async () => {
    await page.locator('#field-date').fill('');
    await page.locator('#field-content').fill('日付のない記録');
    await page.getByRole('button', { name: '記録を追加' }).click();
    await expectText(page.locator('#field-date-error'), '日付を入力してください');
    await expectText(page.getByRole('alert'), '入力内容に1件の誤りがあります');
    expect((await bodies<SupportLogEntry>('support_log_entry')).some((e) => e.content === '日付のない記録')).toBe(false);
  });

  it('records a monitoring with an evaluation per short-term goal and starts the plan revision', async () => {
    await page.getByRole('link', { name: 'モニタリング', exact: true }).click();
    await page.getByRole('button', { name: '今月のモニタリングを記録' }).click();
    await expectText(page.locator('.save-state'), '新規');
    const goal = page.locator('.goal-evaluation').first();
    await expectText(goal, '短期目標1');
    await goal.getByText('一部達成').click();
    await goal.locator('textarea').fill('週1回は自分で買物に行けている。');
    await page.locator('#field-changes').fill('膝の痛みが増えている。');
    await expectSaved(page);
    await page.getByRole('button', { name: '計画の見直しを始める' }).click();
    await expectText(page.getByRole('status').filter({ hasText: '計画の見直しを始めました' }), '居宅サービス計画で新しい計画を作成する');
    await expectSaved(page);

    const monitorings = await bodies<Monitoring>('monitoring');
    const saved = monitorings.find((m) => m.changes === '膝の痛みが増えている。');
    expect(saved).toMatchObject({ startsPlanRevision: true, nextAction: 'revise_plan' });
    expect(saved!.goalEvaluations[0]).toMatchObject({ achievement: 'partly', comment: '週1回は自分で買物に行けている。' });
    expect(saved!.goalEvaluations.every((e) => e.shortTermGoalId !== '')).toBe(true);
  });

  it('answers the 基本チェックリスト and sees the 事業対象者 result change as it is entered', async () => {
    await page.getByRole('link', { name: '予防', exact: true }).click();
    const result = page.locator('.checklist-verdict');
    await expectText(result, '事業対象者の基準に該当していません');
    // No.16 週に1回以上は外出していますか: いいえ means 閉じこもり, which alone makes 事業対象者.
    await page.getByRole('group', { name: /^No\.16 / }).getByText('いいえ').click();
    await expectText(result, '事業対象者に該当します');
    await expectText(page.locator('.checklist-result'), 'No.16に該当（閉じこもり）');
    await page.getByRole('group', { name: /^No\.16 / }).getByText('はい').click();
    await expectText(result, '事業対象者の基準に該当していません');
    await page.locator('#field-heightCm').fill('150');
    await page.locator('#field-weightKg').fill('40');
    await expectText(page.locator('.checklist-questions'), 'BMI 17.8（該当）');
    await expectSaved(page);
    const checklists = (await demo.store.listDocuments('demo-office', clientId, 'basic_checklist')).map((d) => d.body as { answers: (boolean | null)[]; heightCm?: number });
    expect(checklists.some((c) => c.answers[15] === true && c.heightCm === 150)).toBe(true);
  });
});
