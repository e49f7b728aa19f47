/**
 * Caches that live for one audit run. Several rules read the same facts of a case file (its
 * service lines, its plans' providers) and the same texts (a goal is judged for vagueness, for a
 * service named as the goal …); each is derived once per run. Outside a run the functions
 * compute directly, and every cache is emptied when the run ends, so an edited case file is
 * never answered from an old derivation.
 *
 * Facts of one case file (keyed by its objects) are kept only while the audit looks at that case
 * file: the engine calls {@link releaseCaseFileMemos} before moving to the next one, so a run over
 * thousands of case files does not keep every derivation alive to its end. Derivations of texts
 * and lexicons (keyed by strings and pack lists) serve the whole run: plans repeat wordings.
 */

/** How long a memo keeps its values: the whole run, or the case file being audited. */
export type MemoScope = 'run' | 'caseFile';

interface Clearable {
  clear(): void;
}

let running = false;
/** Counts runs (and case files within runs): a cache filled under another count is registered anew. */
let runCount = 0;
let caseFileCount = 0;
/** Caches holding values of the current run / case file, emptied when it ends. */
const runCaches: Clearable[] = [];
const caseFileCaches: Clearable[] = [];

function clearAll(caches: Clearable[]): void {
  for (const cache of caches) cache.clear();
  caches.length = 0;
}

/** Runs `work` with the run caches on (nested calls share the outer run's caches). */
export function withRunMemo<T>(work: () => T): T {
  if (running) return work();
  running = true;
  runCount += 1;
  caseFileCount += 1;
  try {
    return work();
  } finally {
    running = false;
    clearAll(caseFileCaches);
    clearAll(runCaches);
  }
}

/** Empties the caches of the case file just audited (scope `caseFile`); the run's caches stay. */
export function releaseCaseFileMemos(): void {
  if (!running) return;
  clearAll(caseFileCaches);
  caseFileCount += 1;
}

/**
 * `derive` memoized per run (or per case file, with scope `caseFile`) by its argument: a text,
 * or an object by identity.
 */
export function memoInRun<K, V>(derive: (key: K) => V, scope: MemoScope = 'run'): (key: K) => V {
  const cache = new Map<K, V>();
  let registeredAt = 0;
  return (key) => {
    if (!running) return derive(key);
    const count = scope === 'run' ? runCount : caseFileCount;
    if (registeredAt !== count) {
      registeredAt = count;
      (scope === 'run' ? runCaches : caseFileCaches).push(cache);
    }
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/** `derive` memoized per run by a list (a lexicon, by identity) and a text. */
export function memoByListInRun<V>(derive: (text: string, list: readonly string[]) => V): (text: string, list: readonly string[]) => V {
  const byList = new Map<readonly string[], Map<string, V>>();
  // Rules ask with the same lexicon many times in a row: the last list's cache is at hand.
  let lastList: readonly string[] | undefined;
  let lastCache: Map<string, V> | undefined;
  const caches: Clearable = {
    clear() {
      byList.clear();
      lastList = undefined;
      lastCache = undefined;
    },
  };
  let registeredAt = 0;
  return (text, list) => {
    if (!running) return derive(text, list);
    if (registeredAt !== runCount) {
      registeredAt = runCount;
      runCaches.push(caches);
    }
    let cache: Map<string, V>;
    if (list === lastList && lastCache !== undefined) cache = lastCache;
    else {
      cache = byList.get(list) ?? new Map<string, V>();
      byList.set(list, cache);
      lastList = list;
      lastCache = cache;
    }
    const cached = cache.get(text);
    if (cached !== undefined || cache.has(text)) return cached as V;
    const value = derive(text, list);
    cache.set(text, value);
    return value;
  };
}
