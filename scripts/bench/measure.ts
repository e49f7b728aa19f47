/**
 * Timing and memory helpers shared by the benchmarks. `gc` is reached through V8 flags so that
 * `npm run bench` needs no extra node options; heap figures are after a collection, so they
 * show what the measured step kept, not garbage waiting to be collected.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in bytes. */
export function settledHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

export interface Measured<T> {
  result: T;
  ms: number;
  /** Heap in use (after collection) before and after the step, in bytes. */
  heapBefore: number;
  heapAfter: number;
}

/** Runs `step` once, timing it and measuring the heap it leaves behind. */
export function measure<T>(step: () => T): Measured<T> {
  const heapBefore = settledHeap();
  const started = performance.now();
  const result = step();
  const ms = performance.now() - started;
  return { result, ms, heapBefore, heapAfter: settledHeap() };
}

/** 1234567 → "1,234,567". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes as MB with one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Milliseconds as seconds with two decimals (or ms below 1 s). */
export function duration(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export interface Peaks<T> {
  result: T;
  ms: number;
  /** Heap in use (after collection) and rss before the step, in bytes. */
  heapBefore: number;
  rssBefore: number;
  /** Highest heap in use and rss seen while the step ran (sampled every 20 ms), in bytes. */
  peakHeap: number;
  peakRss: number;
}

/** Runs `step`, sampling heap and rss every 20 ms, and reports their peaks. */
export async function peaks<T>(step: () => Promise<T>): Promise<Peaks<T>> {
  const heapBefore = settledHeap();
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = heapBefore;
  let peakRss = rssBefore;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }, 20);
  const started = performance.now();
  try {
    const result = await step();
    return { result, ms: performance.now() - started, heapBefore, rssBefore, peakHeap, peakRss };
  } finally {
    clearInterval(timer);
  }
}
