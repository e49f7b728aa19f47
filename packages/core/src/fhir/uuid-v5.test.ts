import { describe, expect, it } from 'vitest';
import { kizukiFhirBase, kizukiUuidNamespace } from './fhir-systems.js';
import { isUuid, sha1, utf8Bytes, uuidV5 } from './uuid-v5.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** RFC 9562 namespace IDs. */
const dnsNamespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('sha1', () => {
  it('matches the FIPS 180 test vectors, including a two-block message', () => {
    expect(hex(sha1(ascii('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(ascii('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('handles messages around the 55/56/64-byte padding boundaries', () => {
    // Reference digests from Python's hashlib for 'a' * n.
    expect(hex(sha1(ascii('a'.repeat(55))))).toBe('c1c8bbdc22796e28c0e15163d20899b65621d65a');
    expect(hex(sha1(ascii('a'.repeat(56))))).toBe('c2db330f6083854c99d4b5bfb6e8f29f201be699');
    expect(hex(sha1(ascii('a'.repeat(64))))).toBe('0098ba824b5c16427bd7a1122a5a442a25ec644d');
  });
});

describe('utf8Bytes', () => {
  it('encodes 1- to 4-byte characters and replaces lone surrogates', () => {
    expect(hex(utf8Bytes('aé青𠮷'))).toBe('61c3a9e99d92f0a0aeb7');
    expect(hex(utf8Bytes('\ud800'))).toBe('efbfbd');
  });
});

describe('uuidV5', () => {
  it('gives the RFC 9562 / Python uuid5 values', () => {
    expect(uuidV5(dnsNamespace, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Non-ASCII names are hashed as UTF-8 (value from Python's uuid.uuid5).
    expect(uuidV5(urlNamespace, '青葉 チヨ')).toBe('d7c4a2e5-1f28-52de-a7c5-3bde3862b129');
  });

  it('derives the Kizuki namespace from the documented base URL', () => {
    expect(uuidV5(urlNamespace, kizukiFhirBase)).toBe(kizukiUuidNamespace);
  });

  it('sets the version and variant bits and is stable', () => {
    const id = uuidV5(kizukiUuidNamespace, 'Patient/client-1');
    expect(id).toBe('77c75544-074d-5ddd-afcb-bfc88e420201');
    expect(id[14]).toBe('5');
    expect('89ab').toContain(id[19]);
    expect(uuidV5(kizukiUuidNamespace, 'Patient/client-2')).not.toBe(id);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow('namespace');
    expect(isUuid('2ED6657D-E927-568B-95E1-2665A8AEA6A2')).toBe(false);
    expect(isUuid('2ed6657d-e927-568b-95e1-2665a8aea6a2')).toBe(true);
  });
});
