import type { Acknowledgement, CarePlan, Finding } from '@kizuki/core';
import { findingKey } from './live-audit.js';
import { newRowId } from './plan-factories.js';

export type AcknowledgeResult = { ok: true; plan: CarePlan } | { ok: false; message: string };

/**
 * The plan with `finding` acknowledged: the care manager read it and keeps the plan as written,
 * for `reason`. A blank reason is refused; acknowledging the same 気づき again replaces the reason.
 */
export function acknowledgeFinding(plan: CarePlan, finding: Finding, reason: string, by: string, at: Date): AcknowledgeResult {
  const text = reason.trim();
  if (text === '') return { ok: false, message: 'そのままにする理由を入力してください。' };
  if (text.length > 1000) return { ok: false, message: '理由は1000文字以内で入力してください。' };
  const key = findingKey(finding, plan.id);
  const others = (plan.acknowledgements ?? []).filter((a) => !(a.ruleId === key.ruleId && a.evidencePath === key.evidencePath));
  const acknowledgement: Acknowledgement = { id: newRowId(), ...key, reason: text, by, at: at.toISOString() };
  return { ok: true, plan: { ...plan, acknowledgements: [...others, acknowledgement] } };
}

/** The plan without acknowledgement `id` (the 気づき shows as open again). */
export function withdrawAcknowledgement(plan: CarePlan, id: string): CarePlan {
  return { ...plan, acknowledgements: (plan.acknowledgements ?? []).filter((a) => a.id !== id) };
}

/**
 * Acknowledgements follow their item when a list of the plan is reordered or pruned: they name
 * a field by path (`needs.1.longTermGoals.0.text`), so after moving need 2 up the path must say
 * `needs.0…`. `newIndexOf` maps an old index of the list at `listPath` to its new one, or to
 * undefined when the item was removed (its acknowledgements go with it).
 */
export function remapAcknowledgements(plan: CarePlan, listPath: readonly (string | number)[], newIndexOf: (oldIndex: number) => number | undefined): CarePlan {
  if (plan.acknowledgements === undefined || plan.acknowledgements.length === 0) return plan;
  const prefix = `${listPath.join('.')}.`;
  const acknowledgements = plan.acknowledgements.flatMap((ack) => {
    if (!ack.evidencePath.startsWith(prefix)) return [ack];
    const [head, ...rest] = ack.evidencePath.slice(prefix.length).split('.');
    const oldIndex = Number(head);
    if (!Number.isInteger(oldIndex)) return [ack];
    const next = newIndexOf(oldIndex);
    return next === undefined ? [] : [{ ...ack, evidencePath: [`${prefix}${next}`, ...rest].join('.') }];
  });
  return { ...plan, acknowledgements };
}
