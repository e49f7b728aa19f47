import type { Severity } from './policy-pack.schema.js';
import type { ResolvedPolicyPack, ResolvedRuleSetting } from './resolve-policy-pack.js';
import { knownRuleIds, ruleTitles, type RuleId } from './rule-ids.js';

/** What happened to one item (原則・点検項目・取組) between two versions. */
export interface ItemChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** Heading or wording of the item (the newer one when both exist). */
  title: string;
  /** For 'changed': which parts changed (見出し, 本文, 問い …). */
  parts?: string[];
}

/** What happened to one rule's settings between two versions. */
export interface RuleChange {
  ruleId: RuleId;
  title: string;
  enabled?: { from: boolean | undefined; to: boolean | undefined };
  severity?: { from: Severity | undefined; to: Severity | undefined };
  /** Params whose values differ (names only; the values are in the packs). */
  params?: string[];
  citations?: boolean;
}

/** Words added to or removed from one word list (語彙). */
export interface LexiconDiff {
  name: string;
  added: string[];
  removed: string[];
}

/** The differences between two versions of a pack (or two packs), everything resolved through `extends`. */
export interface PolicyPackDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  principles: ItemChange[];
  checklistItems: ItemChange[];
  workflows: ItemChange[];
  rules: RuleChange[];
  lexicons: LexiconDiff[];
  /** True when nothing an audit or a reader would notice differs. */
  unchanged: boolean;
}

type Keyed = { id: string };

function diffItems<T extends Keyed>(before: readonly T[], after: readonly T[], title: (item: T) => string, parts: (a: T, b: T) => string[]): ItemChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const changes: ItemChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) changes.push({ id: item.id, change: 'added', title: title(item) });
    else {
      const changed = parts(previous, item);
      if (changed.length > 0) changes.push({ id: item.id, change: 'changed', title: title(item), parts: changed });
    }
  }
  for (const item of before) if (!now.has(item.id)) changes.push({ id: item.id, change: 'removed', title: title(item) });
  return changes;
}

/** Names of the fields (with their Japanese labels) whose values differ between a and b. */
function differing<T extends object>(a: T, b: T, labels: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(labels) as (keyof T)[]).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).map((key) => labels[key]!);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffRule(ruleId: RuleId, a: ResolvedRuleSetting | undefined, b: ResolvedRuleSetting | undefined): RuleChange | undefined {
  const change: RuleChange = { ruleId, title: ruleTitles[ruleId] };
  if (a?.enabled !== b?.enabled) change.enabled = { from: a?.enabled, to: b?.enabled };
  if (a?.severity !== b?.severity) change.severity = { from: a?.severity, to: b?.severity };
  const names = new Set([...Object.keys(a?.params ?? {}), ...Object.keys(b?.params ?? {})]);
  const params = [...names].filter((name) => !same(a?.params[name], b?.params[name])).sort();
  if (params.length > 0) change.params = params;
  if (!same(a?.citations ?? [], b?.citations ?? [])) change.citations = true;
  return Object.keys(change).length > 2 ? change : undefined;
}

/**
 * What changed from `before` to `after` (版の比較): principles, checklist items and workflows
 * added, removed or reworded; rules switched on or off, given another weight (基準・助言・問いかけ)
 * or other settings; words added to or removed from each word list. Pure; items are matched by id.
 */
export function diffPolicyPacks(before: ResolvedPolicyPack, after: ResolvedPolicyPack): PolicyPackDiff {
  const principles = diffItems(before.principles, after.principles, (p) => p.heading, (a, b) => differing(a, b, { heading: '見出し', text: '本文', section: '出典の箇所', statute: '法令', question: '問い' }));
  const items = (pack: ResolvedPolicyPack) => pack.checklists.flatMap((list) => list.items);
  const checklistItems = diffItems(items(before), items(after), (i) => i.text, (a, b) => differing(a, b, { text: '本文', judgement: '判断', rules: 'ルール', principles: '原則', question: '問い', features: '機能' }));
  const workflows = diffItems(before.workflows, after.workflows, (w) => w.title, (a, b) => differing(a, b, { title: '名称', actor: '担い手', text: '本文', features: '機能', principles: '原則' }));
  const rules = knownRuleIds.map((id) => diffRule(id, before.rules[id], after.rules[id])).filter((c): c is RuleChange => c !== undefined);
  const names = [...new Set([...Object.keys(before.lexicons), ...Object.keys(after.lexicons)])].sort();
  const lexicons = names
    .map((name) => {
      const a = new Set(before.lexicons[name] ?? []);
      const b = new Set(after.lexicons[name] ?? []);
      return { name, added: [...b].filter((w) => !a.has(w)), removed: [...a].filter((w) => !b.has(w)) };
    })
    .filter((l) => l.added.length > 0 || l.removed.length > 0);
  return {
    from: { id: before.id, version: before.version },
    to: { id: after.id, version: after.version },
    principles,
    checklistItems,
    workflows,
    rules,
    lexicons,
    unchanged: principles.length + checklistItems.length + workflows.length + rules.length + lexicons.length === 0,
  };
}

const severityLabels: Record<Severity, string> = { standard: '基準', advice: '助言', question: '問いかけ' };
const changeLabels: Record<ItemChange['change'], string> = { added: '追加', removed: '削除', changed: '変更' };

function ruleLine(change: RuleChange): string {
  const parts: string[] = [];
  if (change.enabled) parts.push(change.enabled.to ? '使う' : '使わない');
  if (change.severity) parts.push(`重み ${change.severity.from ? severityLabels[change.severity.from] : 'なし'} → ${change.severity.to ? severityLabels[change.severity.to] : 'なし'}`);
  if (change.params) parts.push(`設定 ${change.params.join('・')}`);
  if (change.citations) parts.push('根拠');
  return `ルール「${change.title}」（${change.ruleId}）: ${parts.join('、')}`;
}

/** The diff as Japanese lines for a change note or a notice to offices (何が変わったか). */
export function describePolicyPackDiff(diff: PolicyPackDiff): string[] {
  if (diff.unchanged) return ['変更はありません。'];
  const item = (kind: string) => (c: ItemChange) => `${kind}「${c.title}」を${changeLabels[c.change]}${c.parts ? `（${c.parts.join('・')}）` : ''}`;
  return [
    ...diff.principles.map(item('原則')),
    ...diff.checklistItems.map(item('点検項目')),
    ...diff.workflows.map(item('取組')),
    ...diff.rules.map(ruleLine),
    ...diff.lexicons.map((l) => `語彙「${l.name}」: ${[l.added.length > 0 ? `追加 ${l.added.join('、')}` : '', l.removed.length > 0 ? `削除 ${l.removed.join('、')}` : ''].filter(Boolean).join(' ／ ')}`),
  ];
}
