import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUri, totpCode, totpStep } from './totp.js';

// RFC 6238 Appendix B: the SHA1 key is the ASCII "12345678901234567890", 8-digit codes.
const rfcKey = Buffer.from('12345678901234567890', 'ascii');
const rfcVectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(rfcVectors)('matches the Appendix B SHA1 vector at T=%i', (seconds, code) => {
    expect(hotp(rfcKey, totpStep(seconds * 1000), 8)).toBe(code);
  });

  it('gives the 6-digit code apps show (the last six digits of the vector) from the base32 secret', () => {
    const secret = base32Encode(rfcKey);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(totpCode(secret, 59_000)).toBe('287082');
    expect(totpCode(secret, 1111111109_000)).toBe('081804');
  });

  it('round-trips base32 and refuses other characters', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(base32Decode('gezd gnbv')).toEqual(base32Decode('GEZDGNBV'));
    expect(() => base32Decode('GEZ1')).toThrow();
  });

  it('accepts one step either side and nothing further', () => {
    const secret = newTotpSecret();
    const at = 1_800_000_000_000;
    const step = totpStep(at);
    expect(matchTotp(secret, totpCode(secret, at), at)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, at - 30_000), at)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, at + 30_000), at)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, at - 60_000), at)).toBeUndefined();
    expect(matchTotp(secret, totpCode(secret, at + 60_000), at)).toBeUndefined();
    expect(matchTotp(secret, '12345', at)).toBeUndefined();
    expect(matchTotp(secret, 'abcdef', at)).toBeUndefined();
  });

  it('refuses a code of a step already used (replay) but takes a later one', () => {
    const secret = newTotpSecret();
    const at = 1_800_000_000_000;
    const step = totpStep(at);
    const code = totpCode(secret, at);
    expect(matchTotp(secret, code, at, step)).toBeUndefined();
    expect(matchTotp(secret, code, at + 20_000, step)).toBeUndefined();
    expect(matchTotp(secret, totpCode(secret, at + 30_000), at, step)).toBe(step + 1);
  });

  it('writes an otpauth URI with the issuer and the account', () => {
    const uri = otpauthUri('GEZDGNBV', 'cm.sato');
    expect(uri.startsWith('otpauth://totp/Kizuki:cm.sato?')).toBe(true);
    const params = new URL(uri).searchParams;
    expect(params.get('secret')).toBe('GEZDGNBV');
    expect(params.get('issuer')).toBe('Kizuki');
    expect(params.get('period')).toBe('30');
  });
});
