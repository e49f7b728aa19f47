/**
 * Writes the vendor corpus: every plan of plans.ts in every style of styles.ts, one send unit
 * (UPHOSOKU, UP1KYO, UP2KYO, UP3KYO) per style, as ケアプランデータ連携 CSV v4.1 in MS932.
 * Nothing here comes from Kizuki's CSV code: the column order is written out from the standard,
 * and quoting, line ends and the MS932 encoding are this file's own, so the reader meets files
 * its own exporter did not write.
 *
 *   node --import tsx packages/server/src/csv/vendor-corpus/generate.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeMs932 } from './ms932.js';
import { corpusPlans, type CorpusPlan, type Weekday } from './plans.js';
import { fullWidthDigits, halfWidthKana, lineProviderName, monthOnlyStyles, vendorStyles, type VendorStyle } from './styles.js';

export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'styles');

const version = '202407';
const insurer = '089999';
const sender = { office: '0899000950', type: '43', name: '架空ケアプランセンター', postal: '317-0950', address: '架空県架空市本町5-5' };
const destination = { office: '0899000211', type: '11' };
const timestamp = '20250701093000';
const weekdayCodes: Record<Weekday, string> = { 月: '1', 火: '2', 水: '3', 木: '4', 金: '5', 土: '6', 日: '7' };

/** A field: free text (which styles quote, widen or narrow) or a code, number or date. */
type Cell = { value: string; text: boolean };
const t = (value: string): Cell => ({ value, text: true });
const c = (value: string | number | undefined): Cell => ({ value: value === undefined ? '' : String(value), text: false });
const date = (iso: string | undefined) => c(iso?.replaceAll('-', ''));
const blank = (count: number): Cell[] => Array.from({ length: count }, () => c(''));

function field(cell: Cell, style: VendorStyle): string {
  let value = cell.value.replace(/\r?\n/gu, style.innerBreak);
  if (cell.text && style.fullWidth) value = fullWidthDigits(value);
  if (cell.text && style.halfWidthKana) value = halfWidthKana(value);
  const quote = style.quoting === 'all' || (style.quoting === 'text' && cell.text) || /[",\r\n]/u.test(value);
  return quote ? `"${value.replaceAll('"', '""')}"` : value;
}

const keys = (plan: CorpusPlan): Cell[] => [c(version), c(insurer), c(plan.insuredNumber)];

/** 利用者補足情報 (63 items). */
function supplementRow(plan: CorpusPlan): Cell[] {
  const cert = plan.certification;
  return [
    ...keys(plan),
    date(plan.planDate),
    t(plan.nameKana),
    t(plan.name),
    c(plan.sex),
    date(plan.birthDate),
    c('317-0950'),
    t('架空県架空市本町6-6'),
    t(''),
    c('0294-00-0950'),
    date(cert.certifiedOn),
    date(cert.validFrom),
    date(cert.validTo),
    c('2'),
    c(''),
    c(plan.careLevel),
    c(plan.limitUnits),
    ...blank(36 + 4),
    c(sender.office),
    c(sender.office),
    t(''),
    c('000000'),
  ];
}

/** 第1表 (28 items). */
function plan1Row(plan: CorpusPlan, style: VendorStyle): Cell[] {
  const cert = plan.certification;
  return [
    ...keys(plan),
    date(plan.createdOn),
    c('317-0950'),
    t('架空県架空市本町6-6'),
    t(''),
    t('架空 ケアマネ'),
    t(sender.name),
    c(sender.postal),
    t(sender.address),
    t(''),
    c(sender.office),
    date(plan.planDate),
    date(plan.planDate),
    c('11'),
    c('2'),
    date(cert.certifiedOn),
    date(cert.validFrom),
    date(cert.validTo),
    c(plan.careLevel),
    t(style.intentions(plan)),
    t('特になし'),
    t(style.policy(plan)),
    c(plan.livingSupportReason),
    t(''),
    c(sender.office),
    t(''),
  ];
}

/** 第2表 (22 items): one row per 援助内容, one per goal without any and one per need without goal. */
function plan2Rows(plan: CorpusPlan, style: VendorStyle): Cell[][] {
  const rows: Cell[][] = [];
  plan.needs.forEach((need, n) => {
    const head = [...keys(plan), date(plan.createdOn), date(plan.planDate), c(n + 1)];
    const ltg = need.longTerm;
    if (!ltg) {
      rows.push([...head, t(need.text), c(''), t(''), t(''), t(''), t(''), c(''), t(''), c(''), t(''), c(''), t(''), t(''), t(''), c(sender.office), t('')]);
      return;
    }
    let rowInNeed = 0;
    ltg.shortTerms.forEach((stg, s) => {
      const lines = stg.lines.length > 0 ? stg.lines : [undefined];
      lines.forEach((line, k) => {
        rowInNeed += 1;
        const firstOfNeed = rowInNeed === 1;
        const firstOfGoal = k === 0;
        const repeat = style.continuation === 'repeat';
        const goalNo = style.goalNumbers === 'per-row' ? rowInNeed : style.goalNumbers === 'first-row-only' && !firstOfGoal ? '' : s + 1;
        const lineCells: Cell[] = line
          ? [
              c(k + 1),
              t(line.content),
              c(line.service ? 'Y' : style.informalInsured),
              t(line.service ? style.serviceType(line.service.type) : style.informalType),
              c(line.service?.provider.number),
              t(lineProviderName(line)),
              t(style.frequency(line.frequency)),
              t(style.period(line.period)),
            ]
          : [c(''), t(''), c(''), t(''), c(''), t(''), t(''), t('')];
        rows.push([
          ...head,
          t(repeat || firstOfNeed ? need.text : ''),
          c(goalNo),
          t(repeat || firstOfNeed ? ltg.text : ''),
          t(repeat || firstOfGoal ? stg.text : ''),
          t(repeat || firstOfNeed ? style.period(ltg.period) : ''),
          t(repeat || firstOfGoal ? style.period(stg.period) : ''),
          ...lineCells,
          c(sender.office),
          t(''),
        ]);
      });
    });
  });
  return rows;
}

/** 第3表 (13 items). */
function plan3Rows(plan: CorpusPlan): Cell[][] {
  return plan.weekly.map((w) => [
    ...keys(plan),
    date(plan.createdOn),
    date(plan.planDate),
    t(w.content),
    c(weekdayCodes[w.day]),
    c(w.start.replace(':', '')),
    c(w.end.replace(':', '')),
    t(''),
    c(''),
    c(''),
    t(''),
  ]);
}

function fileName(kind: string, style: VendorStyle): string {
  const month = kind === 'UPHOSOKU' ? '_000000' : '';
  return `${kind}${month}_${sender.office}_${sender.type}_${destination.office}_${destination.type}_${timestamp}${style.extension}`;
}

/** A month-only style is right only while every period covers whole months. */
function checkWholeMonths(): void {
  const periods = corpusPlans.flatMap((p) =>
    p.needs.flatMap((n) => (n.longTerm ? [n.longTerm.period, ...n.longTerm.shortTerms.flatMap((s) => [s.period, ...s.lines.map((l) => l.period)])] : [])),
  );
  for (const { start, end } of periods) {
    const next = new Date(`${end}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (!start.endsWith('-01') || next.getUTCDate() !== 1) throw new Error(`期間 ${start}～${end} は月単位ではないため、${monthOnlyStyles.join('・')} では書けません`);
  }
}

/** The four files of one style: one send unit holding every plan. */
export function styleFiles(style: VendorStyle): { name: string; bytes: Uint8Array }[] {
  const tables: [string, Cell[][]][] = [
    ['UPHOSOKU', corpusPlans.map(supplementRow)],
    ['UP1KYO', corpusPlans.map((p) => plan1Row(p, style))],
    ['UP2KYO', corpusPlans.flatMap((p) => plan2Rows(p, style))],
    ['UP3KYO', corpusPlans.flatMap(plan3Rows)],
  ];
  return tables.map(([kind, rows]) => ({
    name: fileName(kind, style),
    bytes: encodeMs932(rows.map((cells) => cells.map((cell) => field(cell, style)).join(',')).join(style.lineEnd) + style.lineEnd),
  }));
}

/** Every file of the corpus, by path below the corpus folder (`<style-id>/<file name>`). */
export function corpusFiles(): { path: string; bytes: Uint8Array }[] {
  checkWholeMonths();
  return vendorStyles.flatMap((style) => styleFiles(style).map((f) => ({ path: `${style.id}/${f.name}`, bytes: f.bytes })));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = corpusFiles();
  rmSync(corpusDir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(corpusDir, file.path)), { recursive: true });
    writeFileSync(join(corpusDir, file.path), file.bytes);
  }
  console.log(`${files.length} files written to ${corpusDir} (${readdirSync(corpusDir).length} styles)`);
}
