import type { CorpusLine, CorpusPlan } from './plans.js';

/**
 * How one family of software writes the free-text and code columns of ケアプランデータ連携 CSV.
 * Written independently of Kizuki's exporter: each style only turns the plain data of plans.ts
 * into cell texts; generate.ts quotes, joins and encodes them.
 */
export interface VendorStyle {
  id: string;
  /** What the style imitates, for the README. */
  imitates: string;
  /** 第1表 意向欄 (本人・家族・課題分析の結果 in one column). */
  intentions(plan: CorpusPlan): string;
  /** 第1表 総合的な援助の方針 with the 緊急時 part. */
  policy(plan: CorpusPlan): string;
  period(range: [string, string]): string;
  frequency(line: CorpusLine): string;
  /** サービス種別 of a line (insured or informal). */
  serviceType(line: CorpusLine): string;
  /** Continuation rows of 第2表: 'blank' prints a 課題/目標 once, 'repeat' writes it on every row. */
  continuation: 'blank' | 'repeat';
  /** 援助目標NO: per short-term goal, renumbered on every row, or only on a goal's first row. */
  goalNumbers: 'per-goal' | 'per-row' | 'first-row-only';
  /** Quoting: every field, only text fields, or only where the CSV syntax needs it. */
  quoting: 'all' | 'text' | 'needed';
  lineEnd: '\r\n' | '\n';
  /** Writes digits in free text full-width (２０２５) where the style does so. */
  fullWidthDigits: boolean;
}

/** 令和 year of a Western year (2025 → 7). */
const reiwa = (y: number) => y - 2018;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

/** ２０２５: full-width digits. */
function fullWidth(text: string): string {
  return text.replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function perWeekText(line: CorpusLine, write: (n: number, days?: string) => string): string {
  return 'text' in line.frequency ? line.frequency.text : write(line.frequency.perWeek, line.frequency.days);
}

const informalName = (line: CorpusLine) => line.informalBy ?? '';

export const vendorStyles: readonly VendorStyle[] = [
  {
    id: 'labels-colon',
    imitates: '話者を「本人：」「長女：」の見出しで行頭に書き、課題分析の結果も「課題分析の結果：」で始める。期間は R7.7.1～R8.6.30、頻度は「週2回」、サービス種別は正式名称。継続行は空欄、全項目を引用符で囲む。CRLF。',
    intentions: (p) => [`本人：${p.client}`, p.family ? `${p.family.relation}：${p.family.text}` : undefined, `課題分析の結果：${p.analysis}`].filter(Boolean).join('\n'),
    policy: (p) => [p.policy, `緊急時連絡先：${p.emergency}`].filter(Boolean).join('\n'),
    period: ([a, b]) => {
      const [ya, ma, da] = parts(a);
      const [yb, mb, db] = parts(b);
      return `R${reiwa(ya)}.${ma}.${da}～R${reiwa(yb)}.${mb}.${db}`;
    },
    frequency: (l) => perWeekText(l, (n) => `週${n}回`),
    serviceType: (l) => l.service?.name ?? informalName(l),
    continuation: 'blank',
    goalNumbers: 'per-goal',
    quoting: 'all',
    lineEnd: '\r\n',
    fullWidthDigits: false,
  },
  {
    id: 'brackets-inline',
    imitates: '【本人】【家族（長女）】【課題分析】の角括弧見出しを1行に続けて書く。期間は令和7年7月1日～令和8年6月30日（全角数字）、頻度は「2回/週」、サービス種別はコード（15）。課題・目標を全行に繰り返し、援助目標NOを行ごとに振り直す。文字項目だけ引用符。',
    intentions: (p) => [`【本人】${p.client}`, p.family ? `【家族（${p.family.relation}）】${p.family.text}` : undefined, `【課題分析】${p.analysis}`].filter(Boolean).join(''),
    policy: (p) => [p.policy, `【緊急時の対応】${p.emergency}`].filter(Boolean).join('\n'),
    period: ([a, b]) => {
      const [ya, ma, da] = parts(a);
      const [yb, mb, db] = parts(b);
      return fullWidth(`令和${reiwa(ya)}年${ma}月${da}日～令和${reiwa(yb)}年${mb}月${db}日`);
    },
    frequency: (l) => perWeekText(l, (n) => `${n}回/週`),
    serviceType: (l) => l.service?.code ?? informalName(l),
    continuation: 'repeat',
    goalNumbers: 'per-row',
    quoting: 'text',
    lineEnd: '\r\n',
    fullWidthDigits: true,
  },
  {
    id: 'quoted-speech',
    imitates: '本人「…」、長女「…」と発言を鉤括弧で続け、課題分析結果：を後に書く。期間は 2025/07/01-2025/12/31、頻度は「毎週月・木」、サービス種別は通称（デイサービス）を半角カナで。援助目標NOは目標の最初の行だけ。必要なときだけ引用符。LF。',
    intentions: (p) => `本人「${p.client.replace(/。$/u, '')}」${p.family ? `、${p.family.relation}「${p.family.text.replace(/。$/u, '')}」` : ''}。\n課題分析結果：${p.analysis}`,
    policy: (p) => [p.policy, `＜緊急連絡先＞${p.emergency}`].filter(Boolean).join('\n'),
    period: ([a, b]) => `${a.replaceAll('-', '/')}-${b.replaceAll('-', '/')}`,
    frequency: (l) => perWeekText(l, (n, days) => (days ? `毎週${days}` : `週${n}回`)),
    serviceType: (l) => (l.service ? halfWidthKana(l.service.everyday) : informalName(l)),
    continuation: 'blank',
    goalNumbers: 'first-row-only',
    quoting: 'needed',
    lineEnd: '\n',
    fullWidthDigits: false,
  },
  {
    id: 'angle-labels',
    imitates: '〈本人〉〈長女〉＜課題分析結果＞の山括弧見出しを行頭に書く。期間は R07.07.01－R08.06.30（月単位の期間は R7.7～R7.12）、頻度は「2回／週」、サービス種別は「15 通所介護」とコードと名称。課題・目標を全行に繰り返す。',
    intentions: (p) => [`〈本人〉${p.client}`, p.family ? `〈${p.family.relation}〉${p.family.text}` : undefined, `＜課題分析結果＞${p.analysis}`].filter(Boolean).join('\n'),
    policy: (p) => [p.policy, `■緊急時:${p.emergency}`].filter(Boolean).join('\n'),
    period: ([a, b]) => {
      const [ya, ma, da] = parts(a);
      const [yb, mb, db] = parts(b);
      const pad = (n: number) => String(n).padStart(2, '0');
      // Whole months are written as months only.
      if (da === 1 && isMonthEnd(b)) return `R${reiwa(ya)}.${ma}～R${reiwa(yb)}.${mb}`;
      return `R${pad(reiwa(ya))}.${pad(ma)}.${pad(da)}－R${pad(reiwa(yb))}.${pad(mb)}.${pad(db)}`;
    },
    frequency: (l) => perWeekText(l, (n) => `${n}回／週`),
    serviceType: (l) => (l.service ? `${l.service.code} ${l.service.name}` : informalName(l)),
    continuation: 'repeat',
    goalNumbers: 'per-goal',
    quoting: 'text',
    lineEnd: '\r\n',
    fullWidthDigits: false,
  },
  {
    id: 'colon-honorific',
    imitates: '「ご本人様:」「ご家族様（長女）:」のように半角コロンと敬称で書き、課題分析の結果は空行の後に見出しなしで書く。期間は 2025年7月1日から2025年12月31日まで、頻度は「週２回（月・木）」、サービス種別は通称（ホームヘルプ）。',
    intentions: (p) => [`ご本人様:${p.client}`, p.family ? `ご家族様（${p.family.relation}）:${p.family.text}` : undefined, '', p.analysis].filter((x) => x !== undefined).join('\n'),
    policy: (p) => [p.policy, '', `緊急連絡先：${p.emergency}`].join('\n').replace(/^\n/u, ''),
    period: ([a, b]) => {
      const [ya, ma, da] = parts(a);
      const [yb, mb, db] = parts(b);
      return `${ya}年${ma}月${da}日から${yb}年${mb}月${db}日まで`;
    },
    frequency: (l) => perWeekText(l, (n, days) => fullWidth(`週${n}回`) + (days ? `（${days}）` : '')),
    serviceType: (l) => l.service?.everyday ?? informalName(l),
    continuation: 'blank',
    goalNumbers: 'per-row',
    quoting: 'all',
    lineEnd: '\r\n',
    fullWidthDigits: false,
  },
  {
    id: 'unlabelled',
    imitates: '意向欄に見出しを付けず、本人・家族の意向と課題分析の結果を続けて文章で書く（だれの言葉か読み取れない）。期間は 2025.07.01〜2025.12.31（〜 は MS932 にないため ～ に置き換えて出力）、頻度は「週2回」、サービス種別は正式名称。',
    intentions: (p) => `${p.client.replace(/。$/u, '')}とのこと。${p.family ? `${p.family.text.replace(/。$/u, '')}とのこと。` : ''}${p.analysis}`,
    policy: (p) => [p.policy, `緊急時連絡先：${p.emergency}`].filter(Boolean).join('\n'),
    period: ([a, b]) => `${a.replaceAll('-', '.')}～${b.replaceAll('-', '.')}`,
    frequency: (l) => perWeekText(l, (n) => `週${n}回`),
    serviceType: (l) => l.service?.name ?? informalName(l),
    continuation: 'blank',
    goalNumbers: 'per-goal',
    quoting: 'text',
    lineEnd: '\r\n',
    fullWidthDigits: false,
  },
];

function isMonthEnd(date: string): boolean {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

const halfKana: Record<string, string> = {
  デ: 'ﾃﾞ', イ: 'ｲ', サ: 'ｻ', ー: 'ｰ', ビ: 'ﾋﾞ', ス: 'ｽ', ホ: 'ﾎ', ム: 'ﾑ', ヘ: 'ﾍ', ル: 'ﾙ', プ: 'ﾌﾟ', ケ: 'ｹ', ア: 'ｱ', 福: '福', レ: 'ﾚ', ン: 'ﾝ', タ: 'ﾀ',
};

/** デイサービス → ﾃﾞｲｻｰﾋﾞｽ (the half-width katakana older systems write). */
function halfWidthKana(text: string): string {
  return [...text].map((c) => halfKana[c] ?? c).join('');
}
