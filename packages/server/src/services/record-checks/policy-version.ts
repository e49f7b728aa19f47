import { compareVersions, KizukiError, resolvePolicyVersionSource, type PolicyVersion } from '@kizuki/core';
import { getPolicyPacks } from '../../policy/load-packs.js';
import type { RecordCheck } from '../record-checks.js';

function invalid(path: string, message: string): KizukiError {
  return new KizukiError('validation_failed', message, { issues: [{ path, message }] });
}

/**
 * 基本方針の版: the pack is the insurer's own, its YAML parses and resolves (with Japanese errors
 * by field), its version is new, and a published version comes after every earlier one.
 */
export const checkPolicyVersion: RecordCheck = async (deps, actor, input, previous) => {
  const body = input as PolicyVersion;
  const packId = actor.organization.policyPackId;
  if (packId === undefined) throw invalid('packId', 'この保険者には方針パックが設定されていません。管理者に方針パックの設定を依頼してください。');
  if (body.packId !== packId) throw invalid('packId', `この保険者の方針パックは「${packId}」です（「${body.packId}」は編集できません）。`);
  resolvePolicyVersionSource(body.source, { packId: body.packId, version: body.version }, getPolicyPacks().packs);
  const others = (await deps.store.listRecords({ tenantId: actor.tenantId }, { kind: 'policy_version', scope: 'own' }))
    .filter((r) => r.id !== previous?.id)
    .map((r) => r.body as PolicyVersion)
    .filter((v) => v.packId === body.packId);
  if (others.some((v) => v.version === body.version)) throw invalid('version', `版「${body.version}」はすでにあります。別の版番号にしてください。`);
  if (body.status === 'published') {
    if (!body.publishedOn) throw invalid('publishedOn', '公開日を入力してください。');
    const later = others.filter((v) => v.status === 'published' && compareVersions(v.version, body.version) > 0).map((v) => v.version);
    if (later.length > 0) throw invalid('version', `公開済みの版（${later.join('、')}）より新しい版番号にしてください。`);
  }
};
