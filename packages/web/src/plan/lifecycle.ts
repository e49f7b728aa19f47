import {
  canChangePlanStatus,
  listServiceLines,
  planStatusLabels,
  tryParseDateInput,
  type CarePlan,
  type CareTeamMeeting,
  type Consent,
  type Delivery,
  type IndividualServicePlan,
  type PlanStatus,
} from '@kizuki/core';

/** A provider on the plan who receives the plan (13条11号): an insured service's 事業所. */
export interface PlanProvider {
  providerName?: string | undefined;
  officeNumber?: string | undefined;
}

const providerKey = (p: PlanProvider) => p.officeNumber || p.providerName || '';

/** The distinct providers of the plan's insured service lines, in order of first appearance. */
export function planProviders(plan: Pick<CarePlan, 'needs'>): PlanProvider[] {
  const seen = new Map<string, PlanProvider>();
  for (const { line } of listServiceLines(plan.needs)) {
    if (line.kind !== 'insured') continue;
    const provider = { providerName: line.providerName, officeNumber: line.providerOfficeNumber };
    const key = providerKey(provider);
    if (key !== '' && !seen.has(key)) seen.set(key, provider);
  }
  return [...seen.values()];
}

/**
 * The delivery record with one row per provider now on the plan: dates already recorded are
 * kept, providers no longer on the plan are dropped only when nothing was recorded for them.
 */
export function deliveryWithProviders(plan: Pick<CarePlan, 'needs' | 'delivery'>): Delivery {
  const existing = plan.delivery?.toProviders ?? [];
  const current = planProviders(plan);
  const rows = current.map((provider) => {
    const found = existing.find((row) => providerKey(row) === providerKey(provider));
    // A stable id until the row is saved, so the form keeps its place while typing.
    return found ?? { id: `provider-${providerKey(provider)}`, providerName: provider.providerName, officeNumber: provider.officeNumber };
  });
  const recordedElsewhere = existing.filter((row) => row.deliveredOn && !rows.includes(row));
  return { ...plan.delivery, toProviders: [...rows, ...recordedElsewhere] };
}

/**
 * 個別サービス計画の提出依頼・受領 (13条12号) with one row per provider now on the plan; rows with a
 * date recorded for a provider no longer on the plan are kept.
 */
export function individualPlansWithProviders(plan: Pick<CarePlan, 'needs' | 'individualServicePlans'>): IndividualServicePlan[] {
  const existing = plan.individualServicePlans;
  const rows = planProviders(plan).map((provider) => {
    const found = existing.find((row) => providerKey(row) === providerKey(provider));
    return found ?? { id: `isp-${providerKey(provider)}`, providerName: provider.providerName, officeNumber: provider.officeNumber };
  });
  const recordedElsewhere = existing.filter((row) => (row.requestedOn || row.receivedOn) && !rows.includes(row));
  return [...rows, ...recordedElsewhere];
}

const isDate = (text: string | undefined) => text !== undefined && tryParseDateInput(text) !== undefined;

/** One step of the process after the 原案, with what is still missing (Japanese). */
export interface LifecycleStep {
  key: 'meeting' | 'consent' | 'delivery' | 'active';
  label: string;
  done: boolean;
  missing: string[];
}

/** What is missing before each lifecycle step can be recorded. */
export function lifecycleSteps(plan: CarePlan, meetings: readonly CareTeamMeeting[]): LifecycleStep[] {
  const meeting = meetings.find((m) => m.id === plan.meetingId);
  const meetingMissing = plan.minorChange ? [] : meeting ? [] : ['第4表（サービス担当者会議の要点）を選んでください'];
  const consent = plan.consent ?? {};
  const consentMissing = [
    ...(isDate(consent.date) ? [] : ['説明・同意の日付']),
    ...(consent.by ? [] : ['同意した人']),
    ...(consent.method ? [] : ['同意の方法']),
  ];
  const delivery = deliveryWithProviders(plan);
  const deliveryMissing = [
    ...(isDate(delivery.toClientOn) ? [] : ['利用者への交付日']),
    ...delivery.toProviders.filter((row) => !isDate(row.deliveredOn)).map((row) => `${row.providerName ?? row.officeNumber ?? '事業所'}への交付日`),
  ];
  const reached = (status: PlanStatus) => planStatusOrder(plan.status) >= planStatusOrder(status);
  return [
    { key: 'meeting', label: 'サービス担当者会議', done: reached('meeting_held') || (plan.minorChange === true && reached('consented')), missing: meetingMissing },
    { key: 'consent', label: '説明・同意', done: reached('consented'), missing: consentMissing },
    { key: 'delivery', label: '交付', done: reached('delivered'), missing: deliveryMissing },
    { key: 'active', label: '実施', done: reached('active'), missing: [] },
  ];
}

const order: readonly PlanStatus[] = ['draft', 'meeting_held', 'consented', 'delivered', 'active', 'superseded'];
function planStatusOrder(status: PlanStatus): number {
  return order.indexOf(status);
}

export type LifecycleResult = { ok: true; plan: CarePlan } | { ok: false; message: string };

function move(plan: CarePlan, to: PlanStatus, patch: Partial<CarePlan>): LifecycleResult {
  if (!canChangePlanStatus(plan.status, to)) {
    return { ok: false, message: `「${planStatusLabels[plan.status]}」の計画を「${planStatusLabels[to]}」にはできません。` };
  }
  return { ok: true, plan: { ...plan, ...patch, status: to } };
}

/** 担当者会議済: links the 第4表 of the meeting (or 照会) where the 原案 was discussed. */
export function markMeetingHeld(plan: CarePlan, meetingId: string, meetings: readonly CareTeamMeeting[]): LifecycleResult {
  if (!meetings.some((m) => m.id === meetingId)) return { ok: false, message: '選んだ担当者会議の記録（第4表）が見つかりません。' };
  return move(plan, 'meeting_held', { meetingId });
}

/** 同意済: the explanation and written consent (13条10号). Skipping the meeting needs 軽微な変更. */
export function recordConsent(plan: CarePlan, consent: Consent): LifecycleResult {
  const missing = lifecycleSteps({ ...plan, consent }, []).find((s) => s.key === 'consent')!.missing;
  if (missing.length > 0) return { ok: false, message: `${missing.join('・')}を入力してください。` };
  if (plan.status === 'draft' && !plan.minorChange) {
    return { ok: false, message: '先に担当者会議の開催を記録してください（軽微な変更の場合は「軽微な変更」にチェックを入れてください）。' };
  }
  return move(plan, 'consented', { consent });
}

/** 交付済: delivered to the client and to every provider on the plan (13条11号). */
export function recordDelivery(plan: CarePlan, delivery: Delivery): LifecycleResult {
  const missing = lifecycleSteps({ ...plan, delivery }, []).find((s) => s.key === 'delivery')!.missing;
  if (missing.length > 0) return { ok: false, message: `${missing.join('・')}を入力してください。` };
  return move(plan, 'delivered', { delivery });
}

/** 実施中: the plan is in force. */
export function activatePlan(plan: CarePlan): LifecycleResult {
  return move(plan, 'active', {});
}

/** The plan replaced by a revision that became active (変更済). */
export function supersedePlan(plan: CarePlan, byPlanId: string, on: string): LifecycleResult {
  return move(plan, 'superseded', { supersededBy: byPlanId, supersededOn: on });
}
