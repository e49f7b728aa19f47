import type { CodeEntry } from '../common.schema.js';

/** 障害高齢者の日常生活自立度（寝たきり度）. */
export const physicalIndependenceLevels = ['independent', 'J1', 'J2', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type PhysicalIndependenceLevel = (typeof physicalIndependenceLevels)[number];

/** CSV codes (UPKIHON item 21) and labels of 障害高齢者の日常生活自立度. */
export const physicalIndependenceTable: Record<PhysicalIndependenceLevel, CodeEntry> = {
  independent: { code: '01', label: '自立' },
  J1: { code: '11', label: 'J1' },
  J2: { code: '12', label: 'J2' },
  A1: { code: '21', label: 'A1' },
  A2: { code: '22', label: 'A2' },
  B1: { code: '31', label: 'B1' },
  B2: { code: '32', label: 'B2' },
  C1: { code: '41', label: 'C1' },
  C2: { code: '42', label: 'C2' },
};

/** 認知症高齢者の日常生活自立度 (ASCII keys; labels use the roman numerals of the form). */
export const dementiaIndependenceLevels = ['independent', 'I', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IV', 'M'] as const;
export type DementiaIndependenceLevel = (typeof dementiaIndependenceLevels)[number];

/** CSV codes (UPKIHON item 22) and labels of 認知症高齢者の日常生活自立度. */
export const dementiaIndependenceTable: Record<DementiaIndependenceLevel, CodeEntry> = {
  independent: { code: '01', label: '自立' },
  I: { code: '02', label: 'Ⅰ' },
  IIa: { code: '03', label: 'Ⅱa' },
  IIb: { code: '04', label: 'Ⅱb' },
  IIIa: { code: '05', label: 'Ⅲa' },
  IIIb: { code: '06', label: 'Ⅲb' },
  IV: { code: '07', label: 'Ⅳ' },
  M: { code: '08', label: 'M' },
};
