import { z } from 'zod';
import type { Assessment } from '../../../domain/assessment.schema.js';
import { adlActivityLabels, functionTrendLabels, iadlActivityLabels } from '../../../domain/assessment-items.js';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { assessmentEvidence, planEvidence } from '../../evidence.js';
import type { Evidence } from '../../finding.js';
import { defineRule } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { listLineRefs, serviceTypeOfLine } from './plan-lines.js';

/** 訪問リハビリテーション・通所リハビリテーション and their 介護予防 forms. */
const rehabCodes: ReadonlySet<string> = new Set(['14', '16', '64', '66']);
/**
 * Functional training in any line, insured or not: 機能訓練 at a day service, a 訪問看護 by a
 * therapist, exercises at a 通いの場, a daily walk with the family.
 */
const rehabWords = /機能訓練|リハビリ|リハ(?!ー)|理学療法|作業療法|言語聴覚|(?<![A-Za-z])(?:PT|OT|ST)(?![A-Za-z])|歩行(?:練習|訓練)|筋力|筋トレ|体操|運動|ストレッチ|訓練|練習|トレーニング|散歩|ウォーキング|生活機能向上|通いの場/u;

/** A decline or a risk of decline the assessment records, with where it is recorded. */
interface DeclineSignal {
  label: string;
  evidence: Evidence;
}

function declineSignals(assessment: Assessment): DeclineSignal[] {
  const signals: DeclineSignal[] = [];
  if (assessment.functionTrend === 'declining') {
    signals.push({ label: '心身機能の低下', evidence: assessmentEvidence(assessment, ['functionTrend'], 'アセスメント 心身機能の変化', functionTrendLabels.declining) });
  }
  const records = [
    ...(assessment.items.adl?.activities ?? []).map((r, i) => ({ key: 'adl' as const, i, name: adlActivityLabels[r.activity], trend: r.trend, atRisk: r.atRisk })),
    ...(assessment.items.iadl?.activities ?? []).map((r, i) => ({ key: 'iadl' as const, i, name: iadlActivityLabels[r.activity], trend: r.trend, atRisk: r.atRisk })),
  ];
  for (const r of records) {
    const item = r.key === 'adl' ? 'ADL' : 'IADL';
    if (r.trend === 'declining') signals.push({ label: `${r.name}の低下`, evidence: assessmentEvidence(assessment, ['items', r.key, 'activities', r.i, 'trend'], `アセスメント ${item} ${r.name} 変化`, functionTrendLabels.declining) });
    else if (r.atRisk === true) signals.push({ label: `${r.name}の低下のおそれ`, evidence: assessmentEvidence(assessment, ['items', r.key, 'activities', r.i, 'atRisk'], `アセスメント ${item} ${r.name} 低下のおそれ`, 'あり') });
  }
  if (assessment.risks?.fall === true) signals.push({ label: '転倒のリスク', evidence: assessmentEvidence(assessment, ['risks', 'fall'], 'アセスメント 転倒のリスク', 'あり') });
  return signals;
}

function planConsidersRehab(plan: CarePlan, preventionPlan: PreventionPlan | undefined): boolean {
  const lines = listLineRefs(plan.needs);
  if (lines.some(({ line }) => rehabCodes.has(serviceTypeOfLine(line)?.code ?? ''))) return true;
  // A recorded judgement counts as considered, whatever it decided (本人が希望しない, 主治医の指示で控える …).
  const texts = [
    ...lines.map(({ line }) => line.content),
    plan.overallPolicy,
    plan.intentions?.analysisResult,
    plan.notes,
    ...(preventionPlan?.issues.flatMap((issue) => [issue.proposal, ...issue.supportRows.flatMap((row) => [row.supportPoints, row.selfCareAndInformal, row.formalService])]) ?? []),
  ];
  return texts.some((text) => text !== undefined && rehabWords.test(normalizeForMatch(text)));
}

/**
 * 13条6号 and 12条 (要介護状態の軽減又は悪化の防止): when the assessment shows function
 * declining or at risk (functionTrend 低下, an ADL/IADL activity 低下 or 低下のおそれ, 転倒の
 * リスク) the plan should show that 機能訓練・リハビリテーション was considered: a 訪問・通所リハ
 * line, training or exercise in any line (体操 at a 通いの場 counts), or a judgement written in
 * 総合的な援助の方針 / 課題分析の結果. Otherwise one question, with evidence at each signal.
 */
export const rehabNotConsideredRule = defineRule({
  id: 'plan.rehab-not-considered',
  scope: 'case',
  params: z.object({}),
  requires: ['plan', 'assessment'],
  evaluate({ plan, assessment, preventionPlan }) {
    if (plan === undefined || assessment === undefined) return [];
    const signals = declineSignals(assessment);
    if (signals.length === 0 || planConsidersRehab(plan, preventionPlan)) return [];
    const shown = signals.slice(0, 4).map((s) => s.label);
    const found = signals.length > 4 ? `${shown.join('、')}など` : shown.join('、');
    return [
      {
        message:
          `${assessment.date} のアセスメントでは${found}が記録されていますが、計画に機能訓練・リハビリテーション（通所・訪問リハビリ、体操や歩行練習、地域の通いの場など）が見当たりません。` +
          '状態の改善や悪化の防止のために機能訓練が必要かどうか、リハビリ職や主治医の意見も聞いて判断し、その判断と理由を総合的な援助の方針などに残しておきませんか？',
        evidence: [...signals.map((s) => s.evidence), planEvidence(plan, ['overallPolicy'], '第1表 総合的な援助の方針', plan.overallPolicy)],
      },
    ];
  },
});
