import { inspectionStage, type InspectionCaseRecord, type InspectionSummaryRecord, type StoredRecord } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { demoCaseFiles } from './demo-case-files.js';
import { seedDemo } from './seed-demo.js';

const today = '2026-11-20';
const insurer = { tenantId: 'demo-insurer-hitachi', areaInsurerNumber: '089902' };

describe.each(storeBackends())('demo ケアプラン点検 on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('has a half-finished 令和8年度 点検 with one case at each stage the demo shows', async () => {
    const plans = await store.listRecords(insurer, { kind: 'inspection_plan', scope: 'own' });
    const current = plans.find((p) => (p.body as { fiscalYear: number }).fiscalYear === 2026)!;
    const cases = (await store.listRecords(insurer, { kind: 'inspection_case', scope: 'own' })) as StoredRecord<InspectionCaseRecord>[];
    const stages = cases.filter((c) => c.body.inspectionId === current.id).map((c) => [c.body.label, inspectionStage(c.body)]);
    expect(stages.sort()).toEqual([
      ['事例A', 'closed'],
      ['事例B', 'in_dialogue'],
      ['事例C', 'prepared'],
      ['事例D', 'requested'],
    ]);
    // The closed case changed after sign-off only with written reasons.
    const closed = cases.find((c) => c.body.inspectionId === current.id && c.body.label === '事例A')!;
    const revisions = await store.listRecordRevisions(insurer, closed.id);
    expect(revisions!.filter((r) => r.note).map((r) => r.note)).toEqual(['見直した計画を受け取りました', '見直した計画を確認し、点検を完了しました']);
    // The office gave a grant for each submitted case, and one more for the revised plan.
    const grants = await store.listGrantsByOwner('demo-office');
    expect(grants.filter((g) => g.purpose === 'care_plan_inspection' && g.granteeOrganizationId === 'demo-insurer-hitachi')).toHaveLength(4);
  });

  it('publishes last year\'s 総評 to the area, without any client or care manager name', async () => {
    const summaries = (await store.listRecords({ tenantId: 'demo-office', areaInsurerNumber: '089902' }, { kind: 'inspection_summary', scope: 'all' })) as StoredRecord<InspectionSummaryRecord>[];
    expect(summaries.map((s) => [s.body.title, s.body.status])).toEqual([['令和7年度ケアプラン点検の総評', 'published']]);
    const text = JSON.stringify(summaries[0]!.body);
    for (const { caseFile } of demoCaseFiles(today)) expect(text).not.toContain(caseFile.client.name);
    for (const name of ['田中 健太', '佐藤 みのり', 'ひだまり']) expect(text).not.toContain(name);
  });
});
