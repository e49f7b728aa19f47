import { KizukiError } from '@kizuki/core';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * Encrypted backups: the snapshot's JSON sealed with AES-256-GCM under a key derived from a
 * passphrase by scrypt (random salt and IV per file). The envelope is JSON so `restore` can tell it
 * from a plain backup; GCM's tag makes a wrong passphrase or a changed byte fail instead of
 * restoring damaged data.
 */
export interface EncryptedBackup {
  format: 'kizuki-backup-encrypted';
  version: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
  data: string;
}

const kdf = { N: 2 ** 15, r: 8, p: 1 };
const maxmem = 64 * 1024 * 1024;

function keyOf(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem });
}

export function checkPassphrase(passphrase: string): string {
  if (passphrase.length < 12) throw new KizukiError('bad_request', 'バックアップのパスフレーズは12文字以上にしてください。');
  return passphrase;
}

export function encryptBackup(plain: string, passphrase: string): EncryptedBackup {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(passphrase, salt, kdf), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return {
    format: 'kizuki-backup-encrypted',
    version: 1,
    kdf: { name: 'scrypt', ...kdf, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export function isEncryptedBackup(value: unknown): value is EncryptedBackup {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'kizuki-backup-encrypted';
}

export function decryptBackup(envelope: EncryptedBackup, passphrase: string, file: string): string {
  if (envelope.version !== 1 || envelope.cipher !== 'aes-256-gcm' || envelope.kdf?.name !== 'scrypt') {
    throw new KizukiError('validation_failed', `暗号化されたバックアップ「${file}」は、このバージョンのKizukiでは読めない形式です。`);
  }
  try {
    const { N, r, p, salt } = envelope.kdf;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(passphrase, Buffer.from(salt, 'base64'), { N, r, p }), Buffer.from(envelope.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new KizukiError('validation_failed', `バックアップ「${file}」を復号できません。パスフレーズが違うか、ファイルが壊れています。`);
  }
}
