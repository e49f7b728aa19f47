import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The date helpers must not depend on the machine's time zone. Each zone runs in its own
 * process (TZ is read once at start-up), computing the same era-boundary conversions.
 */
const script = `
const d = await import(${JSON.stringify(fileURLToPath(new URL('../../core/src/dates/index.ts', import.meta.url)))});
const out = {
  format: ['2019-04-30', '2019-05-01', '1989-01-07', '1989-01-08', '2025-04-01'].map((iso) => d.formatWareki(iso)),
  parse: ['平成31年4月30日', '令和元年5月1日', 'R7.4.1', '2025-04-01', 'H31.4.30'].map((text) => d.parseDateInput(text)),
  tokyo: [d.tokyoDateOf(new Date('2019-04-30T14:59:59Z')), d.tokyoDateOf(new Date('2019-04-30T15:00:00Z'))],
};
process.stdout.write(JSON.stringify(out));
`;

function runIn(timeZone: string): unknown {
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

const expected = {
  format: ['平成31年4月30日', '令和元年5月1日', '昭和64年1月7日', '平成元年1月8日', '令和7年4月1日'],
  parse: ['2019-04-30', '2019-05-01', '2025-04-01', '2025-04-01', '2019-04-30'],
  tokyo: ['2019-04-30', '2019-05-01'],
};

describe('dates under different machine time zones', () => {
  for (const timeZone of ['Asia/Tokyo', 'UTC', 'America/Los_Angeles']) {
    it(`gives the same 和暦 conversions with TZ=${timeZone}`, () => {
      expect(runIn(timeZone)).toEqual(expected);
    });
  }
});
