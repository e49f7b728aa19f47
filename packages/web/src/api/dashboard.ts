import type { Dashboard } from '@kizuki/core';
import { apiRequest } from './client.js';

export async function fetchDashboard(signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest<Dashboard>('/api/dashboard', { signal });
}
