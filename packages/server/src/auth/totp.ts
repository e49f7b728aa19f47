import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 6238 TOTP as authenticator apps compute it: HMAC-SHA1, 30-second steps, 6 digits. */
export const totpStepSeconds = 30;
export const totpDigits = 6;
/** steps accepted on each side of the current one (clock drift between phone and server) */
export const totpWindow = 1;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += base32Alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += base32Alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 (RFC 4648), ignoring case, spaces and padding; throws on another character. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = base32Alphabet.indexOf(ch);
    if (index < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new 160-bit secret (the size RFC 4226 recommends for HMAC-SHA1), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The step number of an instant (RFC 6238 T). */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / totpStepSeconds);
}

/** HOTP (RFC 4226) of one counter with a raw key, `digits` long. */
export function hotp(key: Buffer, counter: number, digits = totpDigits): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator app shows for a base32 secret at an instant. */
export function totpCode(secret: string, atMs: number): string {
  return hotp(base32Decode(secret), totpStep(atMs));
}

/**
 * The step a code matches within ±window of `atMs`, or undefined. Steps at or before
 * `lastUsedStep` never match: a code once accepted cannot be replayed (RFC 6238 §5.2).
 */
export function matchTotp(secret: string, code: string, atMs: number, lastUsedStep = -1): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const key = base32Decode(secret);
  const now = totpStep(atMs);
  const sent = Buffer.from(code);
  let matched: number | undefined;
  for (let step = now - totpWindow; step <= now + totpWindow; step += 1) {
    if (step <= lastUsedStep) continue;
    // Compare every candidate in constant time, so the timing does not tell which step matched.
    if (timingSafeEqual(Buffer.from(hotp(key, step)), sent) && matched === undefined) matched = step;
  }
  return matched;
}

/** The otpauth:// URI authenticator apps read (Key Uri Format). */
export function otpauthUri(secret: string, account: string, issuer = 'Kizuki'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: String(totpDigits), period: String(totpStepSeconds) });
  return `otpauth://totp/${label}?${params.toString()}`;
}
