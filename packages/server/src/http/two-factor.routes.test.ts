import { sessionAnswerSchema, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { totpCode } from '../auth/totp.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

const office: Organization = { id: 'tf-office', kind: 'care_management_office', name: 'ひまわり居宅介護支援事業所', officeNumber: '0800000091' };
const insurer: Organization = { id: 'tf-insurer', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089991' };
const password = 'correct-password-123';

describe.each(storeBackends())('二要素認証 API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let now = new Date('2026-03-02T01:00:00Z');
  const later = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));

  beforeAll(async () => {
    store = await backend.open();
    await store.createOrganization(office);
    await store.createOrganization(insurer);
    const passwordHash = await hashPassword(password);
    for (const [id, org, login, role] of [
      ['tf-cm', office, 'tf.cm', 'care_manager'],
      ['tf-cm2', office, 'tf.cm2', 'care_manager'],
      ['tf-cm3', office, 'tf.cm3', 'care_manager'],
      ['tf-admin', office, 'tf.admin', 'office_admin'],
      ['tf-ins', insurer, 'tf.insurer', 'insurer_staff'],
    ] as const) {
      await store.createUser({ id, organizationId: org.id, login, displayName: `利用者 ${login}`, role, passwordHash });
    }
    app = createApp({ store, now: () => now, throttle: new LoginThrottle({ maxFailures: 5 }), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  /** Signs in without 二要素認証 and enrolls on the account page; answers the secret and the recovery codes. */
  async function enrollOnAccountPage(login: string): Promise<{ agent: TestAgent; secret: string; recoveryCodes: string[] }> {
    const agent = new TestAgent(app);
    expect((await agent.login(login)).status).toBe(200);
    const started = await agent.request('POST', '/api/auth/two-factor/enroll');
    expect(started.status).toBe(200);
    const secret = String(started.json.secret);
    expect(started.json.otpauthUri).toContain(`otpauth://totp/Kizuki:${login}?secret=${secret}`);
    const wrong = await agent.request('POST', '/api/auth/two-factor/confirm', { code: '000000' === totpCode(secret, now.getTime()) ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe('invalid_two_factor_code');
    const confirmed = await agent.request('POST', '/api/auth/two-factor/confirm', { code: totpCode(secret, now.getTime()) });
    expect(confirmed.status).toBe(200);
    const recoveryCodes = confirmed.json.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    return { agent, secret, recoveryCodes };
  }

  it('enrolls on the account page, then signs in in two steps; the session opens only after the code', async () => {
    const { agent, secret } = await enrollOnAccountPage('tf.cm');
    const status = await agent.request('GET', '/api/auth/two-factor');
    expect(status.json).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    // The secret is never shown again, neither by the status nor by a second enrollment.
    expect(JSON.stringify(status.json)).not.toContain(secret);
    expect((await agent.request('POST', '/api/auth/two-factor/enroll')).status).toBe(409);

    later(30);
    const fresh = new TestAgent(app);
    const first = await fresh.request('POST', '/api/auth/login', { login: 'tf.cm', password });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ step: 'code' });
    expect(fresh.cookie).toBe('');
    // No session yet: the pending sign-in reaches nothing else.
    expect((await fresh.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await fresh.request('GET', '/api/clients')).status).toBe(401);

    const wrong = await fresh.request('POST', '/api/auth/login/code', { code: '12345a' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ code: 'invalid_two_factor_code' });
    expect(wrong.json.error.message).toContain('確認コードが正しくありません');

    const code = totpCode(secret, now.getTime());
    const second = await fresh.request('POST', '/api/auth/login/code', { code });
    expect(second.status).toBe(200);
    expect(second.json.user.login).toBe('tf.cm');
    expect(sessionAnswerSchema.parse(second.json)).toEqual(second.json);
    expect(fresh.cookie).toMatch(/^kizuki_session=./);
    fresh.csrf = String(second.json.csrfToken);
    expect((await fresh.request('GET', '/api/auth/me')).status).toBe(200);

    // The same code again, from another device within its window: refused as a replay.
    const other = new TestAgent(app);
    await other.request('POST', '/api/auth/login', { login: 'tf.cm', password });
    const replay = await other.request('POST', '/api/auth/login/code', { code });
    expect(replay.status).toBe(400);
    expect(replay.json.error.code).toBe('two_factor_code_reused');
    expect(replay.json.error.message).toContain('すでに使われました');
    // The next step's code is fine.
    later(30);
    expect((await other.request('POST', '/api/auth/login/code', { code: totpCode(secret, now.getTime()) })).status).toBe(200);
  });

  it('takes a recovery code once, and the code step without a pending sign-in answers 401', async () => {
    const { recoveryCodes } = await enrollOnAccountPage('tf.cm2');
    const [code] = recoveryCodes as [string];
    const agent = new TestAgent(app);
    expect((await agent.request('POST', '/api/auth/login/code', { code })).status).toBe(401);
    await agent.request('POST', '/api/auth/login', { login: 'tf.cm2', password });
    const used = await agent.request('POST', '/api/auth/login/code', { code: code.toUpperCase().replace('-', ' ') });
    expect(used.status).toBe(200);

    const again = new TestAgent(app);
    await again.request('POST', '/api/auth/login', { login: 'tf.cm2', password });
    const refused = await again.request('POST', '/api/auth/login/code', { code });
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid_two_factor_code');
    const log = await store.listAccessLog(office.id, { userId: 'tf-cm2', action: 'account.recovery_code_used' });
    expect(log).toHaveLength(1);
    expect(log[0]?.detail).toBe('残り9個');
  });

  it('regenerates the recovery codes (the old ones stop working) and disables only with a code', async () => {
    later(90);
    const { agent, secret, recoveryCodes } = await enrollOnAccountPage('tf.cm3');
    later(30);
    const renewed = await agent.request('POST', '/api/auth/two-factor/recovery-codes', { code: totpCode(secret, now.getTime()) });
    expect(renewed.status).toBe(200);
    const fresh = renewed.json.recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => recoveryCodes.includes(c))).toBe(false);
    const old = await agent.request('POST', '/api/auth/two-factor/disable', { code: recoveryCodes[0] });
    expect(old.json.error.code).toBe('invalid_two_factor_code');
    expect((await store.getTwoFactor(office.id, 'tf-cm3'))?.confirmed).toBe(true);
    const off = await agent.request('POST', '/api/auth/two-factor/disable', { code: fresh[0] });
    expect(off.status).toBe(204);
    expect((await agent.request('GET', '/api/auth/two-factor')).json).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const plain = new TestAgent(app);
    const res = await plain.request('POST', '/api/auth/login', { login: 'tf.cm3', password });
    expect(res.json.csrfToken).toBeTypeOf('string');
  });

  it('sends insurer staff to enrollment after the password and gives no access until enrolled; they cannot disable it', async () => {
    const agent = new TestAgent(app);
    const first = await agent.request('POST', '/api/auth/login', { login: 'tf.insurer', password });
    expect(first.json).toEqual({ step: 'enroll' });
    expect((await agent.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await agent.request('GET', '/api/auth/two-factor')).status).toBe(401);
    // The code step is no way around it: the user has no factor yet.
    expect((await agent.request('POST', '/api/auth/login/code', { code: '123456' })).json.error.code).toBe('conflict');
    const started = await agent.request('POST', '/api/auth/login/enroll');
    const secret = String(started.json.secret);
    const bad = await agent.request('POST', '/api/auth/login/enroll/confirm', { code: '' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    later(30);
    const done = await agent.request('POST', '/api/auth/login/enroll/confirm', { code: totpCode(secret, now.getTime()) });
    expect(done.status).toBe(200);
    expect(done.json.user.role).toBe('insurer_staff');
    expect(done.json.recoveryCodes).toHaveLength(10);
    const { recoveryCodes: _codes, ...session } = done.json;
    expect(sessionAnswerSchema.parse(session)).toEqual(session);
    agent.csrf = String(done.json.csrfToken);
    expect((await agent.request('GET', '/api/auth/two-factor')).json).toMatchObject({ enabled: true, required: true });
    const refused = await agent.request('POST', '/api/auth/two-factor/disable', { code: done.json.recoveryCodes[0] });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('two_factor_required');
    expect(refused.json.error.message).toContain('必須');
  });

  it('lets the office admin require 二要素認証 for the organization (after their own), ending the sessions of users without it', async () => {
    const cm = new TestAgent(app);
    const admin = new TestAgent(app);
    await store.createUser({ id: 'tf-cm4', organizationId: office.id, login: 'tf.cm4', displayName: '四谷 四郎', role: 'care_manager', passwordHash: await hashPassword(password) });
    expect((await cm.login('tf.cm4')).status).toBe(200);
    expect((await admin.login('tf.admin')).status).toBe(200);
    const read = await admin.request('GET', '/api/admin/security');
    expect(read.json.settings).toEqual({ requireTwoFactor: false, accessLogRetentionMonths: 60 });
    expect(read.json.retention).toMatchObject({ minMonths: 60, verified: 'recall' });
    expect((await cm.request('GET', '/api/admin/security')).status).toBe(403);

    const tooShort = await admin.request('PUT', '/api/admin/security', { requireTwoFactor: false, accessLogRetentionMonths: 12 });
    expect(tooShort.status).toBe(400);
    expect(tooShort.json.error.details.issues[0]).toMatchObject({ path: 'accessLogRetentionMonths' });
    expect(tooShort.json.error.message).toContain('5年');
    const notYet = await admin.request('PUT', '/api/admin/security', { requireTwoFactor: true, accessLogRetentionMonths: 60 });
    expect(notYet.status).toBe(400);
    expect(notYet.json.error.message).toContain('ご自身の二要素認証');
    expect((await store.getSecuritySettings(office.id)).requireTwoFactor).toBe(false);

    later(60);
    const started = await admin.request('POST', '/api/auth/two-factor/enroll');
    await admin.request('POST', '/api/auth/two-factor/confirm', { code: totpCode(String(started.json.secret), now.getTime()) });
    const saved = await admin.request('PUT', '/api/admin/security', { requireTwoFactor: true, accessLogRetentionMonths: 84 });
    expect(saved.status).toBe(200);
    expect(saved.json.settings).toEqual({ requireTwoFactor: true, accessLogRetentionMonths: 84 });
    // The care manager without 二要素認証 was signed out, and must enroll at the next sign-in.
    expect((await cm.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await admin.request('GET', '/api/auth/me')).status).toBe(200);
    const again = await new TestAgent(app).request('POST', '/api/auth/login', { login: 'tf.cm4', password });
    expect(again.json).toEqual({ step: 'enroll' });
    const [entry] = await store.listAccessLog(office.id, { action: 'security.settings' });
    expect(entry?.detail).toContain('二要素認証: 必須、閲覧記録の保存期間: 84か月');
    expect(entry?.detail).toMatch(/未設定の利用者のセッション \d+件を終了/u);
  });

  it('locks the code step after repeated wrong codes, like the password', async () => {
    const agent = new TestAgent(app);
    await agent.request('POST', '/api/auth/login', { login: 'tf.cm', password });
    for (let n = 0; n < 5; n++) expect((await agent.request('POST', '/api/auth/login/code', { code: '000001' })).status).toBe(400);
    const locked = await agent.request('POST', '/api/auth/login/code', { code: '000001' });
    expect(locked.status).toBe(429);
    expect(locked.json.error.code).toBe('too_many_attempts');
  });
});
