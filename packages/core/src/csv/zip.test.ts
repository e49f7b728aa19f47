import { describe, expect, it } from 'vitest';
import { KizukiError } from '../errors/kizuki-error.js';
import { createZipReader, zipFiles } from './zip.js';

// core compiles without DOM types; the encoders are reached through globalThis.
const { TextEncoder: Encoder, TextDecoder: Decoder } = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new () => { decode(bytes: Uint8Array, options?: { stream?: boolean }): string };
};
const text = (s: string) => new Encoder().encode(s);
const files = [
  { name: 'UP1KYO_a.CSV', bytes: text('202407,"架空 花子",'.repeat(200)) },
  { name: 'UP2KYO_a.CSV', bytes: text('202407,"長期目標",'.repeat(300)) },
];

/** Reads a ZIP in chunks of `size`; answers the entries, or the error the reader throws. */
function read(zip: Uint8Array, size = 97): Map<string, string> {
  const out = new Map<string, string>();
  const reader = createZipReader((name) => {
    const decoder = new Decoder();
    let content = '';
    return { push: (chunk) => (content += decoder.decode(chunk, { stream: true })), close: () => out.set(name, content + decoder.decode(new Uint8Array(0))) };
  });
  for (let i = 0; i < zip.length; i += size) reader.push(zip.subarray(i, i + size));
  reader.push(new Uint8Array(0), true);
  return out;
}

function refusal(zip: Uint8Array): string {
  try {
    read(zip);
  } catch (error) {
    expect(error).toBeInstanceOf(KizukiError);
    expect((error as KizukiError).code).toBe('bad_request');
    return (error as KizukiError).message;
  }
  throw new Error('the reader accepted a damaged ZIP');
}

describe('streaming ZIP reader', () => {
  it('reads every entry whatever the chunk size', () => {
    const zip = zipFiles(files);
    for (const size of [1, 7, 4096, zip.length]) expect([...read(zip, size).keys()]).toEqual(['UP1KYO_a.CSV', 'UP2KYO_a.CSV']);
    expect(read(zip).get('UP2KYO_a.CSV')).toBe('202407,"長期目標",'.repeat(300));
  });

  it('refuses an archive cut short anywhere, instead of reading the entries before the cut', () => {
    const zip = zipFiles(files);
    for (const cut of [10, 150, Math.floor(zip.length / 2), zip.length - 30, zip.length - 1]) {
      expect(refusal(zip.slice(0, cut)), `cut at ${cut}`).toMatch(/ZIP/u);
    }
  });

  it('never reads a changed byte silently: every single-byte change is refused or leaves the content as it was', () => {
    const zip = zipFiles(files);
    const original = read(zip);
    const messages: string[] = [];
    for (let at = 0; at < zip.length; at++) {
      const spoiled = zip.slice();
      spoiled[at] = spoiled[at]! ^ 0x55;
      let entries: Map<string, string>;
      try {
        entries = read(spoiled);
      } catch (error) {
        expect((error as KizukiError).code, `byte ${at}`).toBe('bad_request');
        messages.push((error as KizukiError).message);
        continue;
      }
      for (const [name, content] of entries) expect(content, `byte ${at} of ${name}`).toBe(original.get(name));
    }
    expect(messages.some((m) => m.includes('CRC-32が一致しません'))).toBe(true);
  });

  it('refuses bytes that are not a ZIP', () => {
    expect(refusal(text('202407,"架空 花子"\r\n'))).toContain('ZIPファイルとして読めません');
  });
});
