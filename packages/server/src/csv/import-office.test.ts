import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvBadInputCorpus, csvCarePlanSample, csvUsageResultSample, decodeMs932, encodeMs932, exportCarePlanCsv, type Organization } from '@kizuki/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../services/context.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { storeCsvImport } from '../services/csv-import.service.js';
import { withCsvSource, type CsvSource } from './csv-source.js';
import { importSenders, officeForImport } from './import-office.js';

const golden = fileURLToPath(new URL('./golden/', import.meta.url));
const goldenFiles = (set: string) => readdirSync(join(golden, set)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(golden, set, name))) }));
const operator = (organization: Organization): Actor => ({
  user: { id: 'cli:operator', organizationId: organization.id, login: 'cli:operator', displayName: 'cli:operator', role: 'admin', disabled: false },
  organization,
  tenantId: organization.id,
});

describe.each(storeBackends())('the office an import goes into, on $name', (backend) => {
  let store: Store;
  const deps = () => ({ store, now: () => new Date('2025-08-01T00:00:00Z') });

  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
    await backend.cleanup();
  });

  /** What `kizuki csv import --create-office` does: choose the office, then store with it. */
  async function importCreating(source: CsvSource, create = true) {
    return withCsvSource(source, async (read) => {
      const target = await officeForImport(store, read, create);
      const summary = await storeCsvImport(deps(), operator(target.organization), read, target.create ? { newOrganization: target.organization } : {});
      return { target, summary };
    });
  }

  it('names the sending office and --create-office when the installation has no organization', async () => {
    const refused = importCreating({ files: goldenFiles('kyotaku') }, false);
    await expect(refused).rejects.toMatchObject({ code: 'bad_request', details: { office: { officeNumber: '0899000043', kind: 'care_management_office' } } });
    await expect(refused).rejects.toThrow(/事業所番号 0899000043）の組織が Kizuki にありません。--create-office を付けると/u);
    expect(await store.listOrganizations()).toEqual([]);
  });

  it('creates a 居宅介護支援事業所 from the files with the import, records it, and uses it the second time', async () => {
    const { target, summary } = await importCreating({ files: goldenFiles('kyotaku') });
    expect(summary.totals).toMatchObject({ accepted: 1, clientsCreated: 2, plansCreated: 2, errors: 0 });
    const [created] = await store.listOrganizations();
    expect(created).toMatchObject({ id: target.organization.id, kind: 'care_management_office', officeNumber: '0899000043' });
    expect(created?.name).toBe(target.organization.name);
    expect((await store.listClients(target.organization.id)).length).toBe(2);
    const log = await store.listAccessLog(target.organization.id);
    expect(log.map((e) => e.action).sort()).toEqual(['csv.import', 'organization.create']);
    expect(log.find((e) => e.action === 'organization.create')).toMatchObject({ userId: 'cli:operator', detail: expect.stringContaining('事業所番号 0899000043') as unknown });

    const again = await importCreating({ files: goldenFiles('kyotaku') });
    expect(again.target).toMatchObject({ create: false, organization: { id: target.organization.id } });
    expect(again.summary.totals).toMatchObject({ clientsCreated: 0, clientsUpdated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 2 });
    expect(await store.listOrganizations()).toHaveLength(1);
  });

  it('creates a 地域包括支援センター for 介護予防支援 files', async () => {
    const { target, summary } = await importCreating({ files: goldenFiles('yobo') });
    expect(summary.totals).toMatchObject({ accepted: 1, errors: 0 });
    expect(target.organization).toMatchObject({ kind: 'community_center', officeNumber: '0899000046' });
    expect(await store.getOrganization(target.organization.id)).toBeDefined();
  });

  it.each(csvBadInputCorpus.slice(0, 4).map((c) => [c.label, c] as const))('leaves no organization behind when every unit is refused: %s', async (_label, bad) => {
    const { summary } = await importCreating({ files: bad.spoil(goldenFiles('kyotaku')) });
    expect(summary.totals).toMatchObject({ accepted: 0, rejected: 1 });
    expect(await store.listOrganizations()).toEqual([]);
  });

  it('undoes the new organization with the unit when a later client of the unit is wrong, and keeps it once a unit is stored', async () => {
    const clients = ['0000054321', '0000054399'].map((insuredNumber) => {
      const sample = csvCarePlanSample();
      return { ...sample, client: { ...sample.client, insuredNumber } };
    });
    const unit = (timestamp: string) => exportCarePlanCsv(clients, { sender: { officeNumber: '0899000043', serviceType: '43' }, destination: { officeNumber: '0899000017', serviceType: '17' }, timestamp }).files;
    // The second client's 第2表 rows point at a 第1表 of another day: the first client is written before the unit fails.
    const broken = unit('20250501093000').map((file) =>
      file.name.startsWith('UP2KYO') ? { name: file.name, bytes: encodeMs932(decodeMs932(file.bytes).split('\r\n').map((line) => (line.includes('0000054399') ? line.replaceAll('20250501', '20250502') : line)).join('\r\n')) } : file,
    );
    const failed = await importCreating({ files: broken });
    expect(failed.summary.totals).toMatchObject({ accepted: 0, rejected: 1, clientsCreated: 0 });
    expect(await store.listOrganizations()).toEqual([]);
    // A refused unit before a good one: the organization comes with the good one.
    const { target, summary } = await importCreating({ files: [...broken, ...unit('20250502093000')] });
    expect(summary.totals).toMatchObject({ units: 2, accepted: 1, rejected: 1, clientsCreated: 2 });
    expect((await store.listOrganizations()).map((o) => o.id)).toEqual([target.organization.id]);
    expect(target.organization.name).toBe('事業所 0899000043');
  });

  it('leaves no organization behind for 実績 of clients it does not have', async () => {
    const { target, summary } = await importCreating({ files: [csvUsageResultSample()] });
    expect(target.organization).toMatchObject({ officeNumber: '0899000043' });
    expect(summary.totals).toMatchObject({ accepted: 0, rejected: 1 });
    expect(await store.listOrganizations()).toEqual([]);
  });

  it('refuses several senders in one input, naming each, and creates nothing', async () => {
    const several = importCreating({ files: [...goldenFiles('kyotaku'), ...goldenFiles('vendor')] });
    await expect(several).rejects.toMatchObject({ code: 'bad_request' });
    await expect(several).rejects.toThrow(/送信元の事業所が複数あります: .*0899000043.*0899000999/u);
    expect(await store.listOrganizations()).toEqual([]);
  });

  it('compares the senders with the organization that takes the import', async () => {
    const senders = await withCsvSource({ files: [...goldenFiles('kyotaku'), ...goldenFiles('yobo')] }, (read) => importSenders(read, { officeNumber: '0899000043' }));
    expect(senders.map((s) => [s.officeNumber, s.kind, s.sameOffice])).toEqual([
      ['0899000043', 'care_management_office', true],
      ['0899000046', 'community_center', false],
    ]);
  });
});
