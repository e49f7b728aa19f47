import type { CorpusLine, CorpusPlan, Frequency, Period, ServiceTypeCode, Weekday } from './plans.js';

/**
 * Writing styles of other care-management software: how each one writes the same plan into the
 * free-text columns and lays out the rows. The README of this folder describes them as a table.
 */
export interface VendorStyle {
  id: string;
  /** 第1表 意向 column (本人・家族・課題分析の結果). */
  intentions(plan: CorpusPlan): string;
  /** 総合的な援助の方針 with the emergency part. */
  policy(plan: CorpusPlan): string;
  period(period: Period): string;
  frequency(frequency: Frequency): string;
  /** サービス種別 of an insured line; `informalType` is written for informal support. */
  serviceType(type: ServiceTypeCode): string;
  informalType: string;
  /** 保険対象区分 of an informal line: N, or left blank. */
  informalInsured: 'N' | '';
  /** 第2表 continuation rows: 課題・目標 repeated on every row, or left blank. */
  continuation: 'repeat' | 'blank';
  /** 援助目標NO: per short-term goal, renumbered on every row of a need, or only on a goal's first row. */
  goalNumbers: 'per-goal' | 'per-row' | 'first-row-only';
  quoting: 'all' | 'text' | 'needed';
  lineEnd: '\r\n' | '\n';
  /** Line break written inside a quoted field. */
  innerBreak: '\r\n' | '\n';
  /** Digits and spaces of free text written full-width. */
  fullWidth: boolean;
  /** Katakana of free text written half-width. */
  halfWidthKana: boolean;
  /** Extension of the file names (the standard's rule writes .CSV; many write .csv). */
  extension: '.csv' | '.CSV';
  /** The 意向 parts this style marks with a label or heading, which a reader can attribute. */
  labelled: { client: boolean; family: boolean; analysis: boolean };
}

const weekdayOrder: Weekday[] = ['月', '火', '水', '木', '金', '土', '日'];
const days = (f: { days: Weekday[] }) => [...f.days].sort((a, b) => weekdayOrder.indexOf(a) - weekdayOrder.indexOf(b));

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}
const reiwa = (year: number) => year - 2018;
const pad = (n: number) => String(n).padStart(2, '0');

const familyOf = (plan: CorpusPlan) => plan.intentions.family;

/** Joins the 方針 and its emergency part; a blank 方針 with no emergency part stays blank. */
function policyWith(plan: CorpusPlan, emergency: (text: string) => string, separator: string): string {
  if (plan.policy === '' && plan.emergency === '') return '';
  return plan.emergency === '' ? plan.policy : `${plan.policy}${separator}${emergency(plan.emergency)}`;
}

function frequencyBy(f: Frequency, week: (count: number, days: Weekday[]) => string, month: (times: number) => string, asNeeded: string): string {
  switch (f.kind) {
    case 'week':
      return week(f.days.length, days(f));
    case 'month':
      return month(f.times);
    case 'daily':
      return '毎日';
    case 'as-needed':
      return asNeeded;
  }
}

const typeNames: Record<ServiceTypeCode, string> = { '11': '訪問介護', '15': '通所介護', '17': '福祉用具貸与', '78': '地域密着型通所介護' };
const everydayNames: Record<ServiceTypeCode, string> = { '11': 'ホームヘルプ', '15': 'デイサービス', '17': '福祉用具レンタル', '78': '地域密着型デイサービス' };
const variantNames: Record<ServiceTypeCode, string> = { '11': '訪問介護（ホームヘルプ）', '15': '通所介護（デイサービス）', '17': '福祉用具貸与（レンタル）', '78': '地域密着型通所介護' };

const allLabelled = { client: true, family: true, analysis: true };
const base = { informalType: '', informalInsured: 'N', fullWidth: false, halfWidthKana: false, innerBreak: '\r\n', extension: '.csv', labelled: allLabelled } as const;

export const vendorStyles: VendorStyle[] = [
  {
    ...base,
    id: 'colon-lines',
    intentions: (p) =>
      [`本人：${p.intentions.client}`, ...familyOf(p).map((f) => `${f.relation}：${f.text}`), `課題分析の結果：${p.intentions.analysis}`].join('\n'),
    policy: (p) => policyWith(p, (e) => `緊急時連絡先：${e}`, '\n'),
    period: ({ start, end }) => {
      const [a, b] = [ymd(start), ymd(end)];
      return `令和${reiwa(a[0])}年${a[1]}月${a[2]}日～令和${reiwa(b[0])}年${b[1]}月${b[2]}日`;
    },
    frequency: (f) => frequencyBy(f, (n) => `週${n}回`, (n) => `月${n}回`, '随時'),
    serviceType: (t) => typeNames[t],
    continuation: 'repeat',
    goalNumbers: 'per-goal',
    quoting: 'all',
    lineEnd: '\r\n',
    extension: '.CSV',
  },
  {
    ...base,
    id: 'bracket-inline',
    intentions: (p) =>
      [`【本人】${p.intentions.client}`, ...familyOf(p).map((f) => `【家族（${f.relation}）】${f.text}`), `【課題分析】${p.intentions.analysis}`].join(''),
    policy: (p) => policyWith(p, (e) => `【緊急時の対応】${e}`, ''),
    period: ({ start, end }) => {
      const [a, b] = [ymd(start), ymd(end)];
      return `R${reiwa(a[0])}.${a[1]}.${a[2]}～R${reiwa(b[0])}.${b[1]}.${b[2]}`;
    },
    frequency: (f) => frequencyBy(f, (n) => `週${n}回`, (n) => `月${n}回`, '随時').replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    serviceType: (t) => t,
    continuation: 'blank',
    goalNumbers: 'per-row',
    quoting: 'text',
    lineEnd: '\r\n',
  },
  {
    ...base,
    id: 'honorific-ascii',
    intentions: (p) =>
      [`ご本人様:${p.intentions.client}`, ...familyOf(p).map((f) => `ご家族様(${f.relation}):${f.text}`), '', p.intentions.analysis].join('\n'),
    policy: (p) => policyWith(p, (e) => e, '\n\n'),
    period: ({ start, end }) => `${start.replaceAll('-', '/')}~${end.replaceAll('-', '/')}`,
    frequency: (f) => frequencyBy(f, (n) => `${n}回/週`, (n) => `${n}回/月`, '必要時'),
    serviceType: (t) => everydayNames[t],
    informalType: 'インフォーマル',
    labelled: { client: true, family: true, analysis: false },
    continuation: 'blank',
    goalNumbers: 'per-goal',
    quoting: 'needed',
    lineEnd: '\n',
    innerBreak: '\n',
  },
  {
    ...base,
    id: 'square-angle',
    intentions: (p) =>
      [`［利用者］${p.intentions.client}`, ...familyOf(p).map((f) => `〈${f.relation}〉${f.text}`), '＜課題分析結果＞', p.intentions.analysis].join('\n'),
    policy: (p) => policyWith(p, (e) => `＜緊急連絡先＞${e}`, '\n'),
    period: ({ start, end }) => {
      const [a, b] = [ymd(start), ymd(end)];
      return `R${pad(reiwa(a[0]))}.${pad(a[1])}.${pad(a[2])}-R${pad(reiwa(b[0]))}.${pad(b[1])}.${pad(b[2])}`;
    },
    frequency: (f) => frequencyBy(f, (_, d) => `毎週${d.join('・')}`, (n) => `月${n}回`, '必要時'),
    serviceType: (t) => variantNames[t],
    continuation: 'blank',
    goalNumbers: 'first-row-only',
    quoting: 'all',
    lineEnd: '\r\n',
    innerBreak: '\n',
  },
  {
    ...base,
    id: 'speech-quotes',
    intentions: (p) =>
      `${[`本人「${p.intentions.client}」`, ...familyOf(p).map((f) => `${f.relation}「${f.text}」`)].join('、')}\n課題分析結果：${p.intentions.analysis}`,
    policy: (p) => policyWith(p, (e) => `※緊急時は${e}へ連絡する。`, '\n'),
    period: ({ start, end }) => {
      const [a, b] = [ymd(start), ymd(end)];
      return `${a[0]}年${a[1]}月${a[2]}日から${b[0]}年${b[1]}月${b[2]}日まで`;
    },
    frequency: (f) => frequencyBy(f, (n, d) => `週${n}回（${d.join('・')}）`, (n) => `月${n}回`, '随時'),
    serviceType: (t) => `${t} ${typeNames[t]}`,
    continuation: 'repeat',
    goalNumbers: 'per-row',
    quoting: 'text',
    lineEnd: '\n',
    innerBreak: '\n',
  },
  {
    ...base,
    id: 'corner-fullwidth',
    intentions: (p) =>
      [`『本人』${p.intentions.client}`, ...familyOf(p).map((f) => `『${f.relation}』${f.text}`), `『課題分析の結果』${p.intentions.analysis}`].join('\n'),
    policy: (p) => policyWith(p, (e) => `【緊急時連絡先】\n${e}`, '\n'),
    period: ({ start, end }) => `${start.replaceAll('-', '/')}～${end.replaceAll('-', '/')}`,
    frequency: (f) => frequencyBy(f, (_, d) => d.join('・'), (n) => `月${n}回`, '必要時'),
    serviceType: (t) => halfWidthKana(everydayNames[t]),
    continuation: 'repeat',
    goalNumbers: 'per-goal',
    quoting: 'all',
    lineEnd: '\r\n',
    fullWidth: true,
  },
  {
    ...base,
    id: 'paren-halfkana',
    intentions: (p) =>
      [`本人）${p.intentions.client}`, ...familyOf(p).map((f) => `${f.relation}）${f.text}`), '■課題分析', p.intentions.analysis].join('\n'),
    policy: (p) => policyWith(p, (e) => `◆緊急時の連絡先：${e}`, '\n'),
    period: ({ start, end }) => {
      const [a, b] = [ymd(start), ymd(end)];
      return `令和${reiwa(a[0])}年${a[1]}月－令和${reiwa(b[0])}年${b[1]}月`;
    },
    frequency: (f) => frequencyBy(f, (_, d) => d.map((x) => `${x}曜`).join('・'), (n) => `月に${n}回`, '必要に応じて'),
    serviceType: (t) => `${typeNames[t]}(${t})`,
    informalInsured: '',
    continuation: 'blank',
    goalNumbers: 'per-goal',
    quoting: 'needed',
    lineEnd: '\r\n',
    halfWidthKana: true,
  },
  {
    ...base,
    id: 'unlabelled',
    intentions: (p) => [p.intentions.client, ...familyOf(p).map((f) => f.text), p.intentions.analysis].join(''),
    labelled: { client: false, family: false, analysis: false },
    policy: (p) => policyWith(p, (e) => `緊急時：${e}`, ' '),
    period: ({ start, end }) => {
      const [a, b] = [ymd(start), ymd(end)];
      return `R${reiwa(a[0])}.${a[1]}～R${reiwa(b[0])}.${b[1]}`;
    },
    frequency: (f) => frequencyBy(f, (n) => `週${n}回`, (n) => `月${n}回`, '随時'),
    serviceType: (t) => typeNames[t],
    continuation: 'repeat',
    goalNumbers: 'per-goal',
    quoting: 'text',
    lineEnd: '\n',
    innerBreak: '\n',
  },
];

/** The style whose labels say plainly whose words each part is: the others are compared with it. */
export const referenceStyle = 'colon-lines';

/** Styles that write months only: right only because every period of the corpus covers whole months. */
export const monthOnlyStyles = ['paren-halfkana', 'unlabelled'];

/** Full-width katakana → half-width (ﾃﾞｲｻｰﾋﾞｽ), from the NFKC forms of the half-width block. */
const halfKana = (() => {
  const map = new Map<string, string>();
  const marks = ['\uff9e', '\uff9f'];
  for (let c = 0xff66; c <= 0xff9d; c++) {
    const half = String.fromCharCode(c);
    map.set(half.normalize('NFKC'), half);
    for (const mark of marks) {
      const full = (half + mark).normalize('NFKC');
      if (full.length === 1) map.set(full, half + mark);
    }
  }
  map.set('ー', '\uff70');
  map.set('・', '\uff65');
  return map;
})();

export function halfWidthKana(text: string): string {
  return [...text].map((c) => halfKana.get(c) ?? c).join('');
}

/** Digits and ASCII spaces → full-width (２０２５, U+3000). */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replaceAll(' ', '\u3000');
}

/** Who gives a line, in the サービス事業所名 column. */
export const lineProviderName = (line: CorpusLine) => line.service?.provider.name ?? line.by ?? '';
