import { describe, expect, it } from 'vitest';
import { commandHelp, commandHelpText, usageOf, usageText, type CommandHelp } from './help.js';
import { dispatchedCommands, runCli, type CliIo } from './run-cli.js';

function captured(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { env: {}, out: (t) => (out += t), err: (t) => (err += t), stdout: () => out, stderr: () => err };
}

const names = Object.keys(commandHelp) as (keyof typeof commandHelp)[];

describe('help of the kizuki commands', () => {
  it('has a help entry for every command the dispatcher runs, and no entry without a command', () => {
    expect([...dispatchedCommands()].sort()).toEqual([...names].sort());
  });

  it.each(names)('gives %s a usage, a summary, an example and its exit codes, 0 and 1 first', (name) => {
    const help: CommandHelp = commandHelp[name];
    expect(help.usage.length).toBeGreaterThan(0);
    expect(help.summary).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
    expect(help.examples.length).toBeGreaterThan(0);
    // 0 success and 1 error for every command; a command may add its own (verify-log: 2 for a broken chain).
    expect(help.exitCodes.map(([code]) => code).slice(0, 2)).toEqual([0, 1]);
    for (const [flag, meaning] of help.options ?? []) {
      expect(flag).not.toBe('');
      expect(meaning).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
    }
    const text = commandHelpText(name);
    for (const heading of ['使い方:', '例:', '終了コード:']) expect(text).toContain(heading);
    if (help.options) expect(text).toContain('オプション:');
  });

  it.each(names)('prints the help of %s for --help, -h anywhere after it, and help %s, with exit code 0 and nothing run', async (name) => {
    for (const argv of [[name, '--help'], [name, 'extra', '-h'], ['help', name]]) {
      const io = captured();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.stdout()).toBe(commandHelpText(name));
      expect(io.stderr()).toBe('');
    }
  });

  it('lists every command but the internal start-demo in the top-level usage', async () => {
    const io = captured();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout()).toBe(usageText());
    for (const name of names) {
      const line = `  ${commandHelp[name].usage[0]}\n`;
      if (name === 'start-demo') expect(io.stdout()).not.toContain(line);
      else expect(io.stdout()).toContain(line);
    }
    const bare = captured();
    expect(await runCli([], bare)).toBe(1);
    expect(bare.stdout()).toBe(usageText());
  });

  it('refuses help for a command that does not exist, in Japanese', async () => {
    await expect(runCli(['help', 'inspect'], captured())).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('「inspect」というコマンドはありません') as unknown });
    await expect(runCli(['inspect', '--help'], captured())).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('names the whole help in the usage of error messages', () => {
    expect(usageOf('csv')).toContain('kizuki csv import PATH [--org ORG_ID | --create-office] [--quiet]');
    expect(usageOf('csv')).toContain('（詳しくは kizuki csv --help）');
  });
});
