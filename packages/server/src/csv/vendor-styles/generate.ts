/**
 * Writes the vendor-style corpus: the plans of plans.ts in every style of styles.ts, as
 * ケアプランデータ連携 CSV v4.1 send units (UPHOSOKU, UP1KYO, UP2KYO, UP3KYO) in MS932. It uses none
 * of Kizuki's CSV code: column order is written out here from the standard, quoting is its own and
 * the encoding is the corpora's own MS932 table (vendor-corpus/ms932.ts), so what the reader meets is not
 * what Kizuki's exporter would write.
 *
 *   node --import tsx packages/server/src/csv/vendor-styles/generate.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeMs932 } from '../vendor-corpus/ms932.js';
import { corpusPlans, type CorpusLine, type CorpusPlan } from './plans.js';
import { vendorStyles, type VendorStyle } from './styles.js';

export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), 'styles');

const sender = { office: '0899000900', type: '43', name: '架空居宅介護支援センター', postal: '317-0900', address: '架空県架空市中央1-1' };
const destination = { office: '0899000102', type: '15' };
const timestamp = '20250702101500';
const version = '202407';
const insurer = '089999';

type Cell = { value: string; text: boolean };
const t = (value: string | undefined): Cell => ({ value: value ?? '', text: true });
const n = (value: string | number | undefined): Cell => ({ value: value === undefined ? '' : String(value), text: false });
const ymd = (date: string | undefined) => n(date?.replaceAll('-', ''));
const hhmm = (time: string) => n(time.replace(':', ''));

const toFullWidth = (text: string) => text.replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function field(cell: Cell, style: VendorStyle): string {
  // A line break inside a field is written with the style's line end (some software writes CRLF inside quotes).
  let value = cell.value.replace(/\r?\n/gu, style.lineEnd);
  if (style.fullWidthDigits && cell.text) value = toFullWidth(value);
  const quote = style.quoting === 'all' || (style.quoting === 'text' && cell.text) || /[",\r\n]/u.test(value);
  return quote ? `"${value.replaceAll('"', '""')}"` : value;
}

function line(cells: Cell[], style: VendorStyle): string {
  return cells.map((c) => field(c, style)).join(',');
}

const keys = (plan: CorpusPlan): Cell[] => [n(version), n(insurer), n(plan.insuredNumber)];

function supplementRow(plan: CorpusPlan): Cell[] {
  return [
    ...keys(plan),
    ymd(plan.planDate),
    t(plan.nameKana),
    t(plan.name),
    n(plan.sex),
    ymd(plan.birthDate),
    n('317-0900'),
    t('架空県架空市中央2-2'),
    t(''),
    n('0294-00-0000'),
    ymd(plan.certifiedOn),
    ymd(plan.validFrom),
    ymd(plan.validTo),
    n('2'),
    n(''),
    n(plan.careLevel),
    n(plan.limitUnits),
    ...Array.from({ length: 36 }, () => n('')),
    n(''),
    n(''),
    n(''),
    n(''),
    n(sender.office),
    n(sender.office),
    t(''),
    n('000000'),
  ];
}

function plan1Row(plan: CorpusPlan, style: VendorStyle): Cell[] {
  return [
    ...keys(plan),
    ymd(plan.createdOn),
    n('317-0900'),
    t('架空県架空市中央2-2'),
    t(''),
    t('架空 ケアマネ'),
    t(sender.name),
    n(sender.postal),
    t(sender.address),
    t(''),
    n(sender.office),
    ymd(plan.planDate),
    ymd(plan.planDate),
    n('11'),
    n('2'),
    ymd(plan.certifiedOn),
    ymd(plan.validFrom),
    ymd(plan.validTo),
    n(plan.careLevel),
    t(style.intentions(plan)),
    t('特になし'),
    t(style.policy(plan)),
    n(plan.livingSupportReason),
    t(''),
    n(sender.office),
    t(''),
  ];
}

/** 第2表: one row per 援助内容 (and one per 課題 or goal without any), continuation rows as the style writes them. */
function plan2Rows(plan: CorpusPlan, style: VendorStyle): Cell[][] {
  const rows: Cell[][] = [];
  let rowGoal = 0;
  plan.needs.forEach((need, needIndex) => {
    const needNo = n(needIndex + 1);
    const base = [...keys(plan), ymd(plan.createdOn), ymd(plan.planDate), needNo];
    if (!need.longTerm) {
      rows.push([...base, t(need.text), n(''), t(''), t(''), t(''), t(''), n(''), t(''), n(''), t(''), n(''), t(''), t(''), t(''), n(sender.office), t('')]);
      return;
    }
    const ltg = need.longTerm;
    let first = true;
    ltg.shortTerms.forEach((stg, stgIndex) => {
      stg.lines.forEach((l: CorpusLine, lineIndex) => {
        rowGoal += 1;
        const firstOfGoal = lineIndex === 0;
        const show = style.continuation === 'repeat' || first;
        const showGoal = style.continuation === 'repeat' || firstOfGoal;
        const goalNo = style.goalNumbers === 'per-row' ? rowGoal : style.goalNumbers === 'first-row-only' && !firstOfGoal ? '' : stgIndex + 1;
        rows.push([
          ...base,
          t(show ? need.text : ''),
          n(goalNo),
          t(show ? ltg.text : ''),
          t(showGoal ? stg.text : ''),
          t(show ? style.period(ltg.period) : ''),
          t(showGoal ? style.period(stg.period) : ''),
          n(lineIndex + 1),
          t(l.content),
          n(l.service ? 'Y' : 'N'),
          t(style.serviceType(l)),
          n(l.provider?.number),
          t(l.provider?.name ?? l.informalBy),
          t(style.frequency(l)),
          t(style.period(l.period)),
          n(sender.office),
          t(''),
        ]);
        first = false;
      });
    });
  });
  return rows;
}

function plan3Rows(plan: CorpusPlan): Cell[][] {
  return plan.weekly.map((w) => [...keys(plan), ymd(plan.createdOn), ymd(plan.planDate), t(w.content), n(w.day), hhmm(w.start), hhmm(w.end), t(''), n(''), n(''), t('')]);
}

function fileName(kind: string): string {
  const month = kind === 'UPHOSOKU' ? '_000000' : '';
  return `${kind}${month}_${sender.office}_${sender.type}_${destination.office}_${destination.type}_${timestamp}.csv`;
}

/** The files of one style: one send unit holding every plan. */
export function styleFiles(style: VendorStyle): { name: string; bytes: Uint8Array }[] {
  const files: [string, Cell[][]][] = [
    ['UPHOSOKU', corpusPlans.map(supplementRow)],
    ['UP1KYO', corpusPlans.map((p) => plan1Row(p, style))],
    ['UP2KYO', corpusPlans.flatMap((p) => plan2Rows(p, style))],
    ['UP3KYO', corpusPlans.flatMap(plan3Rows)],
  ];
  return files.map(([kind, rows]) => {
    const text = rows.map((cells) => line(cells, style)).join(style.lineEnd) + style.lineEnd;
    return { name: fileName(kind), bytes: encodeMs932(text) };
  });
}

/** Every file of the corpus, by path below the corpus folder. */
export function corpusFiles(): { path: string; bytes: Uint8Array }[] {
  return vendorStyles.flatMap((style) => styleFiles(style).map((f) => ({ path: join(style.id, f.name), bytes: f.bytes })));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(corpusDir, { recursive: true });
  for (const entry of readdirSync(corpusDir, { withFileTypes: true })) if (entry.isDirectory()) rmSync(join(corpusDir, entry.name), { recursive: true });
  for (const file of corpusFiles()) {
    mkdirSync(dirname(join(corpusDir, file.path)), { recursive: true });
    writeFileSync(join(corpusDir, file.path), file.bytes);
  }
  console.log(`${corpusFiles().length} files written to ${corpusDir}`);
}
