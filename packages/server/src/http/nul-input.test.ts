import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** PostgreSQL text cannot hold U+0000: every way in refuses it the same on both backends, never a 500. */
describe.each(storeBackends())('input with NUL (U+0000) on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await store.createOrganization({ id: 'office-n', kind: 'care_management_office', name: '架空居宅介護支援事業所', officeNumber: '0899000077' });
    await store.createUser({ id: 'u-n', organizationId: 'office-n', login: 'cm.n', displayName: '架空 花子', role: 'care_manager', passwordHash: await hashPassword('correct-password-123') });
    app = createApp({ store, now: () => new Date('2026-01-15T01:00:00Z'), throttle: new LoginThrottle(), version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('refuses a NUL in a JSON body, a path or a query with 400 bad_request in Japanese, and stores nothing', async () => {
    const anonymous = new TestAgent(app);
    const cm = new TestAgent(app);
    expect((await cm.login('cm.n')).status).toBe(200);
    const client = { id: 'c-nul', insurerNumber: '089902', insuredNumber: '0000000077', name: '架空\u0000花子', nameKana: 'カクウ ハナコ', birthDate: '1940-01-01' };
    for (const res of [
      await anonymous.request('POST', '/api/auth/login', { login: 'cm.n\u0000', password: 'x' }),
      await cm.request('POST', '/api/clients', client),
      await cm.request('GET', '/api/clients/%00'),
      await cm.request('GET', '/api/clients?q=%00'),
    ]) {
      expect(res.status, res.text).toBe(400);
      expect(res.json.error.code).toBe('bad_request');
      expect(res.json.error.message).toContain('NUL');
    }
    expect(await store.listClients('office-n')).toEqual([]);
  });
});
