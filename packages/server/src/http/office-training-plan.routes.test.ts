import { tokyoDateOf } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { demoPassword } from '../demo/demo-organizations.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** The demo office's yearly training plan (fictional staff) against its training records. */
const now = new Date('2026-07-10T01:00:00Z');
const today = tokyoDateOf(now);

interface Row {
  staffId: string;
  name: string;
  items: { title: string; plannedMonth: string; status: string; failing?: boolean; recordId?: string }[];
  todo: string[];
}

describe.each(storeBackends())('training plan completion (イ(6)) on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
    app = createApp({ store, now: () => now, throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login: string): Promise<TestAgent> {
    const agent = new TestAgent(app, demoPassword);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }

  it('shows each care manager’s planned trainings: done, one overdue within the grace, this month’s and those to come', async () => {
    const cm = await signedIn('cm.sato');
    const res = await cm.request('GET', '/api/office/month?month=2026-07');
    expect(res.status).toBe(200);
    const rows = res.json.addition.trainingPlan as Row[];
    expect(rows.map((r) => r.name)).toEqual(['鈴木 由美', '佐藤 みのり', '田中 健太', '山本 直子']);
    const yamamoto = rows.find((r) => r.name === '山本 直子')!;
    expect(yamamoto.items.map((i) => [i.plannedMonth, i.status])).toEqual([
      ['2026-04', 'done'],
      ['2026-06', 'overdue'],
      ['2026-07', 'due'],
      ['2026-08', 'upcoming'],
    ]);
    expect(yamamoto.todo).toContain('山本 直子さんの『認知症の方の意思決定支援の研修（県）』（令和8年6月予定）の記録がありません。');
    expect(rows.find((r) => r.name === '鈴木 由美')!.items.map((i) => i.plannedMonth)).toEqual(['2026-04', '2026-07', '2026-08', '2026-09']);
    // One month late is within the grace: the demo office still meets (Ⅱ).
    expect(res.json.addition.best).toBe('II');
    expect(res.json.addition.requirements.find((r: { id: string }) => r.id === 'r6').met).toBe(true);

    const due = await cm.request('GET', '/api/office/due');
    expect(due.status).toBe(200);
    const planned = due.json.plannedTrainings as { name: string; title: string; overdue: boolean }[];
    expect(planned.filter((p) => p.overdue).map((p) => [p.name, p.title])).toEqual([['山本 直子', '認知症の方の意思決定支援の研修（県）']]);
    expect(planned.filter((p) => !p.overdue).map((p) => p.name)).toEqual(['鈴木 由美', '佐藤 みのり', '田中 健太', '山本 直子']);
  });

  it('fails イ(6) when a planned training is more than a month late, and a record naming the care managers carries it out', async () => {
    const admin = await signedIn('office.admin');
    const august = await admin.request('GET', '/api/office/month?month=2026-08');
    const r6 = august.json.addition.requirements.find((r: { id: string }) => r.id === 'r6');
    // Failing for the office's own levels; (A) is met through the partner agreement that shares the plan.
    expect(r6.metFor).toEqual(['A']);
    expect(r6.detail).toContain('山本 直子さん『認知症の方の意思決定支援の研修（県）』（令和8年6月予定）');
    const failing = (month: { json: { addition: { levels: { level: string; failing: string[] }[] } } }) => month.json.addition.levels.find((l) => l.level === 'II')!.failing;
    expect(failing(august)).toContain('r6');

    const staff = (await admin.request('GET', '/api/records?kind=staff_member&scope=own')).json.records as { id: string; body: { name: string } }[];
    const yamamoto = staff.find((s) => s.body.name === '山本 直子')!;
    const record = await admin.request('POST', '/api/records', { kind: 'training_record', body: { topic: 'other', date: '2026-07-09', title: '認知症の方の意思決定支援の研修（県）', method: 'lecture', participants: '山本 直子', staffIds: [yamamoto.id] } });
    expect(record.status).toBe(201);
    const july = await admin.request('GET', '/api/office/month?month=2026-07');
    const item = (july.json.addition.trainingPlan as Row[]).find((r) => r.name === '山本 直子')!.items.find((i) => i.plannedMonth === '2026-06')!;
    expect(item).toMatchObject({ status: 'done', recordId: record.json.record.id });
    // August: the July ハラスメント研修 is one month late for all, within the grace; nothing is more than a month late.
    const after = await admin.request('GET', '/api/office/month?month=2026-08');
    expect(after.json.addition.requirements.find((r: { id: string }) => r.id === 'r6').metFor).toEqual(['I', 'II', 'III', 'A']);
    expect(failing(after)).not.toContain('r6');
  });

  it('refuses planned items outside the plan’s 年度 and saves nothing', async () => {
    const admin = await signedIn('office.admin');
    const before = (await admin.request('GET', '/api/records?kind=office_activity&scope=own')).json.records.length as number;
    const res = await admin.request('POST', '/api/records', {
      kind: 'office_activity',
      body: { type: 'training_plan', date: '2026-03-20', title: '研修計画', staffIds: [], plannedItems: [{ topic: 'infection', title: '感染症の研修', plannedMonth: '2026-03' }, { topic: 'bcp_drill', title: 'BCP訓練', plannedMonth: '2026-04' }] },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.message).toContain('予定の研修の実施予定月は同じ年度');
    expect((await admin.request('GET', '/api/records?kind=office_activity&scope=own')).json.records.length).toBe(before);
  });
});
