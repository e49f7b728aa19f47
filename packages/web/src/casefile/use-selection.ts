import { useState } from 'react';

/** Which document a tab's form edits; `key` changes only when the user picks another one. */
export interface Selection<T> {
  /** React key of the form: a new editor for each pick, the same one when a new document gets its id. */
  key: number;
  id: string | undefined;
  /** Body a new document starts from. */
  initial: T | undefined;
  select: (id: string) => void;
  startNew: (initial: T) => void;
  /** The new document was created: keep the same editor, now with an id. */
  created: (id: string) => void;
}

export function useSelection<T>(defaultId: string | undefined, defaultInitial?: T): Selection<T> {
  const [state, setState] = useState<{ key: number; id: string | undefined; initial: T | undefined }>({ key: 0, id: defaultId, initial: defaultInitial });
  return {
    ...state,
    select: (id) => setState((s) => ({ key: s.key + 1, id, initial: undefined })),
    startNew: (initial) => setState((s) => ({ key: s.key + 1, id: undefined, initial })),
    created: (id) => setState((s) => ({ ...s, id })),
  };
}

/** The latest entry by a date field (ISO dates sort as text); ties keep the later one in the list. */
export function latestBy<T>(items: readonly T[], date: (item: T) => string | undefined): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || (date(item) ?? '') >= (date(best) ?? '')) best = item;
  return best;
}
