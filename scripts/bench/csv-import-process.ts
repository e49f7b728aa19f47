/**
 * Child process of csv.bench.ts: imports the CSV folder argv[2] into a fresh SQLite store in
 * argv[3] as `kizuki csv import` does, and prints one JSON line with the totals, the time and
 * the peak heap and rss sampled every 20 ms. Run with a small --max-old-space-size, it shows the
 * import fits in that heap whatever the size of the folder.
 */
import type { Organization } from '@kizuki/core';
import { importCsv } from '../../packages/server/src/services/csv-import.service.js';
import { openSqliteStore } from '../../packages/server/src/store/sqlite-store.js';
import { peaks } from './measure.js';

const [dir, dataDir] = process.argv.slice(2);
if (!dir || !dataDir) throw new Error('usage: csv-import-process.ts CSV_DIR DATA_DIR');
const office: Organization = { id: 'bench-office', kind: 'care_management_office', name: 'ベンチ居宅', officeNumber: '0899000043' };
const store = await openSqliteStore({ dataDir });
await store.createOrganization(office);
const actor = { user: { id: 'bench-user', organizationId: office.id, login: 'bench', displayName: 'ベンチ', role: 'care_manager' as const, disabled: false }, organization: office, tenantId: office.id };
const { result: summary, ...run } = await peaks(() => importCsv({ store, now: () => new Date() }, actor, { path: dir }));
await store.close();
console.log(JSON.stringify({ totals: summary.totals, ...run }));
