import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anExemplaryCaseFile, isKizukiError } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeCaseFile } from '../demo/seed-demo.js';
import { openStore } from '../store/open-store.js';
import { fhirCommand } from './fhir.command.js';
import type { CliIo } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kizuki-fhir-'));
const env = { KIZUKI_DATA_DIR: join(dir, 'data') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const store = await openStore({ dataDir: env.KIZUKI_DATA_DIR });
  try {
    await store.createOrganization({ id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001' });
    await store.createOrganization({ id: 'office-b', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002' });
    await storeCaseFile(store, 'office-a', anExemplaryCaseFile().build());
  } finally {
    await store.close();
  }
});

async function kizukiFhir(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { env, out: (t) => (out += t), err: (t) => (err += t) };
  const code = await fhirCommand(args, io);
  return { code, out, err };
}

describe('kizuki fhir', () => {
  it('prints the case file as a FHIR R4 Bundle, the same on every run', async () => {
    const first = await kizukiFhir(['client-1']);
    expect(first.code).toBe(0);
    const bundle = JSON.parse(first.out);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.timestamp).toBeUndefined();
    expect(bundle.entry[0].resource.identifier[0].value).toBe('089999:0000012345');
    expect(bundle.entry.map((e: any) => e.resource.name).filter(Boolean)).toContain('あおぞら居宅介護支援事業所');
    expect((await kizukiFhir(['client-1'])).out).toBe(first.out);
  });

  async function exportsLogged(): Promise<Array<{ userId: string }>> {
    const store = await openStore({ dataDir: env.KIZUKI_DATA_DIR });
    try {
      return (await store.listAccessLog('office-a', { clientId: 'client-1' })).filter((e) => e.action === 'case_file.export');
    } finally {
      await store.close();
    }
  }

  it('writes a transaction Bundle to --out and logs the export', async () => {
    const before = (await exportsLogged()).length;
    const file = join(dir, 'client-1.fhir.json');
    const { code, out, err } = await kizukiFhir(['client-1', '--out', file, '--transaction', '--org', 'office-a']);
    expect([code, out]).toEqual([0, '']);
    expect(err).toContain(`書き出しました: ${file}`);
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry[0].request).toEqual({ method: 'PUT', url: `Patient/${bundle.entry[0].resource.id as string}` });
    const after = await exportsLogged();
    expect(after).toHaveLength(before + 1);
    expect(after.every((e) => e.userId.startsWith('cli:'))).toBe(true);
  });

  it('refuses bad arguments and unknown clients in Japanese', async () => {
    await expect(kizukiFhir([])).rejects.toThrow('使い方: kizuki fhir CLIENT_ID');
    await expect(kizukiFhir(['client-1', 'client-2'])).rejects.toThrow('使い方');
    await expect(kizukiFhir(['client-1', '--format', 'xml'])).rejects.toThrow('オプションが正しくありません');
    await expect(kizukiFhir(['nobody'])).rejects.toThrow('どの組織にも見つかりません');
    // Another office's id: the client is not theirs.
    const error: unknown = await kizukiFhir(['client-1', '--org', 'office-b']).catch((e: unknown) => e);
    expect(isKizukiError(error) && error.code).toBe('not_found');
  });
});
