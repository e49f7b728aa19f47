/**
 * TextDecoder without DOM or Node type libraries: core compiles with neither, but every runtime
 * Kizuki supports (Node 20 with full ICU, current browsers) has it, including 'shift_jis'.
 */
export interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

/** A new decoder for `label` ('shift_jis', 'utf-8'); `fatal` throws on malformed bytes. */
export function newTextDecoder(label: string, fatal = false): TextDecoderLike {
  const Ctor = (globalThis as unknown as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (!Ctor) throw new Error('TextDecoder is not available in this runtime');
  return new Ctor(label, { fatal });
}
