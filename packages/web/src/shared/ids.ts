/**
 * A fresh id for a row inside a document (a diagnosis, an attendee …). crypto.randomUUID exists
 * only on https and localhost; getRandomValues works everywhere, so an office server on plain
 * http inside a LAN still gets proper ids.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
