import type { PolicyTheme } from './policy-themes.js';
import { effectCaveat, smallSample, type BeforeAfter, type ThemeShare } from './theme-effect.js';

/** Where the counts of an effect comparison come from. */
export const effectSources = {
  aggregates: '事業所の匿名集計（参加した事業所が毎月送る、規則ごとの計画数）',
  submitted: 'ケアプラン点検の計画（共有の許可で受け取った版と、CSVで受け取り点検に取り込んだ計画）の気づき',
} as const;
export type EffectSource = keyof typeof effectSources;

const directionLabels: Record<NonNullable<BeforeAfter['direction']>, string> = { better: '方針の方向に変化', worse: '方針と逆の方向に変化', unclear: 'はっきりした変化はない（区間が0をまたぐ）' };

/** 「40.0%（24/60件）」 */
export function formatThemeShare(share: ThemeShare): string {
  return share.share === undefined ? `計画なし（0件）` : `${(share.share * 100).toFixed(1)}%（${share.counted}/${share.plans}件）`;
}

/** One comparison, for one office or the region. */
export interface EffectComparison {
  scopeLabel: string;
  result: BeforeAfter;
}

/** The reading of one comparison in words, with the sample sizes and without a causal claim. */
export function describeBeforeAfter(result: BeforeAfter): string {
  const figures = `前 ${formatThemeShare(result.before)} → 後 ${formatThemeShare(result.after)}`;
  if (result.changePoints === undefined) return `${figures}。比べられる計画がありません。`;
  const change = `${result.changePoints > 0 ? '+' : ''}${result.changePoints.toFixed(1)}ポイント（95%区間 ${result.interval![0].toFixed(1)}〜${result.interval![1].toFixed(1)}）`;
  if (result.smallSample) return `${figures}、差 ${change}。どちらかが${smallSample}件未満のため、件数だけを示し、傾向は判断しません。`;
  return `${figures}、差 ${change}：${directionLabels[result.direction!]}。`;
}

/**
 * The method and result of an エ (効果検証) record from a comparison the insurer looked at: the
 * event, the windows, the source, each scope's figures and the caveat. The text is what the
 * 交付金 evidence sheet prints.
 */
export function effectVerificationText(input: {
  theme: PolicyTheme;
  event: { date: string; title: string };
  windowMonths: number;
  source: EffectSource;
  comparisons: readonly EffectComparison[];
}): { method: string; result: string } {
  const method = `「${input.event.title}」（${input.event.date}）の前後${input.windowMonths}か月の「${input.theme.label}」の割合を比較（実施月は除く）。集計元：${effectSources[input.source]}。`;
  const lines = input.comparisons.map((c) => `${c.scopeLabel}：${describeBeforeAfter(c.result)}`);
  return { method, result: [...lines, effectCaveat].join('\n') };
}
