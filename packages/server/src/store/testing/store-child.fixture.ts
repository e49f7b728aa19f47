/**
 * Run by tests as a separate process: `node --import tsx store-child.fixture.ts <mode> <dataDir>`.
 * - `hold`: opens the store, prints `ready`, and keeps it open until killed.
 * - `write-and-die`: opens the store, commits a client, and kills itself with SIGKILL at once
 *   (no close, no exit handlers), like a power cut right after a commit.
 */
import { openSqliteStore } from '../sqlite-store.js';
import { aClient, officeA } from './store-fixtures.js';

const [mode, dataDir] = process.argv.slice(2);
if (!dataDir || (mode !== 'hold' && mode !== 'write-and-die')) {
  console.error('usage: store-child.fixture.ts hold|write-and-die <dataDir>');
  process.exit(2);
}

const store = await openSqliteStore({ dataDir });
if (mode === 'hold') {
  process.stdout.write('ready\n');
  setInterval(() => undefined, 60_000);
} else {
  await store.createOrganization(officeA);
  await store.createClient(officeA.id, aClient({ id: 'c-after-crash' }), 'u-child');
  process.kill(process.pid, 'SIGKILL');
}
