import { featureTitles, type FeatureId } from './feature-ids.js';
import { describeFeatureScreens } from './feature-screens.js';
import type { Checklist, ChecklistItem, Citation, Judgement, Principle, Severity, Workflow, WorkflowActor } from './policy-pack.schema.js';
import { findPrinciple, type FromPack, type ResolvedPolicyPack } from './resolve-policy-pack.js';
import { ruleTitles, type RuleId } from './rule-ids.js';
import { formatStatuteRef } from './statute-ref.js';

const severityLabels: Record<Severity, string> = { standard: '基準', advice: '助言', question: '問いかけ' };
const judgementLabels: Record<Judgement, string> = { rule: 'ルールで確認', human: '介護支援専門員の判断（自己点検の問い）', both: 'ルールと自己点検の問い' };
const actorLabels: Record<WorkflowActor, string> = { care_manager: '介護支援専門員', office: '事業所', insurer: '保険者', community: '地域（地域ケア会議・協議体など）' };

const ruleRef = (id: RuleId): string => `\`${id}\`（${ruleTitles[id]}）`;
const featureRef = (id: FeatureId): string => `\`${id}\`（${featureTitles[id]}）— 画面: ${describeFeatureScreens(id)}`;
const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`).join('\n>\n');

function citationLabel(pack: ResolvedPolicyPack, citation: Citation): string {
  if (typeof citation !== 'string') return formatStatuteRef(citation);
  const principle = findPrinciple(pack, citation);
  return principle === undefined ? `\`${citation}\`` : `${principle.heading}（\`${citation}\`）`;
}

function metadataTable(pack: ResolvedPolicyPack): string[] {
  const src = pack.source;
  const sourceText = [src.publisher, src.date, src.edition].filter((x) => x !== undefined).join('、');
  const number = pack.insurer?.number ?? `未設定${pack.insurer?.numberNote === undefined ? '' : `（${pack.insurer.numberNote}）`}`;
  const rows: [string, string][] = [
    ['パックID', `\`${pack.id}\``],
    ['版', `${pack.version}（${pack.date}）`],
    ['保険者', pack.insurer?.name ?? '（全国共通）'],
    ['保険者番号', pack.insurer === undefined ? '—' : number],
    ['出典', `${src.title}（${sourceText}）`],
    ['出典ファイル', `\`${src.file}\``],
    ...(src.url === undefined ? [] : [['URL', src.url] as [string, string]]),
    ['継承', pack.chain.map((c) => `\`${c.id}\` ${c.version}`).join(' ← ')],
  ];
  return ['| 項目 | 内容 |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function principleSupport(pack: ResolvedPolicyPack, principle: Principle): string[] {
  const lines: string[] = [];
  for (const [ruleId, setting] of Object.entries(pack.rules) as [RuleId, NonNullable<ResolvedPolicyPack['rules'][RuleId]>][]) {
    if (setting.citations.includes(principle.id)) lines.push(`- ルール ${ruleRef(ruleId)} — ${severityLabels[setting.severity]}${setting.enabled ? '' : '（無効）'}`);
  }
  for (const list of pack.checklists) {
    for (const item of list.items) if (item.principles.includes(principle.id)) lines.push(`- 点検項目 \`${item.id}\`（${list.title}）`);
  }
  for (const w of pack.workflows) if (w.principles.includes(principle.id)) lines.push(`- 取組 \`${w.id}\`（${w.title}）`);
  if (principle.question !== undefined) lines.push(`- 自己点検の問い: 「${principle.question}」`);
  return lines.length > 0 ? lines : ['- （この原則を直接確認する機能はありません）'];
}

function renderPrinciple(pack: ResolvedPolicyPack, p: Principle): string[] {
  const where = [p.section, p.statute && formatStatuteRef(p.statute)].filter((x): x is string => x !== undefined && x !== '');
  return [
    `#### ${p.heading}`,
    '',
    `\`${p.id}\`${where.length > 0 ? ` — ${where.join(' / ')}` : ''}`,
    '',
    quote(p.text),
    '',
    'Kizuki の支援:',
    '',
    ...principleSupport(pack, p),
    '',
  ];
}

function renderItem(pack: ResolvedPolicyPack, item: ChecklistItem, n: number): string[] {
  const sub = [
    `判断: ${judgementLabels[item.judgement]}`,
    ...item.rules.map((r) => `ルール: ${ruleRef(r)}${pack.rules[r] === undefined ? '' : ` — ${severityLabels[pack.rules[r].severity]}`}`),
    ...(item.question === undefined ? [] : [`自己点検の問い: 「${item.question}」`]),
    ...item.features.map((f) => `機能: ${featureRef(f)}`),
    ...item.principles.map((id) => `原則: ${citationLabel(pack, id)}`),
  ];
  return [`${n}. ${item.text.replace(/\n/g, ' ')}（\`${item.id}\`）`, ...sub.map((s) => `   - ${s}`)];
}

function renderChecklist(pack: ResolvedPolicyPack, list: Checklist): string[] {
  return [
    `#### ${list.title}`,
    '',
    `\`${list.id}\`${list.section === undefined ? '' : ` — ${list.section}`}`,
    '',
    ...list.items.flatMap((item, i) => renderItem(pack, item, i + 1)),
    '',
  ];
}

function renderWorkflow(pack: ResolvedPolicyPack, w: Workflow): string[] {
  return [
    `#### ${w.title}`,
    '',
    `\`${w.id}\` — 担い手: ${actorLabels[w.actor]}${w.section === undefined ? '' : ` / ${w.section}`}`,
    '',
    ...(w.text === undefined ? [] : [quote(w.text), '']),
    ...w.features.map((f) => `- 機能: ${featureRef(f)}`),
    ...w.principles.map((id) => `- 原則: ${citationLabel(pack, id)}`),
    '',
  ];
}

function renderRules(pack: ResolvedPolicyPack): string[] {
  const rows = (Object.entries(pack.rules) as [RuleId, NonNullable<ResolvedPolicyPack['rules'][RuleId]>][]).map(([id, s]) => {
    const params = Object.keys(s.params).length === 0 ? '' : `\`${JSON.stringify(s.params)}\``;
    const cites = s.citations.map((c) => citationLabel(pack, c)).join('<br>');
    return `| \`${id}\` | ${ruleTitles[id]} | ${s.enabled ? '有効' : '無効'} | ${severityLabels[s.severity]} | ${params} | ${cites} | ${s.setBy.join(', ')} |`;
  });
  return ['| ルール | 内容 | 有効 | 重み | パラメータ | 根拠 | 設定したパック |', '|---|---|---|---|---|---|---|', ...rows, ''];
}

function own<T>(pack: ResolvedPolicyPack, items: FromPack<T>[]): FromPack<T>[] {
  return items.filter((item) => item.packId === pack.id);
}

function section<T>(title: string, items: T[], render: (item: T) => string[]): string[] {
  return items.length === 0 ? [] : [`### ${title}`, '', ...items.flatMap(render)];
}

function renderPack(pack: ResolvedPolicyPack): string[] {
  const inherited = pack.principles.length + pack.checklists.length + pack.workflows.length - own(pack, pack.principles).length - own(pack, pack.checklists).length - own(pack, pack.workflows).length;
  const lexicons = Object.entries(pack.lexicons).map(([name, words]) => `- \`${name}\`: ${words.join('、')}`);
  return [
    `## ${pack.title}`,
    '',
    ...metadataTable(pack),
    '',
    ...(inherited > 0 ? [`継承元の原則・点検項目・取組（${inherited}件）は各継承元の節を参照してください。`, ''] : []),
    ...section('原則（基本方針の本文）', own(pack, pack.principles), (p) => renderPrinciple(pack, p)),
    ...section('点検項目', own(pack, pack.checklists), (l) => renderChecklist(pack, l)),
    ...section('事業所・保険者・地域の取組', own(pack, pack.workflows), (w) => renderWorkflow(pack, w)),
    '### ルール設定（継承を反映した設定）',
    '',
    ...renderRules(pack),
    ...(lexicons.length === 0 ? [] : ['### 語彙（継承を反映した一覧）', '', ...lexicons, '']),
  ];
}

/**
 * Renders docs/policies.md: for each resolved pack its metadata, every principle and
 * checklist item it defines with how Kizuki supports it (rules, self-check questions,
 * features), its office/insurer workflows, the effective rule settings and lexicons.
 * Deterministic, so the committed file can be compared with a fresh rendering.
 */
export function renderPoliciesMarkdown(resolvedPacks: readonly ResolvedPolicyPack[]): string {
  const index = resolvedPacks.map((p) => `| \`${p.id}\` | ${p.title} | ${p.version} | ${p.insurer?.name ?? '—'} | ${p.extends === undefined ? '—' : `\`${p.extends}\``} |`);
  const lines = [
    '# ポリシーパック',
    '',
    '<!-- このファイルは自動生成です。編集せず `node --import tsx packages/server/src/policy/write-policies-doc.ts` で再生成してください。 -->',
    '',
    '保険者の「ケアマネジメントに関する基本方針」を版管理したポリシーパックの一覧です。原則と点検項目の本文は出典からの引用（改行・空白のみ調整）です。',
    '重み: 基準＝運営基準等に照らした指摘、助言＝基本方針に基づく助言、問いかけ＝介護支援専門員の判断を促す問い。',
    '',
    '| パックID | 名称 | 版 | 保険者 | 継承元 |',
    '|---|---|---|---|---|',
    ...index,
    '',
    ...resolvedPacks.flatMap(renderPack),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
