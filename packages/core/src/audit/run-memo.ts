/**
 * Caches that live for one audit run. Several rules read the same facts of a case file (its
 * service lines, its plans' providers) and the same texts (a goal is judged for vagueness, for a
 * service named as the goal …); each is derived once per run. Outside a run the functions
 * compute directly, and nothing is kept after it, so an edited case file is never answered from
 * an old derivation.
 */
let caches: Map<object, Map<unknown, unknown> | WeakMap<object, unknown>> | undefined;

/** Runs `work` with the run caches on (nested calls share the outer run's caches). */
export function withRunMemo<T>(work: () => T): T {
  if (caches) return work();
  caches = new Map();
  try {
    return work();
  } finally {
    caches = undefined;
  }
}

/** `derive` memoized per run by its argument (a text, or an object by identity). */
export function memoInRun<K, V>(derive: (key: K) => V): (key: K) => V {
  const token = {};
  return (key) => {
    if (!caches) return derive(key);
    let cache = caches.get(token) as Map<K, V> | undefined;
    if (!cache) caches.set(token, (cache = new Map()));
    if (cache.has(key)) return cache.get(key)!;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/** `derive` memoized per run by a list (a lexicon, by identity) and a text. */
export function memoByListInRun<V>(derive: (text: string, list: readonly string[]) => V): (text: string, list: readonly string[]) => V {
  const token = {};
  return (text, list) => {
    if (!caches) return derive(text, list);
    let byList = caches.get(token) as WeakMap<readonly string[], Map<string, V>> | undefined;
    if (!byList) caches.set(token, (byList = new WeakMap()));
    let cache = byList.get(list);
    if (!cache) byList.set(list, (cache = new Map<string, V>()));
    if (cache.has(text)) return cache.get(text)!;
    const value = derive(text, list);
    cache.set(text, value);
    return value;
  };
}
