import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { Consent, Delivery, PlanStatus } from '../../../domain/plan-lifecycle.schema.js';
import type { CareManagementType, PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import type { Evidence } from '../../finding.js';
import { documentEvidence } from '../../evidence.js';
import { memoInRun } from '../../run-memo.js';
import { hasText } from '../plan-structure/rule-text.js';

type Path = (string | number)[];

/** A provider (担当者の事業所) placed on a plan, with where it is written. */
export interface PlanProvider {
  officeNumber?: string;
  name?: string;
  /** サービス種別 as written, for messages. */
  serviceName?: string;
  /** サービス種類コード of every line the provider carries ('' where none is written). */
  serviceCodes: string[];
  /** Path of the provider field in the plan body. */
  path: Path;
  /** Japanese label of that field (第2表 課題1 … 援助内容2 事業所). */
  label: string;
}

/**
 * The parts of a 居宅サービス計画 or a 介護予防サービス・支援計画書 that the process rules read
 * (会議・同意・交付), so each rule is written once for both kinds of plan.
 */
export interface ProcessPlan {
  document: 'care_plan' | 'prevention_plan';
  id: string;
  status: PlanStatus;
  /** 居宅サービス計画 / 介護予防サービス・支援計画書 */
  title: string;
  /** 計画作成（変更）日, else 作成年月日. */
  planDate?: string;
  meetingId?: string;
  consent?: Consent;
  delivery?: Delivery;
  /** 軽微な変更 (care plans only). */
  minorChange: boolean;
  /** 介護予防ケアマネジメントの類型 (prevention plans only). */
  careManagementType?: CareManagementType;
  /** Providers of insured services, each once. */
  providers: PlanProvider[];
  evidence(path: Path, label: string, value?: string): Evidence;
}

/** Statuses of a plan the client has agreed to and that is (about to be) in use. */
export const inUseStatuses: readonly PlanStatus[] = ['consented', 'delivered', 'active'];

/** True when a plan is past its 原案: a status after draft, or a consent date recorded. */
export function isPastDraft(plan: Pick<ProcessPlan, 'status' | 'consent'>): boolean {
  return plan.status !== 'draft' || plan.consent?.date !== undefined;
}

function squash(text: string | undefined): string | undefined {
  const flat = text?.replace(/\s+/gu, '');
  return flat === undefined || flat === '' ? undefined : flat;
}

/** True when a record names the provider: same 事業所番号, or the same name when spaces are ignored. */
export function sameProvider(provider: Pick<PlanProvider, 'officeNumber' | 'name'>, record: { officeNumber?: string | undefined; providerName?: string | undefined }): boolean {
  if (provider.officeNumber !== undefined && provider.officeNumber === record.officeNumber) return true;
  const name = squash(provider.name);
  return name !== undefined && name === squash(record.providerName);
}

/** The provider as named in a message: 「テスト通所リハ」（通所リハビリテーション）. */
export function providerText(provider: PlanProvider): string {
  const name = provider.name ?? provider.officeNumber ?? '';
  return `「${name}」${provider.serviceName !== undefined ? `（${provider.serviceName}）` : ''}`;
}

function addProvider(list: PlanProvider[], candidate: PlanProvider): void {
  if (candidate.officeNumber === undefined && !hasText(candidate.name)) return;
  const known = list.find((p) => sameProvider(p, { officeNumber: candidate.officeNumber, providerName: candidate.name }) || sameProvider(candidate, { officeNumber: p.officeNumber, providerName: p.name }));
  if (known === undefined) list.push(candidate);
  else known.serviceCodes.push(...candidate.serviceCodes);
}

function carePlanProviders(plan: CarePlan): PlanProvider[] {
  const list: PlanProvider[] = [];
  /** squash(name) of each provider in `list`, so a line is matched without squashing names again. */
  const squashedNames: (string | undefined)[] = [];
  plan.needs.forEach((need, n) =>
    need.longTermGoals.forEach((long, l) =>
      long.shortTermGoals.forEach((short, s) =>
        short.serviceLines.forEach((line, k) => {
          if (line.kind !== 'insured' || line.insured === false) return;
          const officeNumber = line.providerOfficeNumber;
          const name = hasText(line.providerName) ? line.providerName : undefined;
          if (officeNumber === undefined && name === undefined) return;
          // The same provider as an earlier line (addProvider's test): its codes gather there.
          const squashed = squash(name);
          const known = list.findIndex((p, i) => (p.officeNumber !== undefined && p.officeNumber === officeNumber) || (squashed !== undefined && squashedNames[i] === squashed));
          if (known !== -1) {
            list[known]!.serviceCodes.push(line.serviceTypeCode ?? '');
            return;
          }
          squashedNames.push(squashed);
          list.push({
            officeNumber,
            name,
            serviceName: hasText(line.serviceTypeName) ? line.serviceTypeName : undefined,
            serviceCodes: [line.serviceTypeCode ?? ''],
            path: ['needs', n, 'longTermGoals', l, 'shortTermGoals', s, 'serviceLines', k, line.providerName !== undefined || officeNumber === undefined ? 'providerName' : 'providerOfficeNumber'],
            label: `第2表 課題${n + 1} 長期目標${l + 1} 短期目標${s + 1} 援助内容${k + 1} ※2 事業所`,
          });
        }),
      ),
    ),
  );
  return list;
}

function preventionProviders(plan: PreventionPlan): PlanProvider[] {
  const list: PlanProvider[] = [];
  plan.issues.forEach((issue, i) =>
    issue.supportRows.forEach((row, r) => {
      // Only rows carrying a 介護保険サービス又は地域支援事業 have a provider to deliver to.
      if (!hasText(row.formalService) && row.serviceTypeCode === undefined) return;
      addProvider(list, {
        officeNumber: row.providerOfficeNumber,
        name: hasText(row.providerName) ? row.providerName : undefined,
        serviceName: hasText(row.serviceTypeName) ? row.serviceTypeName : undefined,
        serviceCodes: [row.serviceTypeCode ?? ''],
        path: ['issues', i, 'supportRows', r, row.providerName !== undefined || row.providerOfficeNumber === undefined ? 'providerName' : 'providerOfficeNumber'],
        label: `介護予防サービス・支援計画書 課題${i + 1} 支援計画${r + 1} 事業所`,
      });
    }),
  );
  return list;
}


/** The audited 居宅サービス計画 as a {@link ProcessPlan}. */
export const fromCarePlan: (plan: CarePlan) => ProcessPlan = memoInRun((plan: CarePlan): ProcessPlan => {
  return {
    document: 'care_plan',
    id: plan.id,
    status: plan.status,
    title: '居宅サービス計画',
    planDate: plan.planDate ?? plan.createdOn,
    meetingId: plan.meetingId,
    consent: plan.consent,
    delivery: plan.delivery,
    minorChange: plan.minorChange === true,
    providers: carePlanProviders(plan),
    evidence(path, label, value) {
      return documentEvidence('care_plan', plan.id, path, label, value);
    },
  };
}, 'caseFile');

/** The current 介護予防サービス・支援計画書 as a {@link ProcessPlan}. */
export const fromPreventionPlan: (plan: PreventionPlan) => ProcessPlan = memoInRun((plan: PreventionPlan): ProcessPlan => {
  return {
    document: 'prevention_plan',
    id: plan.id,
    status: plan.status,
    title: '介護予防サービス・支援計画書',
    planDate: plan.planDate,
    meetingId: plan.meetingId,
    consent: plan.consent,
    delivery: plan.delivery,
    minorChange: false,
    careManagementType: plan.careManagementType,
    providers: preventionProviders(plan),
    evidence(path, label, value) {
      return documentEvidence('prevention_plan', plan.id, path, label, value);
    },
  };
}, 'caseFile');

/** The plans a process rule looks at: the audited care plan and the current prevention plan, when present. */
export function processPlans(ctx: { plan: CarePlan | undefined; preventionPlan: PreventionPlan | undefined }): ProcessPlan[] {
  return [...(ctx.plan ? [fromCarePlan(ctx.plan)] : []), ...(ctx.preventionPlan ? [fromPreventionPlan(ctx.preventionPlan)] : [])];
}
