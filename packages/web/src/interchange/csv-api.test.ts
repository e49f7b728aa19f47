import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../api/client.js';
import { exportClientCsv, importCsvZip } from './csv-api.js';

type FetchMock = ReturnType<typeof vi.fn<typeof fetch>>;

const zipBytes = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
const errorResponse = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'Content-Type': 'application/json' } });

describe('CSV API calls', () => {
  let fetchMock: FetchMock;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(undefined);
  });

  it('exports with the destination and month, and answers the ZIP, its name and the report', async () => {
    fetchMock.mockResolvedValue(
      new Response(zipBytes, {
        status: 200,
        headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="kizuki-csv-202505-20250510093000.zip"', 'X-Kizuki-Csv-Files': '3' },
      }),
    );
    const download = await exportClientCsv('client/1', { to: '0899000015:15', month: '2025-05' });
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/clients/client%2F1/csv-export?month=2025-05');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"to":"0899000015:15"}');
    expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('token-1');
    expect(download.fileName).toBe('kizuki-csv-202505-20250510093000.zip');
    expect(download.blob.size).toBe(zipBytes.length);
    expect(download.report).toMatchObject({ files: 3, detail: undefined });
  });

  it('sends an empty object for every provider and no query for the plan', async () => {
    fetchMock.mockResolvedValue(new Response(zipBytes, { status: 200 }));
    const download = await exportClientCsv('c1');
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/clients/c1/csv-export');
    expect(fetchMock.mock.calls[0]![1]?.body).toBe('{}');
    expect(download.fileName).toBe('kizuki-csv.zip');
  });

  it('throws the server’s Japanese message, and refuses an empty download', async () => {
    fetchMock.mockResolvedValueOnce(errorResponse(404, 'not_found', '書き出せる計画がありません（計画に送信先となる事業所（事業所番号とサービス種類）がありません）。'));
    await expect(exportClientCsv('c1')).rejects.toMatchObject({ status: 404, message: expect.stringContaining('書き出せる計画がありません') });
    fetchMock.mockResolvedValueOnce(new Response(new Uint8Array(), { status: 200 }));
    await expect(exportClientCsv('c1')).rejects.toMatchObject({ code: 'unexpected_response', message: expect.stringContaining('空のファイル') });
  });

  it('uploads the ZIP as the raw body with its type and the CSRF token', async () => {
    const summary = { units: [], ignored: [], totals: { units: 0 } };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(summary), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const file = new Blob([zipBytes], { type: 'application/zip' });
    await expect(importCsvZip(file)).resolves.toEqual(summary);
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/csv/import');
    expect(init?.body).toBe(file);
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/zip', 'X-CSRF-Token': 'token-1' });
  });

  it('shows why an upload failed, and does not pretend an odd answer was a summary', async () => {
    fetchMock.mockResolvedValueOnce(errorResponse(400, 'bad_request', 'ZIPファイルとして読めません: invalid zip data'));
    const error = await importCsvZip(new Blob(['hello'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('ZIPファイルとして読めません: invalid zip data');
    fetchMock.mockResolvedValueOnce(new Response('<html>ok</html>', { status: 200 }));
    await expect(importCsvZip(new Blob(['x']))).rejects.toMatchObject({ code: 'unexpected_response' });
  });
});
