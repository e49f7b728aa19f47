import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type CohortObservation } from '../../rule.js';
import { findNearDuplicateFingerprints, nearDuplicateDefaults, textFingerprint, type TextFingerprint } from '../../similarity/near-duplicates.js';

const paramsSchema = z.object({
  /** 類似度（文字3-gramのJaccard係数）がこれ以上の計画を「ほぼ同じ」とみなす。 */
  threshold: z.number({ error: 'threshold は類似度（0～1の数値）で指定してください' }).gt(0, { error: 'threshold は0より大きくしてください' }).max(1, { error: 'threshold は1以下にしてください' }).default(nearDuplicateDefaults.threshold),
  /** 課題と目標の合計がこの文字数に満たない計画は比べない（短い定型文どうしの一致は気づきにしない）。 */
  minCharacters: z.number({ error: 'minCharacters は文字数（数値）で指定してください' }).int({ error: 'minCharacters は整数で指定してください' }).min(1, { error: 'minCharacters は1以上で指定してください' }).default(nearDuplicateDefaults.minCharacters),
  /** 1件の気づきで挙げる似た計画の数。 */
  maxReported: z.number({ error: 'maxReported は件数（数値）で指定してください' }).int({ error: 'maxReported は整数で指定してください' }).min(1, { error: 'maxReported は1以上で指定してください' }).default(3),
});

/** The wording compared: every need, long-term goal and short-term goal of 第2表. */
export function planTexts(plan: CarePlan | undefined): string[] {
  if (plan === undefined) return [];
  return plan.needs.flatMap((need) => [need.text ?? '', ...need.longTermGoals.flatMap((long) => [long.text ?? '', ...long.shortTermGoals.map((short) => short.text ?? '')])]);
}

/**
 * Fingerprints of plans that cannot change: the server hands out each stored revision as one
 * deeply frozen object, so a peer plan audited with every other client of the office is
 * shingled once per revision, not once per audit. Plans that are not frozen (an editor's
 * working copy, a case file given in a request) are fingerprinted on every audit.
 */
const frozenFingerprints = new WeakMap<CarePlan, TextFingerprint>();

/** The fingerprint of a plan's 第2表 wording ({@link planTexts}). */
export function planFingerprint(plan: CarePlan | undefined): TextFingerprint {
  if (plan === undefined || !Object.isFrozen(plan) || !Object.isFrozen(plan.needs)) return textFingerprint(planTexts(plan));
  let fingerprint = frozenFingerprints.get(plan);
  if (fingerprint === undefined) {
    fingerprint = textFingerprint(planTexts(plan));
    frozenFingerprints.set(plan, fingerprint);
  }
  return fingerprint;
}

function clientKey(caseFile: CaseFile | undefined): string | undefined {
  return caseFile === undefined ? undefined : `${caseFile.client.insurerNumber}/${caseFile.client.insuredNumber}`;
}

function clientName(caseFiles: readonly CaseFile[], index: number): string {
  const name = caseFiles[index]?.client.name.trim();
  return name !== undefined && name !== '' ? `${name}さん` : `${index + 1}件目の利用者`;
}

function percent(similarity: number): string {
  return `${Math.floor(similarity * 100)}%`;
}

/**
 * 画一的なプラン (13条3号, many municipal policies): needs and goals worded nearly the same as
 * other clients' plans. Plans are compared by character 3-gram shingles, MinHash and LSH, so an
 * insurer's 100,000 plans are compared without all pairs; candidates are confirmed by exact
 * Jaccard similarity. The same client's plans are never compared with each other, and short
 * texts (identical boilerplate like 「安心して暮らしたい」) are left out.
 */
export const uniformAcrossClientsRule = defineRule({
  id: 'plan.uniform-across-clients',
  scope: 'cohort',
  params: paramsSchema,
  requires: ['plan'],
  evaluate({ caseFiles, targets, plans, params }) {
    if (targets.length === 0) return [];
    const keys = caseFiles.map(clientKey);
    const { pairs } = findNearDuplicateFingerprints(
      plans.map(planFingerprint),
      { threshold: params.threshold, minCharacters: params.minCharacters, targets, skipPair: (a, b) => keys[a] === keys[b] },
    );
    const similar = new Map<number, Array<{ other: number; similarity: number }>>();
    const targetSet = new Set(targets);
    const note = (self: number, other: number, similarity: number) => {
      if (!targetSet.has(self)) return;
      const list = similar.get(self) ?? [];
      list.push({ other, similarity });
      similar.set(self, list);
    };
    for (const { a, b, similarity } of pairs) {
      note(a, b, similarity);
      note(b, a, similarity);
    }
    const observations: CohortObservation[] = [];
    for (const caseIndex of targets) {
      const plan = plans[caseIndex];
      const matches = similar.get(caseIndex);
      if (plan === undefined || matches === undefined) continue;
      matches.sort((x, y) => y.similarity - x.similarity || x.other - y.other);
      const shown = matches.slice(0, params.maxReported);
      const best = shown[0]!;
      const more = matches.length > 1 ? `ほか${matches.length - 1}件` : '';
      const evidence: Evidence[] = [
        { document: 'care_plan', documentId: plan.id, path: ['needs'], label: '第2表 生活全般の解決すべき課題・目標' },
        ...shown.map(({ other, similarity }): Evidence => ({
          document: 'care_plan',
          documentId: plans[other]!.id,
          path: ['needs'],
          label: `${clientName(caseFiles, other)}の計画 第2表（類似度 ${percent(similarity)}）`,
          value: planTexts(plans[other]).find((t) => t.trim() !== '') ?? '',
        })),
      ];
      observations.push({
        caseIndex,
        message: `この計画の課題（ニーズ）と目標の文言が、${clientName(caseFiles, best.other)}の計画${more}とほぼ同じです（類似度 ${percent(best.similarity)}）。この方の暮らしや希望、できることに合わせた内容になっていますか？`,
        evidence,
      });
    }
    return observations;
  },
});
