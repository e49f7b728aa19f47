import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createZipReader, isKizukiError, type CsvImportResult, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../auth/login-throttle.js';
import { hashPassword } from '../../auth/password.js';
import { createApp } from '../../http/app.js';
import type { Store } from '../../store/store.js';
import { storeBackends } from '../../testing/store-backends.js';
import { TestAgent } from '../../testing/test-agent.js';
import { readCsvSource, type CsvSource } from '../csv-source.js';
import { malformedCases, type MalformedCase } from './cases.js';
import { corpusFilesDir } from './generate.js';

const committed = (c: MalformedCase) => new Uint8Array(readFileSync(join(corpusFilesDir, `${c.name}.zip`)));

/** The entries of a sound ZIP, laid out in a new folder as a user would unpack them. */
function unpack(zip: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuki-malformed-'));
  const reader = createZipReader((name) => {
    const parts: Uint8Array[] = [];
    return { push: (chunk) => parts.push(chunk), close: () => writeFileSync(join(dir, name), Buffer.concat(parts)) };
  });
  reader.push(zip, true);
  return dir;
}

function chunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (let i = 0; i < bytes.length; i += size) {
      await Promise.resolve();
      yield bytes.subarray(i, i + size);
    }
  })();
}

async function answer(source: CsvSource): Promise<CsvImportResult | { code: string; message: string }> {
  try {
    return await readCsvSource(source);
  } catch (error) {
    if (!isKizukiError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** Checks an answer against the case's expectation; answers what was wrong, if anything. */
function mismatch(c: MalformedCase, got: CsvImportResult | { code: string; message: string }): string | undefined {
  const { expect: wanted } = c;
  if ('code' in wanted) {
    if (!('code' in got)) return `expected a refusal ${wanted.code}, got ${got.units.length} units`;
    return got.code === wanted.code && got.message.includes(wanted.message) ? undefined : `expected ${wanted.code} 「${wanted.message}」, got ${got.code} 「${got.message}」`;
  }
  if ('code' in got) return `expected the files read, got a refusal ${got.code} 「${got.message}」`;
  if ('accepted' in wanted) return got.units.length > 0 && got.units.every((u) => u.accepted) ? undefined : `expected every unit accepted: ${JSON.stringify(got.units.flatMap((u) => u.issues))}`;
  if (got.units.some((u) => u.accepted)) return 'a unit with a malformed file was accepted';
  const issues = [...got.ignored, ...got.units.flatMap((u) => u.issues.filter((i) => i.severity === 'error'))];
  const found = issues.find(
    (i) =>
      i.message.includes(wanted.message) &&
      (wanted.kind === undefined || i.file.startsWith(`${wanted.kind}_`)) &&
      (wanted.row === undefined || i.row === wanted.row) &&
      (wanted.column === undefined || i.column === wanted.column),
  );
  return found ? undefined : `no error 「${wanted.message}」 ${JSON.stringify({ kind: wanted.kind, row: wanted.row, column: wanted.column })} among:\n${issues.map((i) => i.message).join('\n')}`;
}

describe('malformed CSV corpus', () => {
  it('holds exactly the generated file of every case', () => {
    expect(readdirSync(corpusFilesDir).sort()).toEqual(malformedCases.map((c) => `${c.name}.zip`).sort());
    for (const c of malformedCases) expect(Buffer.from(committed(c)).equals(Buffer.from(c.zip())), `${c.name}: run generate.ts and commit`).toBe(true);
    expect(malformedCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(malformedCases.map((c) => [c.name, c] as const))('%s: the expected answer from the ZIP file, the uploaded stream and the folder', async (_name, c) => {
    const zip = committed(c);
    const path = join(mkdtempSync(join(tmpdir(), 'kizuki-malformed-')), `${c.name}.zip`);
    writeFileSync(path, zip);
    expect(mismatch(c, await answer({ zipStream: chunks(zip, 333) })), 'uploaded stream').toBeUndefined();
    // A path is read as a ZIP when it starts with a local file header (an empty ZIP does not).
    if (zip.length >= 4 && zip[0] === 0x50 && zip[1] === 0x4b && zip[2] === 0x03 && zip[3] === 0x04) expect(mismatch(c, await answer({ path })), 'ZIP file').toBeUndefined();
    rmSync(path, { force: true });
    if (c.folder) {
      const dir = unpack(zip);
      try {
        expect(mismatch(c, await answer({ path: dir })), 'folder').toBeUndefined();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

const office: Organization = { id: 'office-m', kind: 'care_management_office', name: '架空居宅介護支援事業所', officeNumber: '0899000043' };

describe.each(storeBackends())('malformed CSV corpus through POST /api/csv/import on $name', (backend) => {
  let store: Store;
  let agent: TestAgent;

  beforeAll(async () => {
    store = await backend.open();
    await store.createOrganization(office);
    await store.createUser({ id: 'u-m', organizationId: office.id, login: 'cm.m', displayName: '架空 一郎', role: 'care_manager', passwordHash: await hashPassword('correct-password-123') });
    const app = createApp({ store, now: () => new Date('2025-05-10T00:30:00Z'), throttle: new LoginThrottle(), version: 'test' });
    agent = new TestAgent(app);
    expect((await agent.login('cm.m')).status).toBe(200);
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('refuses each malformed upload in Japanese and stores no client', async () => {
    for (const c of malformedCases.filter((m) => !('accepted' in m.expect))) {
      const res = await agent.request('POST', '/api/csv/import', committed(c));
      if ('code' in c.expect) {
        expect(res.status, c.name).toBe(400);
        expect(res.json.error.code, c.name).toBe(c.expect.code);
        expect(res.json.error.message, c.name).toContain(c.expect.message);
      } else if ('message' in c.expect) {
        expect(res.status, `${c.name}: ${res.text.slice(0, 300)}`).toBe(200);
        expect(JSON.stringify(res.json), c.name).toContain(c.expect.message);
      }
    }
    expect(await store.listClients(office.id)).toEqual([]);
  });
});
