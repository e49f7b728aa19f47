import type { Certification } from '../domain/certification.schema.js';
import { careLevelTable } from '../domain/codes/care-level.js';
import { applicationKindLabels } from '../domain/codes/plan-codes.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, idSystems } from './fhir-systems.js';
import { concept, defined, fhirPeriod, labelledNote } from './fhir-values.js';
import type { FhirObservation } from './r4-resources.js';

/** Key of the Observation of a 要介護認定. */
export const certificationKey = (certificationId: string) => `Observation/certification/${certificationId}`;

/**
 * A 要介護認定 as Observation: 要介護状態区分 (CSV code) as value over the 認定の有効期間.
 * 申請中 has no result yet, which R4 calls `registered`.
 */
export function addCertification(ctx: ExportContext, cert: Certification): void {
  const level = cert.careLevel ? careLevelTable[cert.careLevel] : undefined;
  const previous = cert.previousCareLevel ? careLevelTable[cert.previousCareLevel].label : undefined;
  const period = fhirPeriod({ start: cert.validFrom, end: cert.validTo });
  const observation: FhirObservation = {
    resourceType: 'Observation',
    identifier: [{ system: idSystems.document('certification'), value: cert.id }],
    status: cert.status === 'certified' ? 'final' : 'registered',
    code: concept(codeSystems.observation, 'care-level', '要介護状態区分'),
    subject: ctx.patient,
    effectivePeriod: period,
    effectiveDateTime: period ? undefined : (cert.certifiedOn ?? cert.applicationDate),
    valueCodeableConcept: level ? concept(codeSystems.careLevel, level.code, level.label, level.label) : undefined,
    note: defined([
      labelledNote('申請区分', cert.applicationKind ? applicationKindLabels[cert.applicationKind] : undefined),
      labelledNote('申請日', cert.applicationDate),
      labelledNote('認定日', cert.certifiedOn),
      labelledNote('前回の要介護状態区分', previous),
      labelledNote('介護認定審査会の意見', cert.committeeOpinion),
      labelledNote('サービスの種類の指定', cert.serviceTypeDesignation),
      labelledNote('区分支給限度基準額', cert.benefitLimitUnits === undefined ? undefined : `${cert.benefitLimitUnits}単位/月`),
      labelledNote('備考', cert.notes),
    ]),
  };
  ctx.bundle.add(certificationKey(cert.id), observation);
}
