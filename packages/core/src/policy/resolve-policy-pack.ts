import { KizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import type { Checklist, Citation, PolicyPack, Principle, Severity, Workflow } from './policy-pack.schema.js';
import { knownRuleIds, type RuleId } from './rule-ids.js';

/** Effective settings of one rule after the `extends` chain is merged. */
export interface ResolvedRuleSetting {
  enabled: boolean;
  severity: Severity;
  params: Record<string, unknown>;
  /** Parent citations first, then each child's additions. */
  citations: Citation[];
  /** Ids of the packs that set this rule, root first. */
  setBy: string[];
}

/** An item together with the pack that defined it. */
export type FromPack<T> = T & { packId: string };

/** A pack with its whole `extends` chain merged: what the audit engine and the docs use. */
export interface ResolvedPolicyPack extends Omit<PolicyPack, 'principles' | 'checklists' | 'workflows' | 'rules' | 'lexicons'> {
  /** The pack and its ancestors, leaf first, with versions (recorded with every audit result). */
  chain: { id: string; version: string }[];
  principles: FromPack<Principle>[];
  checklists: FromPack<Checklist>[];
  workflows: FromPack<Workflow>[];
  /** Rules some pack in the chain configures, in {@link knownRuleIds} order. */
  rules: Partial<Record<RuleId, ResolvedRuleSetting>>;
  lexicons: Record<string, string[]>;
}

/** Packs by id, as a Map or a plain record. */
export type PacksById = ReadonlyMap<string, PolicyPack> | Readonly<Record<string, PolicyPack>>;

function lookup(packs: PacksById, id: string): PolicyPack | undefined {
  if (packs instanceof Map) return (packs as ReadonlyMap<string, PolicyPack>).get(id);
  const record = packs as Readonly<Record<string, PolicyPack>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function packIds(packs: PacksById): string[] {
  return packs instanceof Map ? [...(packs as ReadonlyMap<string, PolicyPack>).keys()] : Object.keys(packs);
}

/** The chain root first; throws on an unknown pack or parent and on a cycle. */
function collectChain(id: string, packs: PacksById): PolicyPack[] {
  const first = lookup(packs, id);
  if (first === undefined) {
    throw new KizukiError('not_found', `ポリシーパック「${id}」は見つかりません（登録済み: ${packIds(packs).sort().join(', ')}）`, { id });
  }
  const chain: PolicyPack[] = [first];
  for (let pack = first; pack.extends !== undefined; ) {
    const parentId = pack.extends;
    if (chain.some((p) => p.id === parentId)) {
      const path = [...chain.map((p) => p.id), parentId].join(' → ');
      throw new KizukiError('validation_failed', `ポリシーパックの継承が循環しています: ${path}`, { chain: path });
    }
    const parent = lookup(packs, parentId);
    if (parent === undefined) {
      throw new KizukiError('validation_failed', `ポリシーパック「${pack.id}」の継承元「${parentId}」が見つかりません`, { id: pack.id, extends: parentId });
    }
    chain.push(parent);
    pack = parent;
  }
  return chain.reverse();
}

function mergeLexicons(chain: PolicyPack[], issues: FieldIssue[]): Record<string, string[]> {
  const lexicons: Record<string, string[]> = {};
  for (const pack of chain) {
    for (const [name, change] of Object.entries(pack.lexicons)) {
      const words = lexicons[name] ?? [];
      for (const word of change.remove) {
        if (!words.includes(word)) issues.push({ path: `${pack.id}: lexicons.${name}.remove`, message: `削除する語「${word}」は継承元の語彙 ${name} にありません` });
      }
      const kept = words.filter((w) => !change.remove.includes(w));
      lexicons[name] = [...new Set([...kept, ...change.add])];
    }
  }
  return lexicons;
}

function mergeRules(chain: PolicyPack[], issues: FieldIssue[]): Partial<Record<RuleId, ResolvedRuleSetting>> {
  const rules: Partial<Record<RuleId, ResolvedRuleSetting>> = {};
  for (const ruleId of knownRuleIds) {
    let merged: Partial<ResolvedRuleSetting> | undefined;
    for (const pack of chain) {
      const setting = pack.rules[ruleId];
      if (setting === undefined) continue;
      merged = {
        enabled: setting.enabled ?? merged?.enabled,
        severity: setting.severity ?? merged?.severity,
        params: { ...merged?.params, ...setting.params },
        citations: [...(merged?.citations ?? []), ...setting.citations],
        setBy: [...(merged?.setBy ?? []), pack.id],
      };
    }
    if (merged === undefined) continue;
    if (merged.enabled === undefined || merged.severity === undefined) {
      issues.push({ path: `rules.${ruleId}`, message: `ルール ${ruleId} の enabled・severity がどのパックにも指定されていません` });
      continue;
    }
    rules[ruleId] = { enabled: merged.enabled, severity: merged.severity, params: merged.params ?? {}, citations: merged.citations ?? [], setBy: merged.setBy ?? [] };
  }
  return rules;
}

/** Every principle id a resolved pack refers to must be defined somewhere in its chain. */
function checkPrincipleReferences(resolved: ResolvedPolicyPack, issues: FieldIssue[]): void {
  const known = new Set(resolved.principles.map((p) => p.id));
  const check = (id: string, path: string): void => {
    if (!known.has(id)) issues.push({ path, message: `原則ID「${id}」が継承元を含めて見つかりません` });
  };
  for (const list of resolved.checklists) {
    for (const item of list.items) item.principles.forEach((id, i) => check(id, `${list.packId}: ${item.id}.principles.${i}`));
  }
  for (const w of resolved.workflows) w.principles.forEach((id, i) => check(id, `${w.packId}: ${w.id}.principles.${i}`));
  for (const [ruleId, setting] of Object.entries(resolved.rules)) {
    setting.citations.forEach((c, i) => {
      if (typeof c === 'string') check(c, `rules.${ruleId}.citations.${i}`);
    });
  }
}

/**
 * Resolves pack `id` with its `extends` chain: principles, checklists and workflows
 * accumulate (ancestors first), rule settings are overridden field by field (params
 * shallow-merged, citations appended) and lexicons merge (child removals, then additions).
 *
 * @throws KizukiError('not_found') when `id` is not among `packsById`;
 *   KizukiError('validation_failed') for an unknown parent, a cycle, a lexicon removal of a
 *   word the parent lacks, a rule left without enabled/severity, or a principle id that no
 *   pack in the chain defines. Messages are Japanese.
 */
export function resolvePolicyPack(id: string, packsById: PacksById): ResolvedPolicyPack {
  const chain = collectChain(id, packsById);
  const leaf = chain[chain.length - 1]!;
  const issues: FieldIssue[] = [];
  const withPack = <T>(pick: (p: PolicyPack) => T[]): FromPack<T>[] => chain.flatMap((p) => pick(p).map((item) => ({ ...item, packId: p.id })));
  const { principles: _p, checklists: _c, workflows: _w, rules: _r, lexicons: _l, ...metadata } = leaf;
  const resolved: ResolvedPolicyPack = {
    ...metadata,
    chain: [...chain].reverse().map((p) => ({ id: p.id, version: p.version })),
    principles: withPack((p) => p.principles),
    checklists: withPack((p) => p.checklists),
    workflows: withPack((p) => p.workflows),
    rules: mergeRules(chain, issues),
    lexicons: mergeLexicons(chain, issues),
  };
  checkPrincipleReferences(resolved, issues);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new KizukiError('validation_failed', `ポリシーパック「${id}」の継承の解決に${issues.length}件の誤りがあります: ${first.message}（${first.path}）`, { id, issues });
  }
  return resolved;
}

/** The principle `id` of a resolved pack, if any (used to show a rule's citations). */
export function findPrinciple(pack: ResolvedPolicyPack, id: string): FromPack<Principle> | undefined {
  return pack.principles.find((p) => p.id === id);
}
