import { ruleTitles, type Finding } from '@kizuki/core';
import { fieldDomId } from '../editing/field-id.js';
import { pathKey, type FieldPath } from './body-path.js';
import { planFieldPath } from './live-audit.js';

/**
 * An id for each 気づき that stays the same while the care manager keeps typing: the rule and the
 * field it is about (`plan.goal-vague@needs.0.longTermGoals.0.text`), numbered when one rule
 * says several things about one field.
 */
export function findingIds(findings: readonly Finding[], planId: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId}@${pathKey(planFieldPath(finding, planId) ?? finding.evidence[0]?.path ?? [])}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n + 1}`;
  });
}

/** The ids in `current` that were not in `previous`; none for the first result (nothing was shown before). */
export function newFindingIds(previous: ReadonlySet<string> | undefined, current: readonly string[]): string[] {
  if (previous === undefined) return [];
  return current.filter((id) => !previous.has(id));
}

/** A 気づき card's heading in two parts: where it is (the evidence's labels) and which rule it is. */
export function findingHeading(finding: Finding): { places: string[]; rule: string } {
  return { places: [...new Set(finding.evidence.map((e) => e.label).filter((label) => label !== ''))], rule: ruleTitles[finding.ruleId] };
}

/**
 * Whether a 気づき about the plan field at `path` concerns the field the care manager is in
 * (DOM id `focusedId`): the same field, or an item that holds it (a need card, a goal). The
 * whole list of needs is too wide to follow focus.
 */
export function concernsFocusedField(path: FieldPath | undefined, focusedId: string | undefined): boolean {
  if (path === undefined || focusedId === undefined || path.length === 0) return false;
  const id = fieldDomId(path);
  return focusedId === id || (path.length >= 2 && focusedId.startsWith(`${id}-`));
}

/** What a screen reader hears when new 気づき appear. */
export function newFindingsAnnouncement(fresh: readonly Finding[], openCount: number): string {
  if (fresh.length === 0) return `気づき ${openCount}件`;
  const what = fresh.map((finding) => {
    const { places, rule } = findingHeading(finding);
    return places.length > 0 ? `${rule}（${places.join('、')}）` : rule;
  });
  return `新しい気づき ${fresh.length}件: ${what.join('、')}。気づきは全部で${openCount}件です。`;
}
