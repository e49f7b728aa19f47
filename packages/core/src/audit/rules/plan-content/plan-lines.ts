import type { LongTermGoal, Need, ServiceLine, ShortTermGoal } from '../../../domain/care-plan-needs.schema.js';
import { serviceTypeFromText } from '../../../domain/codes/service-type-text.js';
import { findServiceType, type ServiceTypeEntry } from '../../../domain/codes/service-types.js';
import { needLabel } from '../../evidence.js';
import { memoInRun } from '../../run-memo.js';
import { excerpt } from '../../text/excerpt.js';

type Path = (string | number)[];

/** A 援助内容 row of 第2表 with where it sits, for evidence and messages. */
export interface LineRef {
  line: ServiceLine;
  /** Path of the line inside the plan body (`needs[n]…serviceLines[i]`). */
  path: Path;
  /** 「第2表 課題1 長期目標1 短期目標1 援助内容2」 */
  label: string;
  needIndex: number;
  longTermGoal: LongTermGoal;
  shortTermGoal: ShortTermGoal;
}

/** A line of 第2表; its label is made only when a message asks for it (most lines raise nothing). */
class PlanLine implements LineRef {
  #label: string | undefined;
  constructor(
    readonly line: ServiceLine,
    readonly path: Path,
    readonly needIndex: number,
    readonly longTermGoal: LongTermGoal,
    readonly shortTermGoal: ShortTermGoal,
    private readonly indices: readonly [number, number, number],
  ) {}

  get label(): string {
    const [l, s, i] = this.indices;
    this.#label ??= `${needLabel(this.needIndex)} 長期目標${l + 1} 短期目標${s + 1} 援助内容${i + 1}`;
    return this.#label;
  }
}

/** Every service line of the needs, in order, with its path and Japanese label. */
export const listLineRefs: (needs: readonly Need[]) => readonly LineRef[] = memoInRun((needs: readonly Need[]): LineRef[] => {
  const refs: LineRef[] = [];
  needs.forEach((need, n) =>
    need.longTermGoals.forEach((longTermGoal, l) =>
      longTermGoal.shortTermGoals.forEach((shortTermGoal, s) =>
        shortTermGoal.serviceLines.forEach((line, i) =>
          refs.push(new PlanLine(line, ['needs', n, 'longTermGoals', l, 'shortTermGoals', s, 'serviceLines', i], n, longTermGoal, shortTermGoal, [l, s, i])),
        ),
      ),
    ),
  );
  return refs;
}, 'caseFile');

/**
 * The サービス種類 of a line: by its code, else by its サービス種別 as written (a CSV carries the
 * name, an everyday name or the code in that column). Undefined when neither tells.
 */
export function serviceTypeOfLine(line: ServiceLine): ServiceTypeEntry | undefined {
  if (line.serviceTypeCode !== undefined) {
    const byCode = findServiceType(line.serviceTypeCode);
    if (byCode) return byCode;
  }
  return serviceTypeFromText(line.serviceTypeName);
}

/**
 * サービス種類 of 短期入所 (13条21号 / 37号30条23号): 短期入所生活介護 21, 短期入所療養介護 22・23・2A,
 * and their 介護予防 forms 24, 25・26・2B. Other 短期利用 (27, 28, 38, 68 …) are not 短期入所.
 */
export const shortStayCodes: ReadonlySet<string> = new Set(['21', '22', '23', '2A', '24', '25', '26', '2B']);

/** True for family, neighbour, volunteer, community … support rather than an insured service. */
export function isInformalLine(line: ServiceLine): boolean {
  return line.kind === 'informal' || (line.insured === false && line.informalCategory !== undefined);
}

/** How a line is named in a message: its サービス種別, the known type name, else its content. */
export function lineTitle(line: ServiceLine): string {
  const name = line.serviceTypeName ?? serviceTypeOfLine(line)?.name;
  const content = line.content === undefined ? '' : `「${excerpt(line.content, 30)}」`;
  return name !== undefined ? `${name}${content}` : content === '' ? '援助内容' : content;
}

