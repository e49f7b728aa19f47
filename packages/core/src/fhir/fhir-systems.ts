/**
 * The URIs the FHIR export writes: HL7 code systems, and Kizuki's own identifier systems, code
 * systems and extensions for concepts of 介護保険 that neither FHIR R4 nor JP Core defines
 * (JP Core's insurer and member systems are for 医療保険; see docs/fhir.md).
 *
 * Kizuki has no registered domain yet. `kizuki.example` is reserved (RFC 2606), so these
 * namespaces can never collide with someone else's; replace the base here (one place) once the
 * project has a permanent home, and say so in the release notes: receivers match on these URIs.
 */
export const kizukiFhirBase = 'https://kizuki.example/fhir';

/** Namespace of every fullUrl UUID: UUID v5 of {@link kizukiFhirBase} in the RFC 9562 URL namespace. */
export const kizukiUuidNamespace = '66144dcd-7ed9-5e0b-89f2-56e2497e4e7a';

const id = (name: string) => `${kizukiFhirBase}/IdSystem/${name}`;
const cs = (name: string) => `${kizukiFhirBase}/CodeSystem/${name}`;

/** Identifier systems. */
export const idSystems = {
  /** 介護保険の保険者番号 (6 digits). */
  ltciInsurerNumber: id('ltci-insurer-number'),
  /** 保険者番号:被保険者番号, colon-joined like JP Core's 被保険者個人識別子 (JP_Insurance_memberID). */
  ltciMember: id('ltci-member'),
  /** 介護保険事業所番号 (10 digits). */
  ltciOfficeNumber: id('ltci-office-number'),
  /** Kizuki document ids, per kind: `…/IdSystem/document/care_plan`. */
  document: (kind: string) => id(`document/${kind}`),
  /** Kizuki user ids (介護支援専門員 accounts). */
  user: id('user'),
} as const;

/**
 * 被保険者番号 scoped to one 保険者: `…/IdSystem/ltci-insured-number/089999`. A 被保険者番号 is
 * unique only within its insurer, as a JP Core patient id is within its institution
 * (urn:oid:1.2.392.100495.20.3.51.1 + 医療機関コード), so the insurer is part of the system.
 */
export function ltciInsuredNumberSystem(insurerNumber: string): string {
  return id(`ltci-insured-number/${insurerNumber}`);
}

/** Kizuki code systems. */
export const codeSystems = {
  /** 要介護状態区分, codes of the ケアプランデータ連携 CSV (21 = 要介護1). */
  careLevel: cs('care-level'),
  /** サービス種類コード (11 訪問介護, 16 通所リハビリテーション …). */
  serviceType: cs('ltci-service-type'),
  /** インフォーマルサポートの種類. */
  informalSupport: cs('informal-support'),
  /** TAISコード of 福祉用具 (テクノエイド協会). */
  tais: cs('tais'),
  /** 福祉用具届出コード. */
  equipmentNotification: cs('welfare-equipment-notification'),
  /** Kind of plan: 居宅サービス計画 / 介護予防サービス・支援計画書. */
  carePlanKind: cs('care-plan-kind'),
  /** Kind of goal: 長期目標 / 短期目標 / 目標 (予防). */
  goalKind: cs('goal-kind'),
  /** Kind of condition: 生活全般の解決すべき課題 / 総合的課題 / 既往歴・主傷病 / 主傷病. */
  conditionKind: cs('condition-kind'),
  /** 課題分析標準項目 (23項目), coded by item key. */
  assessmentItem: cs('assessment-item'),
  /** Observation and component codes (要介護状態区分, 目標の達成度, モニタリング …). */
  observation: cs('observation'),
  /** 目標の達成度 as Kizuki records it (達成 / 一部達成 / 未達成). */
  goalAchievement: cs('goal-achievement'),
  /** 満足度. */
  satisfaction: cs('satisfaction'),
  /** 今後の対応. */
  nextAction: cs('monitoring-next-action'),
  /** Encounter types (モニタリング). */
  encounterType: cs('encounter-type'),
  /** Roles in the care team (介護支援専門員, 主治医, サービス事業所 …). */
  careTeamRole: cs('care-team-role'),
  /** Roles of family members (キーパーソン, 主介護者). */
  familyRole: cs('family-role'),
} as const;

/** Kizuki extensions. */
export const extensionUrls = {
  /** ※1 保険給付の対象 of a 第2表 service line (valueBoolean). */
  benefitCovered: `${kizukiFhirBase}/StructureDefinition/ltci-benefit-covered`,
  /** R4 core extension linking goals (長期目標 → 短期目標 as milestone). */
  goalRelationship: 'http://hl7.org/fhir/StructureDefinition/goal-relationship',
} as const;

/** HL7 code systems used by the export. */
export const hl7Systems = {
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  goalRelationshipType: 'http://terminology.hl7.org/CodeSystem/goal-relationship-type',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  contactRole: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  /** ISO 21090 name representation: IDE = 漢字, SYL = カナ (JP Core's convention). */
  nameRepresentation: 'http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation',
} as const;
