import type { Evidence } from '../audit/finding.js';
import type { DocumentKind } from '../domain/document-kind.js';
import type { CsvFileKind } from './layout-types.js';

/**
 * A field of a case file that the ケアプランデータ連携 CSV carries, and the file and column it is read
 * from. `path` is a dotted pattern inside the document body: `*` stands for any list index, a
 * trailing `**` for anything below. A finding on CSV input may only point at these fields.
 */
export interface CsvCarriedField {
  document: DocumentKind;
  path: string;
  file: CsvFileKind;
  /** Column key of the layout (layouts-*.ts). */
  column: string;
}

const line = 'needs.*.longTermGoals.*.shortTermGoals.*.serviceLines.*';

/** Every field the CSV reader fills (care-plan-read.ts, prevention-read.ts, usage import). */
export const csvCarriedFields: readonly CsvCarriedField[] = [
  ...(['insurerNumber', 'insuredNumber', 'name', 'nameKana', 'sex', 'birthDate', 'address.**', 'phone'] as const).map((path) => ({ document: 'client' as const, path, file: 'UPHOSOKU' as const, column: path.split('.')[0]! })),
  { document: 'client', path: 'familyMembers.**', file: 'UPKIHON', column: 'emergency1Name' },
  ...(['status', 'careLevel', 'previousCareLevel', 'certifiedOn', 'validFrom', 'validTo', 'benefitLimitUnits'] as const).map((path) => ({ document: 'certification' as const, path, file: 'UPHOSOKU' as const, column: path })),
  ...(
    [
      ['createdOn', 'createdOn'],
      ['planDate', 'planDate'],
      ['firstPlanDate', 'firstPlanDate'],
      ['planCategories.**', 'planCategory'],
      ['certificationStatus', 'certificationStatus'],
      ['careLevel', 'careLevel'],
      ['certifiedOn', 'certifiedOn'],
      ['certificationValidFrom', 'validFrom'],
      ['certificationValidTo', 'validTo'],
      ['authorName', 'authorName'],
      ['intentions', 'intentions'],
      ['intentions.client', 'intentions'],
      ['intentions.family', 'intentions'],
      ['intentions.analysisResult', 'intentions'],
      ['intentions.unattributed', 'intentions'],
      ['committeeOpinion', 'committeeOpinion'],
      ['overallPolicy', 'overallPolicy'],
      ['emergencyContactsNote', 'overallPolicy'],
      ['livingSupportReason', 'livingSupportReason'],
      ['livingSupportReason.reason', 'livingSupportReason'],
      ['livingSupportReason.otherText', 'livingSupportOther'],
    ] as const
  ).map(([path, column]) => ({ document: 'care_plan' as const, path, file: 'UP1KYO' as const, column })),
  ...(
    [
      ['needs', 'needNo'],
      ['needs.*', 'needNo'],
      ['needs.*.text', 'need'],
      ['needs.*.longTermGoals', 'goalNo'],
      ['needs.*.longTermGoals.*', 'goalNo'],
      ['needs.*.longTermGoals.*.text', 'longTermGoal'],
      ['needs.*.longTermGoals.*.period.**', 'longTermPeriod'],
      ['needs.*.longTermGoals.*.shortTermGoals', 'goalNo'],
      ['needs.*.longTermGoals.*.shortTermGoals.*', 'goalNo'],
      ['needs.*.longTermGoals.*.shortTermGoals.*.serviceLines', 'lineNo'],
      ['needs.*.longTermGoals.*.shortTermGoals.*.text', 'shortTermGoal'],
      ['needs.*.longTermGoals.*.shortTermGoals.*.period.**', 'shortTermPeriod'],
      [line, 'lineNo'],
      [`${line}.content`, 'content'],
      [`${line}.kind`, 'insured'],
      [`${line}.insured`, 'insured'],
      [`${line}.serviceTypeName`, 'serviceTypeName'],
      [`${line}.serviceTypeCode`, 'serviceTypeName'],
      [`${line}.providerOfficeNumber`, 'providerOfficeNumber'],
      [`${line}.providerName`, 'providerName'],
      [`${line}.frequency`, 'frequency'],
      [`${line}.period.**`, 'period'],
    ] as const
  ).map(([path, column]) => ({ document: 'care_plan' as const, path, file: 'UP2KYO' as const, column })),
  { document: 'care_plan', path: 'weeklySchedule.**', file: 'UP3KYO', column: 'content' },
  ...(['planDate', 'firstPlanDate', 'targetLife.**', 'overallPolicy', 'issues', 'issues.**', 'healthNotes', 'policyWhenSupportUnavailable', 'centerOpinion', 'checklistCounts.**', 'programNeeds.**'] as const).map((path) => ({
    document: 'prevention_plan' as const,
    path,
    file: 'UPYOBO' as const,
    column: path.split('.')[0]!,
  })),
];

function matches(pattern: string, path: readonly (string | number)[]): boolean {
  const parts = pattern.split('.');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '**') return i <= path.length;
    const at = path[i];
    if (at === undefined) return false;
    if (part === '*' ? typeof at !== 'number' : String(at) !== part) return false;
  }
  return parts.length === path.length;
}

/** The CSV field an evidence points at, or undefined when the CSV standard has no such field. */
export function csvFieldOf(evidence: Pick<Evidence, 'document' | 'path'>): CsvCarriedField | undefined {
  return csvCarriedFields.find((field) => field.document === evidence.document && matches(field.path, evidence.path));
}
