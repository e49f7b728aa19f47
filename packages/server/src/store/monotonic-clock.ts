/**
 * A clock of ISO 8601 UTC timestamps that never repeats or goes back within this process, so
 * "ordered by creation" and "newest first" are well defined even for writes in the same
 * millisecond (or after the system clock is set back).
 */
export function monotonicClock(source: () => number = Date.now): () => string {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const next = Math.max(source(), last + 1);
    last = next;
    return new Date(next).toISOString();
  };
}
