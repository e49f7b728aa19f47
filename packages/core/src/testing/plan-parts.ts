import type { LongTermGoal, Need, ServiceLine, ShortTermGoal } from '../domain/care-plan-needs.schema.js';
import type { Period } from '../domain/common.schema.js';

let sequence = 0;

/** A readable unique id for test entities (`need-3`). */
export function testId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** A period from `start` to `end`. */
export function aPeriod(start: string, end: string): Period {
  return { start, end };
}

/** An insured service line (defaults: 訪問介護 週2回). */
export function anInsuredLine(patch: Partial<ServiceLine> = {}): ServiceLine {
  return {
    id: testId('line'),
    kind: 'insured',
    insured: true,
    content: '掃除・買物の一部を一緒に行う',
    serviceTypeCode: '11',
    serviceTypeName: '訪問介護',
    providerOfficeNumber: '0899000011',
    providerName: 'テスト訪問介護事業所',
    frequency: '週2回',
    ...patch,
  };
}

/** An informal support line (defaults: 家族 週1回). */
export function anInformalLine(patch: Partial<ServiceLine> = {}): ServiceLine {
  return {
    id: testId('line'),
    kind: 'informal',
    insured: false,
    informalCategory: 'family',
    content: '週末に様子を見に来て、一緒に献立を考える',
    providerName: '長女',
    frequency: '週1回',
    ...patch,
  };
}

/** A short-term goal with the given lines (defaults: one insured line). */
export function aShortTermGoal(text: string, period: Period, serviceLines: ServiceLine[] = [anInsuredLine()], id = testId('stg')): ShortTermGoal {
  return { id, text, period, serviceLines };
}

/** A long-term goal with the given short-term goals. */
export function aLongTermGoal(text: string, period: Period, shortTermGoals: ShortTermGoal[], id = testId('ltg')): LongTermGoal {
  return { id, text, period, shortTermGoals };
}

/**
 * A need with one long-term and one short-term goal inside `period`, carried by an insured
 * and an informal line unless `lines` says otherwise.
 */
export function aNeed(
  text: string,
  options: { period?: Period; longTermGoal?: string; shortTermGoal?: string; lines?: ServiceLine[]; id?: string } = {},
): Need {
  const period = options.period ?? aPeriod('2025-04-01', '2026-03-31');
  const shortEnd = period.end && period.start && period.end > '2025-09-30' && period.start < '2025-09-30' ? '2025-09-30' : period.end;
  const shortTerm = aShortTermGoal(
    options.shortTermGoal ?? '週2回、自宅周辺を10分歩ける',
    { start: period.start, end: shortEnd },
    options.lines ?? [anInsuredLine(), anInformalLine()],
  );
  return {
    id: options.id ?? testId('need'),
    text,
    assessmentItems: [],
    longTermGoals: [aLongTermGoal(options.longTermGoal ?? '近所のスーパーまで歩いて買物に行ける', period, [shortTerm])],
  };
}
