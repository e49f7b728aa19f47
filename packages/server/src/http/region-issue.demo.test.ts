import { buildResourceIndex, matchResources, type Resource } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { demoPassword } from '../demo/demo-organizations.js';
import { seedDemo } from '../demo/seed-demo.js';
import { demoIssueResourceName } from '../demo/seed-demo-region-issue.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/**
 * The region loop of the demo, read through the API as the insurer and the 包括 read it, and the
 * reports made for the 協議体 checked against every demo client's name, address and numbers.
 */
const today = '2025-11-20';

describe.each(storeBackends())('demo 地域課題 loop on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
    app = createApp({ store, now: () => new Date(`${today}T01:00:00Z`), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login: string): Promise<TestAgent> {
    const agent = new TestAgent(app, demoPassword);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }

  it('a 地域課題 fed by the office’s unmet needs, discussed twice by the 協議体 and resolved with a new directory entry a plan uses', async () => {
    const insurer = await signedIn('insurer.hitachi');
    const { issues } = (await insurer.request('GET', '/api/region/issues')).json;
    expect(issues.map((i: { record: { body: { status: string } } }) => i.record.body.status).sort()).toEqual(['council', 'identified', 'resolved']);
    const resolved = issues.find((i: { record: { body: { status: string } } }) => i.record.body.status === 'resolved');
    expect(resolved.evidence.unmetNeeds).toBe(3);
    expect(resolved.evidence.quarters.filter((q: { unmetNeeds: number }) => q.unmetNeeds > 0).length).toBeGreaterThanOrEqual(2);
    expect(resolved.record.body.discussions).toHaveLength(3);
    // The 地域ケア個別会議 of the meeting demo feeds it too: counted from the link, and no longer an open candidate for the 包括.
    expect(resolved.evidence.meetings).toBe(1);
    expect(resolved.record.body.meetingLinks[0]).toMatchObject({ meetingLabel: '地域ケア個別会議' });
    const center = await signedIn('center.staff');
    const forCenter = (await center.request('GET', '/api/region/issues')).json;
    expect(forCenter.candidates.map((c: { statement: string }) => c.statement)).not.toContain(resolved.record.body.meetingLinks[0].statement);
    expect(resolved.record.body.history.map((h: { status: string }) => h.status)).toEqual(['identified', 'council', 'developing', 'resolved']);
    const [resourceId] = resolved.record.body.resourceIds;
    const resource = (await insurer.request('GET', `/api/records/${resourceId}`)).json.record;
    expect(resource.body).toMatchObject({ name: demoIssueResourceName, createdForIssueId: resolved.record.id });

    // The plan editor's suggestions find the new entry for a need like the demo's, near 大塚 シズ's home.
    const cm = await signedIn('cm.tanaka');
    const directory = (await cm.request('GET', '/api/records?kind=region_resource')).json.records.map((r: { body: Resource }) => r.body) as Resource[];
    const client = demoCaseFiles(today).find((c) => c.caseFile.client.id === 'demo-client-11')?.caseFile;
    const matches = matchResources(buildResourceIndex(directory), { text: '自分で品物を選んで買い物をしたい\n近所の人と話す機会を持ちたい', address: client?.client.address?.line1, busy: [] });
    expect(matches.slice(0, 3).map((m) => m.resource.name)).toContain(demoIssueResourceName);
    const lines = client?.carePlans.flatMap((p) => p.needs.flatMap((n) => n.longTermGoals.flatMap((l) => l.shortTermGoals.flatMap((g) => g.serviceLines)))) ?? [];
    expect(lines.some((l) => l.kind === 'informal' && l.providerName === demoIssueResourceName)).toBe(true);
  });

  it('carries no name, address, 被保険者番号 or phone of any demo client into the register, the agenda or the unmet report', async () => {
    const answers: string[] = [];
    for (const login of ['insurer.hitachi', 'center.staff']) {
      const agent = await signedIn(login);
      for (const path of ['/api/region/issues', '/api/region/issues/agenda', '/api/region/reports/unmet']) {
        const res = await agent.request('GET', path);
        expect(res.status).toBe(200);
        answers.push(res.text);
      }
    }
    const agenda = JSON.parse(answers[1] ?? '{}') as { agenda: { items: unknown[] } };
    expect(agenda.agenda.items).toHaveLength(3);
    const text = answers.join('\n');
    for (const { caseFile } of demoCaseFiles(today)) {
      const { name, nameKana, insuredNumber, address, phone } = caseFile.client;
      for (const value of [name, nameKana, insuredNumber, address?.line1, phone].filter((v): v is string => !!v)) expect(text).not.toContain(value);
      expect(text).not.toContain(name.replace(/\s/gu, ''));
    }
  });
});
