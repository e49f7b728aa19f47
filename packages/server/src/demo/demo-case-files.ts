import { tokyoDateOf } from '@kizuki/core';
import { DemoCalendar, type DemoCaseDefinition, type DemoCaseFile } from './case-files/helpers.js';
import { client01 } from './case-files/client-01.js';
import { client02 } from './case-files/client-02.js';
import { client03 } from './case-files/client-03.js';
import { client04 } from './case-files/client-04.js';
import { client05, client06 } from './case-files/clients-05-06.js';
import { client07, client08 } from './case-files/clients-07-08.js';
import { client09, client10 } from './case-files/clients-09-10.js';
import { client11 } from './case-files/client-11.js';
import { client12, client13 } from './case-files/clients-12-13.js';
import { client14, client15 } from './case-files/clients-14-15.js';
import { client16 } from './case-files/client-16.js';
import { client17, client18 } from './case-files/clients-17-18.js';
import { client19, client20 } from './case-files/clients-19-20.js';

export type { DemoCaseFile, DemoTenant } from './case-files/helpers.js';

/**
 * The demo clients, from exemplary to weak. Each one shows a pattern the audit rules find
 * (or, for the exemplary ones, do not find); demoCaseFileNotes says which.
 */
const definitions: readonly DemoCaseDefinition[] = [
  client01, client02, client03, client04, client05, client06, client07, client08, client09, client10,
  client11, client12, client13, client14, client15, client16, client17, client18, client19, client20,
];

/**
 * About 20 fictional clients' case files for the demo, with every date anchored on `today`
 * (YYYY-MM-DD, default: today in Japan) so the demo always looks current. Deterministic for
 * a given `today`; tenant 'office' is the 居宅介護支援事業所, 'center' the 地域包括支援センター.
 */
export function demoCaseFiles(today: string = tokyoDateOf(new Date())): DemoCaseFile[] {
  const cal = new DemoCalendar(today);
  return definitions.map((definition) => definition.build(cal));
}

/** Client id → one Japanese line on what the case illustrates (for the README and the demo). */
export const demoCaseFileNotes: Record<string, string> = Object.fromEntries(
  definitions.map((definition) => [`demo-client-${String(definition.number).padStart(2, '0')}`, definition.note]),
);
