import type { BenefitReviewReport, EffectAggregatePreview, EffectParticipation, EffectReportData, EffectSendResult, Role, StoredRecord } from '@kizuki/core';
import { apiRequest } from '../api/client.js';

/** What the office would send its insurer, and what it has sent (事業所の管理者). */
export async function fetchAggregatePreview(signal?: AbortSignal): Promise<EffectAggregatePreview> {
  return apiRequest<EffectAggregatePreview>('/api/effect/aggregates', { signal });
}

export async function saveParticipation(optedIn: boolean): Promise<StoredRecord<EffectParticipation>> {
  return (await apiRequest<{ record: StoredRecord<EffectParticipation> }>('/api/effect/participation', { method: 'PUT', body: { optedIn } })).record;
}

export async function sendAggregates(): Promise<EffectSendResult> {
  return apiRequest<EffectSendResult>('/api/effect/aggregates/send', { method: 'POST', body: {} });
}

/** The insurer's counts by source (保険者の職員). */
export async function fetchEffectReport(signal?: AbortSignal): Promise<EffectReportData> {
  return apiRequest<EffectReportData>('/api/effect/report', { signal });
}

export async function fetchBenefitReview(signal?: AbortSignal): Promise<BenefitReviewReport> {
  return apiRequest<BenefitReviewReport>('/api/effect/benefit-review', { signal });
}

/** Who sees which page of the section (the server checks again). */
export const mayReadEffectReport = (role: Role) => role === 'insurer_staff';
export const maySendAggregates = (role: Role) => role === 'office_admin';
export const mayReviewBenefitData = (role: Role) => role !== 'admin';
