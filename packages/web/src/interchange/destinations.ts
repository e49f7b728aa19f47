import {
  currentCarePlan,
  currentPreventionPlan,
  findServiceType,
  listServiceLines,
  planDestinations,
  usageDestinations,
  usageOfMonth,
  type CaseFile,
  type CsvParty,
} from '@kizuki/core';

/** One choice of 送信先 in the export control; value '' is every provider. */
export interface CsvDestinationOption {
  /** `事業所番号:サービス種類コード` as the export API's `to`, or '' for all */
  value: string;
  label: string;
}

/** The `to` of the export API for a provider. */
export const destinationValue = (party: CsvParty) => `${party.officeNumber}:${party.serviceType}`;

/** Provider names by 事業所番号, from the current plans and every 利用票 (the first name written wins). */
function providerNames(caseFile: CaseFile): Map<string, string> {
  const names = new Map<string, string>();
  const add = (officeNumber: string | undefined, name: string | undefined) => {
    if (officeNumber && name && !names.has(officeNumber)) names.set(officeNumber, name);
  };
  const care = currentCarePlan(caseFile);
  if (care) for (const { line } of listServiceLines(care.needs)) add(line.providerOfficeNumber, line.providerName);
  const prevention = currentPreventionPlan(caseFile);
  if (prevention) for (const issue of prevention.issues) for (const row of issue.supportRows) add(row.providerOfficeNumber, row.providerName);
  for (const usage of caseFile.serviceUsages) for (const line of usage.lines) add(line.providerOfficeNumber, line.providerName);
  return names;
}

function options(caseFile: CaseFile, parties: readonly CsvParty[], allLabel: string): CsvDestinationOption[] {
  const names = providerNames(caseFile);
  const sorted = [...parties].sort((a, b) => a.serviceType.localeCompare(b.serviceType) || a.officeNumber.localeCompare(b.officeNumber));
  return [
    { value: '', label: allLabel },
    ...sorted.map((party) => {
      const type = findServiceType(party.serviceType)?.name ?? `サービス種類 ${party.serviceType}`;
      return { value: destinationValue(party), label: `${names.get(party.officeNumber) ?? '事業所名なし'}（${type}・${party.officeNumber}）` };
    }),
  ];
}

/**
 * 送信先 choices for the plan export: every provider named on the current 居宅サービス計画 and
 * 介護予防サービス・支援計画 (as the server sends them), after 「計画のすべての事業所」.
 */
export function planDestinationOptions(caseFile: CaseFile): CsvDestinationOption[] {
  return options(caseFile, planDestinations(caseFile), '計画のすべての事業所');
}

/** 送信先 choices for a month's サービス利用票 (YYYY-MM), after 「利用票のすべての事業所」; only that when the month has none. */
export function usageDestinationOptions(caseFile: CaseFile, month: string): CsvDestinationOption[] {
  return options(caseFile, usageDestinations(caseFile, month), '利用票のすべての事業所');
}

/** Whether the case file has a サービス利用票 for the month (YYYY-MM). */
export const hasUsageOf = (caseFile: CaseFile, month: string) => usageOfMonth(caseFile, month) !== undefined;
