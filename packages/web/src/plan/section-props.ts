import type { CarePlan, CaseFile } from '@kizuki/core';
import type { FieldBinding } from '../editing/index.js';
import type { CertificationPeriod } from './period-check.js';

/** What every part of the plan editor receives: the plan as edited and ways to change it. */
export interface PlanSectionProps {
  plan: CarePlan;
  /** Field props by path (value, Japanese error, onChange). */
  fields: FieldBinding;
  /** Replaces the whole plan (structural edits: add, remove, reorder). */
  setPlan: (next: CarePlan) => void;
  /** 認定の有効期間 as written on 第1表, for checking periods as they are typed. */
  certification: CertificationPeriod;
  caseFile: CaseFile;
  readOnly: boolean;
}
