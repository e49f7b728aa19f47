import { findPersonalData, presentationTexts, type CommunityCareMeeting, type MeetingPresentation, type StoredRecord, type SupportLogEntry } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';

const today = '2026-11-20';

describe.each(storeBackends())('demo 地域ケア会議 on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('the 包括 has one finished 地域ケア個別会議 with advice and one 地域課題 candidate', async () => {
    const meetings = (await store.listRecords({ tenantId: 'demo-center' }, { kind: 'community_care_meeting', scope: 'own' })) as StoredRecord<CommunityCareMeeting>[];
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting!.body.status).toBe('finalized');
    expect(meeting!.body.kind).toBe('individual');
    expect(meeting!.body.cases[0]!.advice.length).toBeGreaterThan(0);
    expect(meeting!.body.regionIssueCandidates).toHaveLength(1);
  });

  it('the advice is in the presented client’s 支援経過 and on the presentation, and the sheet names nobody', async () => {
    const log = await store.listDocuments('demo-office', 'demo-client-01', 'support_log_entry');
    const entry = log.map((d) => d.body as SupportLogEntry).find((e) => e.title === '地域ケア個別会議の助言');
    expect(entry?.content).toContain('理学療法士（石田）');
    const [presentation] = (await store.listRecords({ tenantId: 'demo-office' }, { kind: 'community_care_presentation', scope: 'own' })) as StoredRecord<MeetingPresentation>[];
    expect(presentation!.body.result?.planSuggestions).toContain('冬季');
    const client = demoCaseFiles(today).find((c) => c.caseFile.client.id === 'demo-client-01')!.caseFile.client;
    const people = [{ name: client.name, nameKana: client.nameKana, insuredNumber: client.insuredNumber, address: client.address?.line1, birthDate: client.birthDate, phone: client.phone }, ...client.familyMembers.map((m) => ({ name: m.name, phone: m.phone }))];
    expect(findPersonalData(presentationTexts(presentation!.body.sheet), people)).toEqual([]);
  });
});
