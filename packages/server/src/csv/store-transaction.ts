import type { Store } from '../store/store.js';

/** A store that can run work in one database transaction (the port's optional transaction API). */
interface TransactionalStore extends Store {
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
}

function isTransactional(store: Store): store is TransactionalStore {
  return typeof (store as Partial<TransactionalStore>).transaction === 'function';
}

/**
 * Runs `work` inside one transaction when the store offers `transaction`, handing it the
 * transaction's store (a query on the outer handle would deadlock a single-connection backend).
 * Without it, `work` runs on the store as is: callers validate everything before their first write,
 * so only a database failure can stop them half-way.
 */
export async function inTransaction<T>(store: Store, work: (tx: Store) => Promise<T>): Promise<T> {
  return isTransactional(store) ? store.transaction(work) : work(store);
}
