import { auditedPlan, currentPreventionPlan, type CarePlan, type CareTeamMeeting, type CaseFile, type PreventionPlan, type ServiceUsage } from '@kizuki/core';

/** What a print view shows besides the document: the office that writes it. */
export interface PrintContext {
  caseFile: CaseFile;
  /** 居宅介護支援事業者・事業所名 (the signed-in organization). */
  officeName: string;
}

/** The plan named by `documentId`, else the plan in force (latest not superseded), else the newest. */
export function pickPlan(caseFile: CaseFile, documentId: string | undefined): CarePlan | undefined {
  if (documentId !== undefined) return caseFile.carePlans.find((p) => p.id === documentId);
  return auditedPlan(caseFile).plan ?? caseFile.carePlans[caseFile.carePlans.length - 1];
}

/** The meeting named by `documentId`, else the one of the plan in force, else the latest. */
export function pickMeeting(caseFile: CaseFile, documentId: string | undefined): CareTeamMeeting | undefined {
  if (documentId !== undefined) return caseFile.careTeamMeetings.find((m) => m.id === documentId);
  const planMeeting = auditedPlan(caseFile).plan?.meetingId;
  return caseFile.careTeamMeetings.find((m) => m.id === planMeeting) ?? [...caseFile.careTeamMeetings].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
}

/** The 介護予防サービス・支援計画書 named by `documentId`, else the current one. */
export function pickPreventionPlan(caseFile: CaseFile, documentId: string | undefined): PreventionPlan | undefined {
  if (documentId !== undefined) return caseFile.preventionPlans.find((p) => p.id === documentId);
  return currentPreventionPlan(caseFile) ?? caseFile.preventionPlans[caseFile.preventionPlans.length - 1];
}

/** The 利用票 named by `documentId`, else the one of this month (`today`), else the latest month. */
export function pickServiceUsage(caseFile: CaseFile, documentId: string | undefined, today: string): ServiceUsage | undefined {
  if (documentId !== undefined) return caseFile.serviceUsages.find((u) => u.id === documentId);
  const byMonth = [...caseFile.serviceUsages].sort((a, b) => b.month.localeCompare(a.month));
  return byMonth.find((u) => u.month === today.slice(0, 7)) ?? byMonth[0];
}
