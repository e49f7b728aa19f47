import type { Role } from '../domain/organization.schema.js';
import {
  bcpDocumentSchema,
  bcpTemplates,
  concentrationReasonSchema,
  officeActivitySchema,
  officeActivityTypes,
  officeProfileSchema,
  partnerAgreementSchema,
  qualitySelfEvaluationSchema,
  rightsProtectionRecordSchema,
  rightsProtectionTypes,
  staffMemberSchema,
  staffQualificationLabels,
  supervisionRecordSchema,
  trainingRecordSchema,
  type BcpDocument,
  type ConcentrationReasonRecord,
  type OfficeActivity,
  type OfficeProfile,
  type PartnerAgreement,
  type QualitySelfEvaluation,
  type RightsProtectionRecord,
  type StaffMember,
  type SupervisionRecord,
  type TrainingRecord,
} from '../office/office-records.schema.js';
import { concentrationRules, trainingTopics } from '../office/office-rules.js';
import { providerCorporationSchema, type ProviderCorporationRecord } from '../office/provider-corporation.schema.js';
import type { RecordKindRule } from './record.js';

/** The office's manager keeps these; its care managers read them. */
const adminWriters: readonly Role[] = ['office_admin'];
/** A care manager may record a training or drill they took part in. */
const trainingWriters: readonly Role[] = ['office_admin', 'care_manager', 'center_staff'];

/**
 * Organization records of the office features (see record-kinds.ts for what a rule says). Each entry
 * is written `kind: { ... } satisfies RecordKindRule<Body>`, like those of record-kinds.ts.
 */
export const officeRecordKinds = {
  staff_member: {
    label: '職員',
    schema: staffMemberSchema,
    keeperKinds: ['care_management_office'],
    writerRoles: adminWriters,
    sharing: 'none',
    titleOf: (b) => `${b.name}（${staffQualificationLabels[b.qualification]}）`,
  } satisfies RecordKindRule<StaffMember>,
  office_profile: {
    label: '事業所の体制',
    schema: officeProfileSchema,
    keeperKinds: ['care_management_office'],
    writerRoles: adminWriters,
    sharing: 'none',
    titleOf: () => '事業所の体制',
  } satisfies RecordKindRule<OfficeProfile>,
  office_activity: {
    label: '会議・研修計画などの記録',
    schema: officeActivitySchema,
    keeperKinds: ['care_management_office'],
    writerRoles: adminWriters,
    sharing: 'none',
    titleOf: (b) => `${officeActivityTypes[b.type].label} ${b.date} ${b.title}`,
  } satisfies RecordKindRule<OfficeActivity>,
  partner_agreement: {
    label: '特定事業所加算(A)の連携先',
    schema: partnerAgreementSchema,
    keeperKinds: ['care_management_office'],
    writerRoles: adminWriters,
    sharing: 'none',
    titleOf: (b) => `${b.partnerName}${b.partnerOfficeNumber ? `（${b.partnerOfficeNumber}）` : ''} ${b.agreedOn}〜${b.endsOn ?? ''}`,
  } satisfies RecordKindRule<PartnerAgreement>,
  concentration_reason: {
    label: '集中減算の正当な理由',
    schema: concentrationReasonSchema,
    keeperKinds: ['care_management_office'],
    writerRoles: adminWriters,
    sharing: 'none',
    titleOf: (b) => `${b.periodStart}〜 ${concentrationRules.services.value.find((s) => s.code === b.serviceCode)?.name ?? b.serviceCode}`,
  } satisfies RecordKindRule<ConcentrationReasonRecord>,
  provider_corporation: {
    label: '事業所の運営法人',
    schema: providerCorporationSchema,
    keeperKinds: ['care_management_office'],
    writerRoles: adminWriters,
    sharing: 'none',
    titleOf: (b) => `${b.providerName ?? ''}（${b.providerOfficeNumber}）→ ${b.corporationName}`,
  } satisfies RecordKindRule<ProviderCorporationRecord>,
  training_record: {
    label: '研修・訓練の記録',
    schema: trainingRecordSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: trainingWriters,
    sharing: 'none',
    titleOf: (b) => `${trainingTopics[b.topic].label} ${b.date} ${b.title}`,
  } satisfies RecordKindRule<TrainingRecord>,
  bcp_document: {
    label: '業務継続計画（BCP）',
    schema: bcpDocumentSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: ['office_admin', 'center_staff'],
    sharing: 'none',
    titleOf: (b) => `${bcpTemplates[b.type].label}: ${b.title}`,
  } satisfies RecordKindRule<BcpDocument>,
  supervision_record: {
    label: 'スーパービジョンの記録',
    schema: supervisionRecordSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    // The 主任 who supervises may be a care manager's account.
    writerRoles: ['office_admin', 'care_manager', 'center_staff'],
    sharing: 'none',
    titleOf: (b) => `${b.date} ${b.theme}（${b.supervisor}→${b.supervisee}）`,
  } satisfies RecordKindRule<SupervisionRecord>,
  quality_self_evaluation: {
    label: '質の自己評価',
    schema: qualitySelfEvaluationSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: ['office_admin', 'center_staff'],
    sharing: 'none',
    titleOf: (b) => `${b.fiscalYear}年度 質の自己評価（${b.packId}）`,
  } satisfies RecordKindRule<QualitySelfEvaluation>,
  rights_protection_record: {
    label: '人権の擁護・虐待の防止の記録',
    schema: rightsProtectionRecordSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: ['office_admin', 'center_staff'],
    sharing: 'none',
    titleOf: (b) => `${rightsProtectionTypes[b.type]} ${b.date} ${b.title}`,
  } satisfies RecordKindRule<RightsProtectionRecord>,
} as const;
