import type { ServiceLine } from '../domain/care-plan-needs.schema.js';
import { careLevelTable, type CareLevel } from '../domain/codes/care-level.js';
import type { WeeklyEntry } from '../domain/weekly-schedule.schema.js';
import type { BusySlot } from './resource-match.js';
import { ageBandOf } from './pseudonymize.js';
import { formatWeekdays, resourceKindInformalCategory, resourceKindLabels, resourceScheduleText, type Resource } from './resource.schema.js';
import type { UnmetNeed } from './unmet-need.schema.js';

/** 頻度 of a line drawn from a resource: 「週2回（火・金）」, or its schedule note. */
export function resourceFrequency(r: Pick<Resource, 'days' | 'scheduleNote'>): string | undefined {
  if (r.days.length > 0) return `週${r.days.length}回（${formatWeekdays(r.days)}）`;
  return r.scheduleNote;
}

/**
 * The 第2表 援助内容 filled from a directory entry: an insured provider with its 事業所番号 becomes an
 * insured line, everything else an informal support of the matching category.
 */
export function serviceLineFromResource(r: Resource, id: string): ServiceLine {
  const content = `${r.name}（${resourceKindLabels[r.kind]}${r.tags.length > 0 ? `：${r.tags.join('・')}` : ''}、${resourceScheduleText(r)}）`;
  const frequency = resourceFrequency(r);
  if (r.kind === 'insured_provider' && r.officeNumber) {
    return { id, kind: 'insured', content, insured: true, providerName: r.name, providerOfficeNumber: r.officeNumber, ...(frequency ? { frequency } : {}) };
  }
  return { id, kind: 'informal', content, informalCategory: resourceKindInformalCategory[r.kind], providerName: r.name, ...(frequency ? { frequency } : {}) };
}

/** The slots of the 第3表 week, for fitting resources around them. */
export function busySlotsOf(entries: readonly Pick<WeeklyEntry, 'day' | 'start' | 'end'>[]): BusySlot[] {
  return entries.map((e) => ({ day: e.day, start: e.start, end: e.end }));
}

/**
 * An unmet need drafted from the plan being edited, already de-identified: the person is an age
 * band and a care level, the place an area and 地区 found from the directory (never the address).
 */
export function unmetNeedDraft(input: {
  need: string;
  today: string;
  birthDate?: string | undefined;
  careLevel?: CareLevel | undefined;
  area?: string | undefined;
  district?: string | undefined;
  wantedKind?: Resource['kind'] | undefined;
  days?: number[];
}): Partial<UnmetNeed> {
  const ageBand = ageBandOf(input.birthDate, input.today);
  return {
    recordedOn: input.today,
    need: input.need,
    ...(input.area ? { area: input.area } : {}),
    ...(input.district ? { district: input.district } : {}),
    ...(input.wantedKind ? { wantedKind: input.wantedKind } : {}),
    ...(ageBand ? { ageBand } : {}),
    ...(input.careLevel ? { careLevel: careLevelTable[input.careLevel].label } : {}),
    days: input.days ?? [],
    tags: [],
  };
}
