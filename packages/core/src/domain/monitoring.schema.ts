import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, requiredDate } from './common.schema.js';

/** How the monitoring was done (13条14号: 居宅訪問, or テレビ電話装置等 under conditions). */
export const monitoringMethods = ['home_visit', 'online', 'other'] as const;
export type MonitoringMethod = (typeof monitoringMethods)[number];
export const monitoringMethodLabels: Record<MonitoringMethod, string> = {
  home_visit: '居宅訪問',
  online: 'テレビ電話装置等',
  other: 'その他',
};

/** 目標の達成度 */
export const goalAchievements = ['achieved', 'partly', 'not_achieved'] as const;
export type GoalAchievement = (typeof goalAchievements)[number];
export const goalAchievementLabels: Record<GoalAchievement, string> = {
  achieved: '達成',
  partly: '一部達成',
  not_achieved: '未達成',
};

/** 今後の対応 */
export const monitoringNextActions = ['continue', 'revise_plan', 'reassess'] as const;
export type MonitoringNextAction = (typeof monitoringNextActions)[number];
export const monitoringNextActionLabels: Record<MonitoringNextAction, string> = {
  continue: '計画継続',
  revise_plan: '計画変更',
  reassess: '再アセスメント',
};

/** 満足度 */
export const satisfactionLevels = ['satisfied', 'somewhat', 'dissatisfied'] as const;

/** Evaluation of one short-term goal of the plan. */
export const goalEvaluationSchema = z.object({
  shortTermGoalId: idSchema,
  achievement: optionalChoice(goalAchievements, '達成度'),
  comment: freeText(2000),
});
export type GoalEvaluation = z.infer<typeof goalEvaluationSchema>;

/** Whether a service line was delivered as planned. */
export const serviceStatusSchema = z.object({
  serviceLineId: idSchema,
  deliveredAsPlanned: optionalBoolean(),
  comment: freeText(1000),
});

/** モニタリング (document kind `monitoring`). */
export const monitoringSchema = z.object({
  id: idSchema,
  date: requiredDate('モニタリング実施日'),
  method: choice(monitoringMethods, '実施方法').default('home_visit'),
  methodNote: inlineText(200),
  /** 面接した相手 */
  interviewees: inlineText(200),
  planId: inlineText(100),
  goalEvaluations: z.array(goalEvaluationSchema).default([]),
  /** サービスの実施状況 */
  serviceStatus: freeText(2000),
  serviceStatuses: z.array(serviceStatusSchema).default([]),
  /** 本人の満足度 */
  clientSatisfaction: optionalChoice(satisfactionLevels, '本人の満足度'),
  clientSatisfactionNote: freeText(1000),
  /** 家族の満足度 */
  familySatisfaction: optionalChoice(satisfactionLevels, '家族の満足度'),
  familySatisfactionNote: freeText(1000),
  /** 心身の状態・生活の変化 */
  changes: freeText(2000),
  nextAction: optionalChoice(monitoringNextActions, '今後の対応'),
  /** This monitoring starts a plan revision (計画変更の開始). */
  startsPlanRevision: optionalBoolean(),
  authorUserId: inlineText(100),
  notes: freeText(),
});
export type Monitoring = z.infer<typeof monitoringSchema>;
