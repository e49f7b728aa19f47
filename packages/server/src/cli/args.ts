import { KizukiError } from '@kizuki/core';
import { parseArgs } from 'node:util';

export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** parseArgs with Japanese errors for unknown or malformed options. */
export function parseOptions(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>,
  allowPositionals = false,
): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new KizukiError('bad_request', `オプションが正しくありません: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The value of a required option, or a Japanese error naming it. */
export function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new KizukiError('bad_request', `--${name} を指定してください。`);
  }
  return value.trim();
}

/** The value of an optional string option. */
export function optional(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
