import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from './client.js';
import { listClients, login, logout } from './endpoints.js';

describe('endpoints', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  const session = {
    user: { id: 'u1', login: 'sato', displayName: '佐藤 花子', role: 'care_manager' },
    organization: { id: 'o1', kind: 'care_management_office', name: '架空居宅介護支援事業所' },
    csrfToken: 'csrf-from-login',
  };

  it('login remembers the CSRF token for later requests and logout forgets it', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(Response.json(session)));
    await expect(login('sato', 'secret-password')).resolves.toEqual(session);
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({ login: 'sato', password: 'secret-password' });

    fetchMock.mockImplementation(() => Promise.resolve(new Response(null, { status: 204 })));
    await logout();
    const logoutHeaders = fetchMock.mock.calls[1]![1]!.headers as Record<string, string>;
    expect(logoutHeaders['X-CSRF-Token']).toBe('csrf-from-login');

    await apiRequest('/api/things', { method: 'POST' });
    const laterHeaders = fetchMock.mock.calls[2]![1]!.headers as Record<string, string>;
    expect(laterHeaders['X-CSRF-Token']).toBeUndefined();
  });

  it('listClients encodes the search text and omits an empty one', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(Response.json({ clients: [] })));
    await listClients('  ヤマダ 太郎 ');
    await listClients('   ');
    expect(fetchMock.mock.calls[0]![0]).toBe(`/api/clients?q=${encodeURIComponent('ヤマダ 太郎')}`);
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/clients');
  });
});
