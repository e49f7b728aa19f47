import { careLevelTable } from '../domain/codes/care-level.js';
import { findServiceType } from '../domain/codes/service-types.js';
import { planCategoryLabels } from '../domain/codes/plan-codes.js';
import { preventionDomainLabels, preventionDomains, type PreventionPlan } from '../domain/prevention-plan.schema.js';
import { BundleAssembler } from './bundle-assembler.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, hl7Systems, idSystems } from './fhir-systems.js';
import { concept, defined, fhirPeriod, labelledNote, text, textConcept } from './fhir-values.js';
import { lineTiming } from './map-activity.js';
import { careManagerRef, careTeamRoles, organizationRef, type TeamMember } from './map-care-team.js';
import { carePlanKey, goalKey, planGoal } from './map-care-plan.js';
import { certificationKey } from './map-certification.js';
import { planStatusMapping } from './plan-status.js';
import type { FhirAnnotation, FhirReference } from './r4-datatypes.js';
import type { CarePlanActivityStatus, FhirCarePlan, FhirCarePlanActivity } from './r4-resources.js';

type Issue = PreventionPlan['issues'][number];
type SupportRow = Issue['supportRows'][number];

function rowActivities(ctx: ExportContext, row: SupportRow, status: CarePlanActivityStatus, need: FhirReference, goal: FhirReference) {
  const activities: FhirCarePlanActivity[] = [];
  const members: TeamMember[] = [];
  const links = { reasonReference: [need], goal: [goal], status, scheduledTiming: lineTiming(undefined, row.period, []) };
  const name = text(row.serviceTypeName) ?? (row.serviceTypeCode ? findServiceType(row.serviceTypeCode)?.name : undefined);
  if (text(row.formalService) || row.serviceTypeCode || text(row.providerName)) {
    const performer = organizationRef(ctx, row.providerOfficeNumber, row.providerName);
    const code = row.serviceTypeCode ? concept(codeSystems.serviceType, row.serviceTypeCode, findServiceType(row.serviceTypeCode)?.name, name) : textConcept(name);
    activities.push({ detail: { kind: 'ServiceRequest', code, ...links, performer: defined([performer]), description: text(row.formalService) } });
    if (performer) members.push({ member: performer, role: { ...careTeamRoles.provider, text: name ?? '介護保険サービス・地域支援事業' } });
  }
  if (text(row.selfCareAndInformal)) {
    const code = textConcept('本人等のセルフケアや家族の支援、インフォーマルサービス');
    activities.push({ detail: { code, ...links, description: text(row.selfCareAndInformal) } });
  }
  return { activities, members };
}

function notes(plan: PreventionPlan): FhirAnnotation[] {
  const domainNotes = preventionDomains.map((key) => {
    const d = plan.domains[key];
    const issue = d?.hasIssue === undefined ? undefined : `領域における課題: ${d.hasIssue ? 'あり' : 'なし'}`;
    const parts = defined([text(d?.currentStatus) && `現在の状況: ${text(d?.currentStatus) ?? ''}`, text(d?.intention) && `本人・家族の意欲・意向: ${text(d?.intention) ?? ''}`, issue, text(d?.issueBackground)]);
    return labelledNote(preventionDomainLabels[key], parts.join('\n'));
  });
  return defined([
    labelledNote('計画書区分', plan.planCategories.map((c) => planCategoryLabels[c]).join('・')),
    labelledNote('要支援状態区分', plan.careLevel ? careLevelTable[plan.careLevel].label : undefined),
    labelledNote('ケアマネジメントの類型', plan.careManagementType),
    labelledNote('担当地域包括支援センター', plan.centerName),
    labelledNote('目標とする生活（1日）', plan.targetLife?.day),
    labelledNote('目標とする生活（1年）', plan.targetLife?.year),
    ...domainNotes,
    labelledNote('健康状態について', plan.healthNotes),
    labelledNote('本来行うべき支援ができない場合の方針', plan.policyWhenSupportUnavailable),
    labelledNote('地域包括支援センターの意見', defined([text(plan.centerOpinion), plan.centerConfirmedOn && `（確認日 ${plan.centerConfirmedOn}）`]).join(' ')),
    labelledNote('説明・同意', plan.consent?.date ? defined([plan.consent.date, text(plan.consent.by)]).join(' ') : undefined),
    labelledNote('備考', plan.notes),
  ]);
}

/**
 * Adds a 介護予防サービス・支援計画書 as CarePlan: each 総合的課題 a Condition with its 目標 as
 * Goal, and each 支援計画 row one activity for the 介護保険・地域支援事業 service and one for
 * セルフケア・インフォーマル support. Returns the providers for the CareTeam.
 */
export function addPreventionPlan(ctx: ExportContext, plan: PreventionPlan, careTeam: FhirReference | undefined): TeamMember[] {
  const mapping = planStatusMapping[plan.status];
  const issues: FhirReference[] = [];
  const goals: FhirReference[] = [];
  const activities: FhirCarePlanActivity[] = [];
  const members: TeamMember[] = [];
  for (const issue of plan.issues) {
    const issueRef = ctx.bundle.add(`Condition/issue/${plan.id}/${issue.id}`, {
      resourceType: 'Condition',
      clinicalStatus: concept(hl7Systems.conditionClinical, plan.status === 'superseded' ? 'inactive' : 'active'),
      category: [concept(codeSystems.conditionKind, 'overall-issue', '総合的課題')],
      code: textConcept(issue.overallIssue),
      subject: ctx.patient,
      recordedDate: plan.planDate,
      note: defined([labelledNote('課題に対する目標と具体策の提案', issue.proposal), labelledNote('具体策についての意向', issue.intention)]),
    });
    issues.push(issueRef);
    const goal = planGoal(ctx, mapping.goal, { code: 'prevention-goal', display: '目標' }, { text: issue.goal, period: undefined }, issueRef);
    goal.note = defined(issue.supportRows.map((row) => labelledNote('目標についての支援のポイント', row.supportPoints)));
    const goalRef = ctx.bundle.add(goalKey(plan.id, 'issue', issue.id), goal);
    goals.push(goalRef);
    for (const row of issue.supportRows) {
      const mapped = rowActivities(ctx, row, mapping.activity, issueRef, goalRef);
      activities.push(...mapped.activities);
      members.push(...mapped.members);
    }
  }
  const replaced = plan.supersedes && ctx.caseFile.preventionPlans.some((p) => p.id === plan.supersedes) ? { reference: BundleAssembler.fullUrlOf(carePlanKey(plan.supersedes)) } : undefined;
  const kind = plan.planKind === 'care_management' ? concept(codeSystems.carePlanKind, 'prevention-care-management', '介護予防ケアマネジメント') : plan.planKind ? concept(codeSystems.carePlanKind, 'prevention-support', '介護予防支援') : undefined;
  const carePlan: FhirCarePlan = {
    resourceType: 'CarePlan',
    identifier: [{ system: idSystems.document('prevention_plan'), value: plan.id }],
    replaces: defined([replaced]),
    status: mapping.carePlan,
    intent: mapping.intent,
    category: defined([concept(codeSystems.carePlanKind, 'prevention-plan', '介護予防サービス・支援計画書'), kind]),
    title: '介護予防サービス・支援計画書',
    description: text(plan.overallPolicy),
    subject: ctx.patient,
    period: fhirPeriod({ start: plan.planDate, end: plan.certificationValidTo }),
    created: plan.planDate,
    author: careManagerRef(ctx, undefined, plan.careManagerName ?? plan.centerStaffName),
    careTeam: defined([careTeam]),
    addresses: issues,
    supportingInfo: defined([plan.certificationId ? ctx.bundle.ref(certificationKey(plan.certificationId)) : undefined]),
    goal: goals,
    activity: activities,
    note: notes(plan),
  };
  ctx.bundle.add(carePlanKey(plan.id), carePlan);
  return members;
}
