import { concentrationRules, KizukiError, type ConcentrationReasonRecord, type ProviderCorporationRecord, type OfficeActivity, type PartnerAgreement, type StaffMember, type StoredRecord, type TrainingRecord } from '@kizuki/core';
import type { Actor, ServiceDeps } from '../context.js';

/** Checks of the office records (事業所の運営) that need the store. */

async function ownRecords(deps: ServiceDeps, actor: Actor, kind: string): Promise<StoredRecord[]> {
  return deps.store.listRecords({ tenantId: actor.tenantId }, { kind, scope: 'own' });
}

/** A staff member's account must be one of the office's own. */
export async function checkStaffMember(deps: ServiceDeps, actor: Actor, body: unknown): Promise<void> {
  const { userId } = body as StaffMember;
  if (userId === undefined) return;
  const users = await deps.store.listUsers(actor.tenantId);
  if (!users.some((u) => u.id === userId)) throw new KizukiError('validation_failed', 'アカウントが見つかりません。この事業所の利用者アカウントを選んでください。', { issues: [{ path: 'body.userId', message: 'この事業所のアカウントではありません', code: 'custom' }] });
}

/** One 事業所の体制 per office: it is edited, not added again. */
export async function checkOfficeProfile(deps: ServiceDeps, actor: Actor, _body: unknown, previous: StoredRecord | undefined): Promise<void> {
  if (previous !== undefined) return;
  if ((await ownRecords(deps, actor, 'office_profile')).length > 0) throw new KizukiError('conflict', '事業所の体制はすでに記録されています。記録を開いて編集してください。');
}

/** Staff named by a training plan are of the office's register. */
export async function checkOfficeActivity(deps: ServiceDeps, actor: Actor, body: unknown): Promise<void> {
  await checkStaffIds(deps, actor, (body as OfficeActivity).staffIds);
}

/** Staff named by a training (the 採用時研修 of whom it is) are of the office's register. */
export async function checkTrainingRecord(deps: ServiceDeps, actor: Actor, body: unknown): Promise<void> {
  await checkStaffIds(deps, actor, (body as TrainingRecord).staffIds);
}

/** The partner of 特定事業所加算(A) is another office, not this one. */
export function checkPartnerAgreement(_deps: ServiceDeps, actor: Actor, body: unknown): Promise<void> {
  const { partnerOfficeNumber } = body as PartnerAgreement;
  if (partnerOfficeNumber !== undefined && partnerOfficeNumber === actor.organization.officeNumber) {
    return Promise.reject(new KizukiError('validation_failed', '連携先の事業所番号がこの事業所の番号と同じです。連携する他の居宅介護支援事業所の番号を入力してください。', { issues: [{ path: 'body.partnerOfficeNumber', message: 'この事業所自身の番号です', code: 'custom' }] }));
  }
  return Promise.resolve();
}

async function checkStaffIds(deps: ServiceDeps, actor: Actor, staffIds: readonly string[]): Promise<void> {
  if (staffIds.length === 0) return;
  const staff = new Set((await ownRecords(deps, actor, 'staff_member')).map((r) => r.id));
  const unknown = staffIds.filter((id) => !staff.has(id));
  if (unknown.length > 0) throw new KizukiError('validation_failed', '職員名簿にない職員が含まれています。', { issues: [{ path: 'body.staffIds', message: `職員名簿にありません: ${unknown.join(', ')}`, code: 'custom' }] });
}

/** A 正当な理由 names a service the rule judges, once per 判定期間 and service. */
export async function checkConcentrationReason(deps: ServiceDeps, actor: Actor, body: unknown, previous: StoredRecord | undefined): Promise<void> {
  const reason = body as ConcentrationReasonRecord;
  if (!concentrationRules.services.value.some((s) => s.code === reason.serviceCode)) {
    throw new KizukiError('validation_failed', `サービス種類「${reason.serviceCode}」は集中減算の対象ではありません。`, { issues: [{ path: 'body.serviceCode', message: '対象のサービス（訪問介護・通所介護・地域密着型通所介護・福祉用具貸与）を選んでください', code: 'custom' }] });
  }
  const same = (await ownRecords(deps, actor, 'concentration_reason')).filter((r) => {
    const b = r.body as ConcentrationReasonRecord;
    return r.id !== previous?.id && b.periodStart === reason.periodStart && b.serviceCode === reason.serviceCode;
  });
  if (same.length > 0) throw new KizukiError('conflict', 'この判定期間・サービスの正当な理由はすでに記録されています。記録を開いて編集してください。');
}

/** One 運営法人 per 事業所番号: a provider's record is edited, not added again. */
export async function checkProviderCorporation(deps: ServiceDeps, actor: Actor, body: unknown, previous: StoredRecord | undefined): Promise<void> {
  const { providerOfficeNumber } = body as ProviderCorporationRecord;
  if (providerOfficeNumber === actor.organization.officeNumber) {
    throw new KizukiError('validation_failed', '事業所番号がこの居宅介護支援事業所の番号と同じです。計画に位置付けたサービス事業所の番号を入力してください。', { issues: [{ path: 'body.providerOfficeNumber', message: 'この事業所自身の番号です', code: 'custom' }] });
  }
  const same = (await ownRecords(deps, actor, 'provider_corporation')).filter((r) => r.id !== previous?.id && (r.body as ProviderCorporationRecord).providerOfficeNumber === providerOfficeNumber);
  if (same.length > 0) throw new KizukiError('conflict', `事業所番号 ${providerOfficeNumber} の運営法人はすでに記録されています。記録を開いて編集してください。`, { id: same[0]!.id });
}
