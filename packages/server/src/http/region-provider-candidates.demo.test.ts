import type { ProviderCandidatesAnswer } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { demoPassword } from '../demo/demo-organizations.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/**
 * The demo gives both keepers of the directory providers to register: the 包括 from its own and
 * delegated plans, the insurer from the plans offices submitted for ケアプラン点検. None of them is in
 * the demo directory, and no demo client's name, kana or number is in either answer.
 */
const today = '2025-11-20';

describe.each(storeBackends())('demo provider candidates on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
    // After the demo's grants (made at noon of `today`, Tokyo).
    app = createApp({ store, now: () => new Date(`${today}T06:00:00Z`), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function candidatesOf(login: string): Promise<ProviderCandidatesAnswer> {
    const agent = new TestAgent(app, demoPassword);
    expect((await agent.login(login)).status).toBe(200);
    const res = await agent.request('GET', '/api/region/resources/provider-candidates');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json as ProviderCandidatesAnswer;
  }

  it('the 包括 and the insurer each have providers to register, and nothing about a client', async () => {
    const secrets = demoCaseFiles(today).flatMap(({ caseFile: { client } }) => [client.name, client.nameKana ?? '', client.insuredNumber, client.id].filter((s) => s !== ''));
    for (const login of ['center.staff', 'insurer.hitachi']) {
      const answer = await candidatesOf(login);
      expect(answer.candidates.length, login).toBeGreaterThan(0);
      for (const candidate of answer.candidates) {
        expect(candidate.officeNumber).toMatch(/^\d{10}$/u);
        expect(candidate.plans + candidate.usageSheets).toBeGreaterThan(0);
      }
      const text = JSON.stringify(answer);
      for (const secret of secrets) expect(text, `${login}: ${secret}`).not.toContain(secret);
    }
  });
});
