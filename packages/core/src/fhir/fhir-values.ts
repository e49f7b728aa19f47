import type { Period } from '../domain/common.schema.js';
import { hl7Systems } from './fhir-systems.js';
import type { FhirAnnotation, FhirCodeableConcept, FhirContactPoint, FhirHumanName, FhirPeriod } from './r4-datatypes.js';

/** Trimmed text, or undefined when blank: FHIR strings may not be empty (ele-1). */
export function text(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A CodeableConcept with one coding and, when given, a text. */
export function concept(system: string, code: string, display?: string, conceptText?: string): FhirCodeableConcept {
  return { coding: [{ system, code, ...(display ? { display } : {}) }], ...(conceptText ? { text: conceptText } : {}) };
}

/** A CodeableConcept with only a text, or undefined for blank text. */
export function textConcept(value: string | undefined): FhirCodeableConcept | undefined {
  const t = text(value);
  return t ? { text: t } : undefined;
}

/** `label: value` as an Annotation, or undefined when the value is blank (labels keep 第1表 headings). */
export function labelledNote(label: string, value: string | undefined): FhirAnnotation | undefined {
  const t = text(value);
  return t ? { text: `${label}: ${t}` } : undefined;
}

/** The defined items of a list (for optional notes and references). */
export function defined<T>(items: ReadonlyArray<T | undefined>): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/**
 * A Japanese name as HumanName: `青葉 チヨ` → family 青葉, given チヨ, text 青葉 チヨ, marked
 * 漢字 (IDE); the フリガナ likewise marked カナ (SYL), as JP Core does. Names without a space
 * keep only the text.
 */
export function japaneseNames(name: string | undefined, kana?: string): FhirHumanName[] {
  const build = (value: string | undefined, representation: 'IDE' | 'SYL'): FhirHumanName | undefined => {
    const full = text(value);
    if (!full) return undefined;
    const [family, ...given] = full.split(/[\s\u3000]+/u);
    return {
      extension: [{ url: hl7Systems.nameRepresentation, valueCode: representation }],
      use: 'official',
      text: full,
      ...(given.length > 0 && family ? { family, given } : {}),
    };
  };
  return defined([build(name, 'IDE'), build(kana, 'SYL')]);
}

/** ContactPoints for phone numbers (skipping blanks). */
export function phones(...entries: Array<[value: string | undefined, system: 'phone' | 'fax', use?: FhirContactPoint['use']]>): FhirContactPoint[] {
  return entries.flatMap(([value, system, use]) => {
    const v = text(value);
    return v ? [{ system, value: v, ...(use ? { use } : {}) }] : [];
  });
}

/** A FHIR Period of the dates of a Kizuki period, or undefined when it has none. */
export function fhirPeriod(period: Pick<Period, 'start' | 'end'> | undefined): FhirPeriod | undefined {
  if (!period?.start && !period?.end) return undefined;
  // R4 per-1: start <= end. Kizuki periods are validated so; a derived end (plan period) may not be.
  const end = period.end && (!period.start || period.start <= period.end) ? period.end : undefined;
  return { ...(period.start ? { start: period.start } : {}), ...(end ? { end } : {}) };
}

/** The period as written (R7.4〜R7.9) when it has no dates to carry it, as a note. */
export function periodTextNote(label: string, period: Period | undefined): FhirAnnotation | undefined {
  if (!period || period.start || period.end) return undefined;
  return labelledNote(label, period.text);
}

/**
 * Removes undefined values, empty arrays and empty objects, bottom-up: R4 JSON forbids empty
 * elements (ele-1), and optional Kizuki fields often are absent.
 */
export function prune<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(walk).filter((item) => item !== undefined);
      return items.length > 0 ? items : undefined;
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(v)) {
        const pruned = walk(child);
        if (pruned !== undefined) out[key] = pruned;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    if (typeof v === 'string' && v.trim() === '') return undefined;
    return v === null ? undefined : v;
  };
  return walk(value) as T;
}
