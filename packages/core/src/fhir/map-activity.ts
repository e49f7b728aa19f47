import { informalCategoryLabels, type ServiceLine } from '../domain/care-plan-needs.schema.js';
import { findServiceType } from '../domain/codes/service-types.js';
import type { WeeklyEntry } from '../domain/weekly-schedule.schema.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, extensionUrls } from './fhir-systems.js';
import { concept, defined, fhirPeriod, labelledNote, text, textConcept } from './fhir-values.js';
import { careTeamRoles, informalPerformerRef, organizationRef, type TeamMember } from './map-care-team.js';
import type { FhirCodeableConcept, FhirCoding, FhirDayOfWeek, FhirReference, FhirTiming } from './r4-datatypes.js';
import type { CarePlanActivityStatus, FhirCarePlanActivity } from './r4-resources.js';

const dayCodes: Record<number, FhirDayOfWeek> = { 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat', 7: 'sun' };

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * The 第3表 slots of a line as Timing: the days, and the start time and length when every slot
 * shares them (one Timing cannot say "Tue 9:30, Sat 10:00"). 頻度 stays as Timing.code.text.
 */
export function lineTiming(frequency: string | undefined, period: ServiceLine['period'], slots: readonly WeeklyEntry[]): FhirTiming | undefined {
  const days = [...new Set(slots.map((s) => s.day))].sort((a, b) => a - b).flatMap((d) => (dayCodes[d] ? [dayCodes[d]] : []));
  const starts = [...new Set(slots.map((s) => s.start))];
  const start = starts.length === 1 && starts[0] && starts[0] < '24:00' ? starts[0] : undefined;
  const lengths = [...new Set(slots.map((s) => (s.start && s.end ? minutes(s.end) - minutes(s.start) : -1)))];
  const length = start && lengths.length === 1 && (lengths[0] ?? -1) > 0 ? lengths[0] : undefined;
  // The period as written only matters when it has no dates to put in boundsPeriod.
  const writtenPeriod = fhirPeriod(period) ? undefined : text(period?.text);
  const code = defined([text(frequency), writtenPeriod]).join('／');
  const timing: FhirTiming = {
    repeat: {
      boundsPeriod: fhirPeriod(period),
      ...(length === undefined ? {} : { duration: length, durationUnit: 'min' as const }),
      dayOfWeek: days,
      timeOfDay: start ? [`${start}:00`] : undefined,
    },
    code: textConcept(code),
  };
  return timing.repeat?.boundsPeriod || days.length > 0 || timing.code ? timing : undefined;
}

function serviceCode(line: ServiceLine): FhirCodeableConcept | undefined {
  if (line.kind === 'informal') {
    const category = line.informalCategory;
    return category ? concept(codeSystems.informalSupport, category, informalCategoryLabels[category], informalCategoryLabels[category]) : undefined;
  }
  const code = line.serviceTypeCode;
  const name = text(line.serviceTypeName) ?? (code ? findServiceType(code)?.name : undefined);
  return code ? concept(codeSystems.serviceType, code, findServiceType(code)?.name, name) : textConcept(name);
}

function product(line: ServiceLine): FhirCodeableConcept | undefined {
  const e = line.equipment;
  const coding: FhirCoding[] = defined([
    text(e?.taisCode) ? { system: codeSystems.tais, code: text(e?.taisCode) } : undefined,
    text(e?.notificationCode) ? { system: codeSystems.equipmentNotification, code: text(e?.notificationCode) } : undefined,
  ]);
  return coding.length > 0 || text(e?.name) ? { coding, text: text(e?.name) } : undefined;
}

/** What links an activity to the rest of the plan. */
export interface ActivityLinks {
  status: CarePlanActivityStatus;
  need: FhirReference | undefined;
  goal: FhirReference | undefined;
  slots: readonly WeeklyEntry[];
}

/**
 * A 第2表 援助内容 row as CarePlan.activity.detail: サービス内容 as description, サービス種別 (or
 * the kind of informal support) as code, 事業所 / supporter as performer, 頻度・期間 and the 第3表
 * slots as Timing. Returns the performer as a team member for the CareTeam.
 */
export function serviceLineActivity(ctx: ExportContext, line: ServiceLine, links: ActivityLinks): { activity: FhirCarePlanActivity; members: TeamMember[] } {
  const insured = line.kind === 'insured';
  const performer = insured ? organizationRef(ctx, line.providerOfficeNumber, line.providerName) : informalPerformerRef(ctx, line);
  const code = serviceCode(line);
  const hasEquipment = product(line) !== undefined;
  const activity: FhirCarePlanActivity = {
    progress: defined([labelledNote('主治医の指示', line.physicianInstruction)]),
    detail: {
      extension: line.insured === undefined ? undefined : [{ url: extensionUrls.benefitCovered, valueBoolean: line.insured }],
      kind: insured ? (hasEquipment ? 'DeviceRequest' : 'ServiceRequest') : undefined,
      code,
      reasonCode: defined([textConcept(line.reason)]),
      reasonReference: defined([links.need]),
      goal: defined([links.goal]),
      status: links.status,
      scheduledTiming: lineTiming(line.frequency, line.period, links.slots),
      performer: defined([performer]),
      productCodeableConcept: product(line),
      description: text(line.content),
    },
  };
  const role = insured ? { ...careTeamRoles.provider, text: code?.text ?? '介護保険サービス' } : { ...careTeamRoles.informal, text: code?.text ?? 'インフォーマルサポート' };
  const members = performer && performer !== ctx.patient ? [{ member: performer, role }] : [];
  return { activity, members };
}
