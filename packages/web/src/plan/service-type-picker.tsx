import { findServiceType, isPreventionLevel, serviceTypes, type CareLevel, type ServiceTypeEntry } from '@kizuki/core';
import { SelectField, type FieldBinding, type FieldPath } from '../editing/index.js';

/** Service types offered for a care level: 介護給付 for 要介護, 予防給付 and 総合事業 for 要支援・事業対象者. */
export function serviceTypesFor(careLevel: CareLevel | undefined): readonly ServiceTypeEntry[] {
  if (careLevel === undefined) return serviceTypes;
  const benefits: ReadonlyArray<ServiceTypeEntry['benefit']> = isPreventionLevel(careLevel) ? ['prevention', 'comprehensive', 'other'] : ['care', 'other'];
  return serviceTypes.filter((entry) => benefits.includes(entry.benefit));
}

interface ServiceTypePickerProps {
  /** Path of the service line. */
  linePath: FieldPath;
  fields: FieldBinding;
  careLevel: CareLevel | undefined;
  disabled?: boolean;
}

/**
 * サービス種別 chosen from the サービス種類コード table; picking one records both the code and the
 * name as written on 第2表. A code not offered for the care level stays selectable so nothing is lost.
 */
export function ServiceTypePicker({ linePath, fields, careLevel, disabled }: ServiceTypePickerProps) {
  const codePath = [...linePath, 'serviceTypeCode'];
  const code = fields.get(codePath) as string | undefined;
  const offered = serviceTypesFor(careLevel);
  const current = code !== undefined && !offered.some((e) => e.code === code) ? findServiceType(code) : undefined;
  const options = [...(current ? [current] : []), ...offered].map((entry) => ({ value: entry.code, label: `${entry.name}（${entry.code}）` }));
  return (
    <SelectField
      label="サービス種別"
      path={codePath}
      value={code}
      error={fields.error(codePath)}
      options={options}
      emptyLabel="選んでください"
      disabled={disabled}
      onChange={(next) => {
        fields.update(codePath, next);
        fields.update([...linePath, 'serviceTypeName'], next === undefined ? undefined : findServiceType(next)?.name);
      }}
    />
  );
}
