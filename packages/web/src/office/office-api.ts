import type { OfficeConcentration, OfficeDue, OfficeMonth, OfficeNotifications, Role } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { apiRequest, ApiError } from '../api/client.js';

/** Who sees the section (the server's office routes): the office's manager and its care managers. */
export function mayReadOffice(role: Role, organizationKind: string): boolean {
  return organizationKind === 'care_management_office' && (role === 'office_admin' || role === 'care_manager');
}

/** The office's manager keeps the records; care managers read them (and record their trainings). */
export function mayManageOffice(role: Role): boolean {
  return role === 'office_admin';
}

export async function fetchOfficeMonth(month: string, signal?: AbortSignal): Promise<OfficeMonth> {
  return apiRequest<OfficeMonth>(`/api/office/month?${new URLSearchParams({ month }).toString()}`, { signal });
}

export async function fetchOfficeConcentration(periodStart: string | undefined, signal?: AbortSignal): Promise<OfficeConcentration> {
  const query = periodStart ? `?${new URLSearchParams({ period: periodStart }).toString()}` : '';
  return apiRequest<OfficeConcentration>(`/api/office/concentration${query}`, { signal });
}

export async function fetchOfficeNotifications(month: string, signal?: AbortSignal): Promise<OfficeNotifications> {
  return apiRequest<OfficeNotifications>(`/api/office/notifications?${new URLSearchParams({ month }).toString()}`, { signal });
}

export async function fetchOfficeDue(signal?: AbortSignal): Promise<OfficeDue> {
  return apiRequest<OfficeDue>('/api/office/due', { signal });
}

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

/** Loads with `load` whenever `key` changes; `reload()` loads again. */
export function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => setState({ kind: 'ready', value }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '読み込めませんでした。' });
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render; `key` says when to load again.
  }, [key, version]);
  return [state, () => setVersion((n) => n + 1)];
}

/** The message of a failed save, in Japanese. */
export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : '保存できませんでした。通信状態を確かめて、もう一度お試しください。';
}
