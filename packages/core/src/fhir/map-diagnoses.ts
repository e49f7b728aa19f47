import type { Assessment } from '../domain/assessment.schema.js';
import type { Diagnosis } from '../domain/assessment-health-items.schema.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, hl7Systems } from './fhir-systems.js';
import { concept, defined, labelledNote, text } from './fhir-values.js';
import type { FhirCodeableConcept } from './r4-datatypes.js';
import type { FhirCondition } from './r4-resources.js';

/** The latest assessment by date (the later one of a day), whose 既往歴・主傷病 are current. */
export function latestAssessment(assessments: readonly Assessment[]): Assessment | undefined {
  return assessments.reduce<Assessment | undefined>((latest, a) => (!latest || a.date >= latest.date ? a : latest), undefined);
}

const clinicalStatusByTreatment: Record<NonNullable<Diagnosis['status']>, string | undefined> = {
  treating: 'active',
  observing: 'active',
  cured: 'resolved',
  other: undefined,
};

function categories(dx: Diagnosis, clinicalStatus: string | undefined): FhirCodeableConcept[] {
  return defined([
    // R4 con-3: a problem-list-item needs a clinicalStatus, so an unknown 治療状況 is not listed as one.
    clinicalStatus ? concept(hl7Systems.conditionCategory, 'problem-list-item', 'Problem List Item') : undefined,
    concept(codeSystems.conditionKind, 'medical-history', '既往歴・主傷病'),
    dx.isPrimary ? concept(codeSystems.conditionKind, 'primary-disease', '主傷病') : undefined,
  ]);
}

/**
 * The 既往歴・主傷病 of the latest assessment (標準項目10 健康状態) as Conditions. The name is
 * text only: the assessment records what the care manager heard, not a coded diagnosis.
 */
export function addDiagnoses(ctx: ExportContext): void {
  const assessment = latestAssessment(ctx.caseFile.assessments);
  for (const dx of assessment?.items.health?.diagnoses ?? []) {
    const name = text(dx.name);
    if (!name) continue;
    const clinicalStatus = dx.status ? clinicalStatusByTreatment[dx.status] : undefined;
    const condition: FhirCondition = {
      resourceType: 'Condition',
      clinicalStatus: clinicalStatus ? concept(hl7Systems.conditionClinical, clinicalStatus) : undefined,
      category: categories(dx, clinicalStatus),
      code: { text: name },
      subject: ctx.patient,
      onsetDateTime: dx.onsetDate,
      onsetString: dx.onsetDate ? undefined : text(dx.onsetText),
      recordedDate: assessment?.date,
      note: defined([labelledNote('医療機関', dx.institution), labelledNote('治療状況', dx.status === 'other' ? 'その他' : undefined), labelledNote('備考', dx.notes)]),
    };
    ctx.bundle.add(`Condition/diagnosis/${assessment?.id ?? ''}/${dx.id}`, condition);
  }
}
