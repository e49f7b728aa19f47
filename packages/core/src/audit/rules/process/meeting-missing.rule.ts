import { z } from 'zod';
import type { CareTeamMeeting } from '../../../domain/care-team-meeting.schema.js';
import type { Certification } from '../../../domain/certification.schema.js';
import { applicationKindLabels } from '../../../domain/codes/plan-codes.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { careManagementTypes } from '../../../domain/prevention-plan.schema.js';
import type { IsoDate } from '../../../dates/iso-date.js';
import { defineRule, type Observation } from '../../rule.js';
import { dateText, hasText } from '../plan-structure/rule-text.js';
import { isPastDraft, processPlans, type ProcessPlan } from './process-plan.js';
import { documentEvidence } from '../../evidence.js';

/** A meeting counts when held, or when it is a 照会 with its やむを得ない理由 recorded. */
function counts(meeting: CareTeamMeeting): boolean {
  return meeting.kind === 'meeting' || hasText(meeting.inquiryReason);
}

function meetingsOf(caseFile: CaseFile, plan: ProcessPlan): CareTeamMeeting[] {
  return caseFile.careTeamMeetings.filter((m) => m.id === plan.meetingId || m.planId === plan.id);
}

function meetingEvidence(meeting: CareTeamMeeting, path: (string | number)[], label: string, value?: string) {
  return documentEvidence('care_team_meeting', meeting.id, path, label, value);
}

/** 13条9号 / 37号30条9号: the 原案 discussed at a サービス担当者会議 (or a justified 照会) before consent. */
function planMeetingObservation(caseFile: CaseFile, plan: ProcessPlan): Observation | undefined {
  const consentDate = plan.consent?.date;
  const linked = meetingsOf(caseFile, plan);
  if (linked.some((m) => counts(m) && (consentDate === undefined || m.date <= consentDate))) return undefined;
  const late = linked.find((m) => counts(m));
  if (late !== undefined && consentDate !== undefined) {
    return {
      message: `${plan.title}の同意日（${dateText(consentDate)}）より後に、サービス担当者会議（${dateText(late.date)}）が開かれています。原案について担当者の専門的な意見を聴いてから、説明と同意に進めましたか？`,
      evidence: [meetingEvidence(late, ['date'], 'サービス担当者会議 開催日', late.date), plan.evidence(['consent', 'date'], '説明・同意 同意日', consentDate)],
    };
  }
  const inquiry = linked.find((m) => m.kind === 'inquiry');
  if (inquiry !== undefined) {
    return {
      message: `${plan.title}の原案について、会議ではなく照会（${dateText(inquiry.date)}）で意見を求めていますが、照会とした理由が記録されていません。会議を開けなかったやむを得ない理由を記録しておきませんか？`,
      evidence: [meetingEvidence(inquiry, ['inquiryReason'], 'サービス担当者会議 照会の理由')],
    };
  }
  const dangling = plan.meetingId !== undefined ? `（会議の記録「${plan.meetingId}」が見つかりません）` : '';
  return {
    message: `${plan.title}${plan.planDate !== undefined ? `（${dateText(plan.planDate)}）` : ''}の原案についてのサービス担当者会議の記録が見当たりません${dangling}。担当者を招集して、原案に専門的な見地からの意見を求めましたか？`,
    evidence: [plan.evidence(['meetingId'], 'サービス担当者会議', plan.meetingId)],
  };
}

/** The latest 更新認定 or 区分変更認定 decided by asOf, if any. */
function latestRenewal(caseFile: CaseFile, asOf: IsoDate): (Certification & { certifiedOn: IsoDate }) | undefined {
  let latest: (Certification & { certifiedOn: IsoDate }) | undefined;
  for (const cert of caseFile.certifications) {
    const { certifiedOn } = cert;
    if (cert.status !== 'certified' || certifiedOn === undefined || certifiedOn > asOf) continue;
    if (cert.applicationKind !== 'renewal' && cert.applicationKind !== 'level_change') continue;
    if (latest === undefined || certifiedOn >= latest.certifiedOn) latest = { ...cert, certifiedOn };
  }
  return latest;
}

/**
 * 13条15号: the 更新認定 or 区分変更認定 (decided by asOf) after which no meeting (or justified 照会)
 * on the need to change the plan is recorded; undefined when there is none or it was held.
 */
export function renewalMeetingMissing(caseFile: CaseFile, plan: Pick<ProcessPlan, 'id' | 'status' | 'planDate' | 'meetingId'>, asOf: IsoDate): (Certification & { certifiedOn: IsoDate }) | undefined {
  const cert = latestRenewal(caseFile, asOf);
  if (cert === undefined) return undefined;
  // A new 原案 being written after the certification is the response in progress.
  if (plan.status === 'draft' && plan.planDate !== undefined && plan.planDate >= cert.certifiedOn) return undefined;
  const occasion = cert.applicationKind === 'renewal' ? 'renewal' : 'level_change';
  const held = caseFile.careTeamMeetings.some(
    (m) => counts(m) && m.date >= cert.certifiedOn && (m.id === plan.meetingId || m.planId === plan.id || m.occasion === occasion || m.planId === undefined),
  );
  return held ? undefined : cert;
}

function renewalObservation(caseFile: CaseFile, plan: ProcessPlan, asOf: IsoDate): Observation | undefined {
  const cert = renewalMeetingMissing(caseFile, plan, asOf);
  if (cert === undefined) return undefined;
  const occasion = cert.applicationKind === 'renewal' ? 'renewal' : 'level_change';
  const kind = applicationKindLabels[occasion];
  return {
    message: `${dateText(cert.certifiedOn)}に${kind}の認定がありましたが、その後のサービス担当者会議（または照会）の記録が見当たりません。計画を変える必要があるかどうか、担当者の意見を求めましたか？`,
    evidence: [documentEvidence('certification', cert.id, ['certifiedOn'], `要介護認定（${kind}）認定日`, cert.certifiedOn)],
  };
}

/** `rules.process.meeting-missing.params`: read by the audit and by the dashboard's plans waiting. */
export const meetingParamsSchema = z.object({
  /** 会議を省略できる介護予防ケアマネジメントの類型 (B 簡略化, C 初回のみ). */
  notRequiredForPreventionTypes: z.array(z.enum(careManagementTypes, { error: '類型は A・B・C のいずれかで指定してください' })).default(['B', 'C']),
});
export type MeetingParams = z.infer<typeof meetingParamsSchema>;

/** Whether a plan may go to consent without a サービス担当者会議: a 軽微な変更, or a 類型 the pack exempts. */
export function meetingExempt(plan: Pick<ProcessPlan, 'minorChange' | 'careManagementType'>, params: MeetingParams): boolean {
  return plan.minorChange || (plan.careManagementType !== undefined && params.notRequiredForPreventionTypes.includes(plan.careManagementType));
}

/**
 * 13条9号・15号, 37号30条9号: a plan past its 原案 with no サービス担当者会議 held on or before
 * consent (a 照会 counts only with its reason), and no meeting after a 更新認定 or 区分変更認定.
 * 軽微な変更 and the 介護予防ケアマネジメント types the pack names are exempt from the first.
 */
export const meetingMissingRule = defineRule({
  id: 'process.meeting-missing',
  scope: 'case',
  params: meetingParamsSchema,
  requires: ['plan', 'process'],
  evaluate({ caseFile, asOf, params, plan, preventionPlan }) {
    const observations: Observation[] = [];
    for (const target of processPlans({ plan, preventionPlan })) {
      const exempt = meetingExempt(target, params);
      const planObservation = isPastDraft(target) && !exempt ? planMeetingObservation(caseFile, target) : undefined;
      if (planObservation) observations.push(planObservation);
      // The renewal meeting is the same missing meeting when the plan itself has none; say it once.
      if (target.document === 'care_plan' && planObservation === undefined) {
        const renewal = renewalObservation(caseFile, target, asOf);
        if (renewal) observations.push(renewal);
      }
    }
    return observations;
  },
});
