import { describe, expect, it } from 'vitest';
import { grantEndOfDay, grantLastDay, grantRequestSchema, grantState, isGrantLive } from './grant.schema.js';

describe('grant periods', () => {
  it('runs until the end of the named day in Japan, whatever the machine time zone', () => {
    expect(grantEndOfDay('2025-08-31')).toBe('2025-08-31T15:00:00.000Z');
    expect(grantLastDay('2025-08-31T15:00:00.000Z')).toBe('2025-08-31');
    expect(grantEndOfDay('2025-12-31')).toBe('2025-12-31T15:00:00.000Z');
  });

  it('is live from valid_from (inclusive) until valid_until (exclusive), unless revoked', () => {
    const grant = { validFrom: '2025-06-01T00:00:00.000Z', validUntil: '2025-07-01T00:00:00.000Z' };
    expect(isGrantLive(grant, '2025-06-01T00:00:00.000Z')).toBe(true);
    expect(isGrantLive(grant, '2025-07-01T00:00:00.000Z')).toBe(false);
    expect(grantState(grant, '2025-05-31T23:59:59.999Z')).toBe('pending');
    expect(grantState(grant, '2025-07-01T00:00:00.000Z')).toBe('expired');
    expect(grantState({ ...grant, revokedAt: '2025-06-02T00:00:00.000Z' }, '2025-06-10T00:00:00.000Z')).toBe('revoked');
  });
});

describe('grantRequestSchema', () => {
  const good = { granteeOrganizationId: 'ins-1', purpose: 'care_plan_inspection', reason: ' 点検のため ', validUntil: '令和7年8月31日', items: [{ clientId: 'c-1', documentId: 'p-1' }] };

  it('reads a 和暦 date and trims the reason', () => {
    expect(grantRequestSchema.parse(good)).toMatchObject({ reason: '点検のため', validUntil: '2025-08-31' });
  });

  it('refuses a missing reason, an unknown purpose and items naming both or neither of document and kind, in Japanese', () => {
    const messages = (input: unknown) => (grantRequestSchema.safeParse(input).error?.issues ?? []).map((i) => i.message);
    expect(messages({ ...good, reason: '' })).toEqual(['共有の理由を入力してください']);
    expect(messages({ ...good, purpose: 'other' })).toEqual(['共有の目的を選択肢から選んでください']);
    expect(messages({ ...good, items: [{ clientId: 'c-1' }] })[0]).toContain('どちらか一方');
    expect(messages({ ...good, items: [{ clientId: 'c-1', documentId: 'p-1', kind: 'care_plan' }] })[0]).toContain('どちらか一方');
    expect(messages({ ...good, items: [{ clientId: 'c-1', kind: 'care_plan', revision: 2 }] })[0]).toContain('版番号は書類');
  });
});
