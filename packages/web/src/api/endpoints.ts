import type { ClientOverview, LoginAnswer, LogoutEverywhereAnswer, SessionAnswer } from '@kizuki/core';
import { apiRequest, setCsrfToken } from './client.js';

/** The signed-in user and organization: core's `SessionAnswer`, the type the server builds its answer with. */
export type Session = SessionAnswer;

/** One row of `/api/clients` (利用者). */
export type ClientSummary = ClientOverview;

export async function login(loginName: string, password: string): Promise<LoginAnswer> {
  const answer = await apiRequest<LoginAnswer>('/api/auth/login', {
    method: 'POST',
    body: { login: loginName, password },
    redirectOnUnauthorized: false,
  });
  if ('csrfToken' in answer) setCsrfToken(answer.csrfToken);
  return answer;
}

/** The current session; rejects with a 401 ApiError when nobody is signed in. */
export async function fetchSession(): Promise<Session> {
  const session = await apiRequest<Session>('/api/auth/me', { redirectOnUnauthorized: false });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await apiRequest<void>('/api/auth/logout', { method: 'POST', redirectOnUnauthorized: false });
  } finally {
    setCsrfToken(undefined);
  }
}

/** Changes the user's own password; the server signs out the user's other devices. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await apiRequest<void>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

/** Ends every session of the user, this one included. */
export async function logoutEverywhere(): Promise<number> {
  try {
    return (await apiRequest<LogoutEverywhereAnswer>('/api/auth/logout-all', { method: 'POST', redirectOnUnauthorized: false })).ended;
  } finally {
    setCsrfToken(undefined);
  }
}

export async function listClients(query: string, signal?: AbortSignal): Promise<ClientSummary[]> {
  const q = query.trim();
  const path = q === '' ? '/api/clients' : `/api/clients?q=${encodeURIComponent(q)}`;
  const body = await apiRequest<{ clients: ClientSummary[] }>(path, { signal });
  return body.clients;
}
