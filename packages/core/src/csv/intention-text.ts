import type { CarePlan } from '../domain/care-plan.schema.js';
import { intentionHeadings } from './care-plan-rows.js';
import { compact, optionalText } from './csv-values.js';

/**
 * Reading the one column of 第1表 that holds 利用者及び家族の生活に対する意向を踏まえた課題分析の結果
 * (UP1KYO column 22) as vendors write it. Kizuki writes 【本人の意向】【家族の意向】【課題分析の結果】
 * heading lines; other software labels each speaker in many ways:
 *
 *   本人：自宅で暮らしたい。  ご本人様:…  【本人】…  ［利用者］…  〈長男〉…  （本人）…  本人）…
 *   本人「…」、妻「…」  本人『…』  家族（長女）：…  長女様：…  課題分析の結果：…  ＜課題分析結果＞…
 *
 * A label counts only where a new statement can begin (start of a line, or after 。、 a closing quote
 * or a space), so 「本人の希望で」 or 「妻と二人暮らし」 inside a sentence is never taken for one.
 * What no label attributes (text before the first label, or after a blank line, or lines that
 * could be either the last speaker's or an unlabelled 課題分析の結果) is kept as `unattributed`,
 * never dropped and never guessed: a rule that cannot tell whether a part is there does not
 * report it as missing.
 */

type Part = 'client' | 'family' | 'analysisResult';

const clientWords = ['ご本人様', 'ご本人', '本人様', '本人さん', '本人の意向', '本人の希望', '本人', 'ご利用者様', 'ご利用者', '利用者様', '利用者の意向', '利用者'];
const familyWords = [
  'ご家族様', 'ご家族', '家族様', '家族の意向', '家族の希望', '家族',
  '長男の妻', '長男の嫁', '次男の妻', '次男の嫁', '長男嫁', '次男嫁',
  '長男', '次男', '三男', '長女', '次女', '三女', '嫁', '婿', '妻', '夫', '娘', '息子', '孫',
  '兄', '姉', '弟', '妹', '甥', '姪', '義母', '義父', '主介護者', '介護者', 'キーパーソン',
];
const analysisWords = ['課題分析の結果', '課題分析結果', '課題分析', 'アセスメント結果', '分析結果', '総合的課題'];

const partOfWord = new Map<string, Part>([
  ...clientWords.map((w) => [w, 'client'] as const),
  ...familyWords.map((w) => [w, 'family'] as const),
  ...analysisWords.map((w) => [w, 'analysisResult'] as const),
]);
/** Labels that name the family as a whole: their text needs no prefix once filed under 家族. */
const genericFamily = new Set(['ご家族様', 'ご家族', '家族様', '家族の意向', '家族の希望', '家族']);

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Longest first, so 長男の妻 is one label and not 長男 followed by text.
const words = [...partOfWord.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
const honorific = '(?:様|さん)?';
const relation = '(?:[（(][^）)\\n]{1,12}[）)])?';
const core = `(?:${words})${honorific}${relation}`;
const brackets: [string, string][] = [['【', '】'], ['［', '］'], ['[', ']'], ['〈', '〉'], ['<', '>'], ['＜', '＞'], ['《', '》'], ['〔', '〕'], ['（', '）'], ['(', ')'], ['≪', '≫'], ['『', '』'], ['「', '」'], ['◇', ''], ['■', ''], ['●', ''], ['◆', ''], ['○', ''], ['・', '']];
/** Where a statement can begin: line start, after punctuation, a closing quote or a space. */
const boundary = '(?<=^|[\\n。．.、，,」』）)\\]］】〉>＞\\s])';

const labelPattern = new RegExp(
  `${boundary}(?:` +
    // 【本人】 ［利用者］ 〈長男〉 （本人） ◇本人： … with an optional separator after the bracket.
    brackets.map(([open, close], i) => `${escape(open)}\\s*(?<b${i}>${core})\\s*${close === '' ? '(?=[：:])' : escape(close)}`).join('|') +
    // 本人：  本人:  本人）  本人」 (a separator that is consumed)
    `|(?<s>${core})\\s*(?:[：:]|[）)」](?!」))` +
    // 本人「…」  妻『…』 (the quote opens the statement and stays with it)
    `|(?<q>${core})(?=[「『])` +
    // 本人\u3000自宅で… (a full-width space after the label, at the start of a line only)
    `|(?<=^|\\n)(?<f>${core})\u3000` +
    // ■課題分析 / 本人の意向 alone on its line: a heading whose text follows on the next lines.
    `|(?<=^|\\n)[■●◆◇○・]?[ \\t\u3000]*(?<h>${core})[ \\t\u3000]*(?=\\n)` +
    `)\\s*[：:]?\\s*`,
  'gu',
);

interface Label {
  start: number;
  end: number;
  word: string;
  part: Part;
}

function labelWord(groups: Record<string, string | undefined>): string | undefined {
  return Object.values(groups).find((value) => value !== undefined);
}

/** The label's word without honorific or relation: 家族（長女）→ 家族, 長女様 → 長女. */
function baseWord(label: string): string {
  const bare = label.replace(/[（(][^）)]*[）)]$/u, '');
  if (partOfWord.has(bare)) return bare;
  return bare.replace(/(?:様|さん)$/u, '');
}

function findLabels(text: string): Label[] {
  const labels: Label[] = [];
  for (const match of text.matchAll(labelPattern)) {
    const word = labelWord(match.groups ?? {});
    if (word === undefined) continue;
    const part = partOfWord.get(baseWord(word));
    if (part === undefined) continue;
    labels.push({ start: match.index, end: match.index + match[0].length, word, part });
  }
  return labels;
}

/** How 家族 text keeps who said it: 長女：…, 家族（妻）：…; the generic 家族 label is dropped. */
function familyText(word: string, content: string): string {
  if (genericFamily.has(word)) return content;
  const separator = /^[「『]/u.test(content) ? '' : '：';
  return `${word}${separator}${content}`;
}

const trimStatement = (text: string) => text.replace(/^[\s、，,]+|[\s、，,]+$/gu, '');

/** The 意向 of 第1表 as read from a vendor's text (no Kizuki headings). */
function readLabelled(text: string): NonNullable<CarePlan['intentions']> {
  const labels = findLabels(text);
  const parts: Record<Part, string[]> = { client: [], family: [], analysisResult: [] };
  const unattributed: string[] = [];
  // Text no label claims is kept exactly as written, but for surrounding blanks.
  const lead = text.slice(0, labels[0]?.start ?? text.length).trim();
  if (lead !== '') unattributed.push(lead);
  labels.forEach((label, i) => {
    const body = text.slice(label.end, labels[i + 1]?.start ?? text.length);
    // A blank line ends a statement: what follows it belongs to no label.
    const [own = '', ...after] = body.split(/\n[ \t\u3000]*\n/u);
    let content = trimStatement(own);
    const rest = after.join('\n\n').trim();
    if (rest !== '') unattributed.push(rest);
    const last = i === labels.length - 1;
    const hasAnalysisLabel = labels.some((l) => l.part === 'analysisResult');
    // The last speaker's further lines may be an unlabelled 課題分析の結果: keep them apart.
    if (last && label.part !== 'analysisResult' && !hasAnalysisLabel && content.includes('\n')) {
      const [first = '', ...more] = content.split('\n');
      content = trimStatement(first);
      unattributed.push(more.join('\n').trim());
    }
    if (content === '') return;
    parts[label.part].push(label.part === 'family' ? familyText(label.word, content) : content);
  });
  return compact({
    client: optionalText(parts.client.join('\n')),
    family: optionalText(parts.family.join('\n')),
    analysisResult: optionalText(parts.analysisResult.join('\n')),
    unattributed: optionalText(unattributed.filter((t) => t !== '').join('\n')),
  });
}

const ownHeadings = [intentionHeadings.client, intentionHeadings.family, intentionHeadings.analysisResult];
const ownHeadingLine = new RegExp(`^【(${ownHeadings.join('|')})】$`, 'u');

/** Kizuki's own layout: optional unattributed text, then 【見出し】 lines each followed by its text. */
function readOwnHeadings(lines: string[]): NonNullable<CarePlan['intentions']> {
  const sections: Record<string, string[]> = {};
  let current = '';
  const lead: string[] = [];
  for (const line of lines) {
    const heading = ownHeadingLine.exec(line)?.[1];
    if (heading !== undefined) {
      current = heading;
      sections[current] = [];
    } else if (current === '') lead.push(line);
    else sections[current]!.push(line);
  }
  const section = (heading: string) => optionalText(sections[heading]?.join('\n'));
  return compact({
    client: section(intentionHeadings.client),
    family: section(intentionHeadings.family),
    analysisResult: section(intentionHeadings.analysisResult),
    unattributed: optionalText(lead.join('\n')),
  });
}

/**
 * The 意向・課題分析の結果 of 第1表 from its CSV column, in Kizuki's own layout or any vendor's.
 * Undefined for a blank column.
 */
export function readIntentionColumn(text: string): CarePlan['intentions'] {
  const normalized = text.replace(/\r\n?/gu, '\n');
  if (normalized.trim() === '') return undefined;
  const lines = normalized.split('\n');
  const intentions = lines.some((line) => ownHeadingLine.test(line)) ? readOwnHeadings(lines) : readLabelled(normalized);
  return Object.keys(intentions).length > 0 ? intentions : undefined;
}
