import type { Organization } from '@kizuki/core';
import type { NewClient, NewUser } from '../store.js';

/** Fictional organizations and people only. */
export const officeA: Organization = {
  id: 'office-a',
  kind: 'care_management_office',
  name: 'あおぞら居宅介護支援事業所',
  officeNumber: '0800000001',
  defaultInsurerNumber: '089999',
  phone: '0294-00-0001',
};

export const officeB: Organization = {
  id: 'office-b',
  kind: 'care_management_office',
  name: 'みどり居宅介護支援事業所',
  officeNumber: '0800000002',
};

export const insurer: Organization = {
  id: 'insurer-x',
  kind: 'insurer',
  name: '架空市 介護保険課',
  insurerNumber: '089999',
  policyPackId: 'kaku-city',
};

export function aUser(patch: Partial<NewUser> = {}): NewUser {
  return {
    organizationId: officeA.id,
    login: 'cm.aoki',
    displayName: '青木 花子',
    role: 'care_manager',
    passwordHash: 'scrypt$test$hash-1',
    ...patch,
  };
}

/** A client whose `client` document body carries the same identity fields as the index row. */
export function aClient(patch: Partial<Omit<NewClient, 'body'>> & { extra?: Record<string, unknown> } = {}): NewClient {
  const { extra, ...fields } = patch;
  const identity = {
    insurerNumber: '089999',
    insuredNumber: '0000000001',
    name: '山田 太郎',
    nameKana: 'ヤマダ タロウ',
    ...fields,
  };
  const { id: _id, ...bodyFields } = identity;
  return { ...identity, body: { ...bodyFields, birthDate: '1940-04-01', familyMembers: [], ...extra } };
}

/** A deterministic clock for tests that compare timestamps: one second per call from `start`. */
export function steppingClock(start = '2025-06-01T00:00:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t).toISOString();
    t += 1000;
    return now;
  };
}
