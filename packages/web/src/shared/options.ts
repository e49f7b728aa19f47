import type { SelectOption } from '../editing/fields.js';

/** Select options from an enum and its Japanese labels. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): SelectOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Select options from an enum and a code table ({ code, label }). */
export function codedOptionsOf<T extends string>(values: readonly T[], table: Record<T, { label: string }>): SelectOption[] {
  return values.map((value) => ({ value, label: table[value].label }));
}

/** はい / いいえ for a RadioGroupField bound to a boolean. */
export const yesNoOptions: SelectOption[] = [
  { value: 'true', label: 'はい' },
  { value: 'false', label: 'いいえ' },
];
