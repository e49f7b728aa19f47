import { afterEach, beforeEach, describe } from 'vitest';
import type { Backend } from './db-schema.js';
import type { KyselyStore } from './kysely-store.js';
import { accessLogContract } from './testing/access-log.contract.js';
import { accountsContract } from './testing/accounts.contract.js';
import { clientsContract } from './testing/clients.contract.js';
import { documentsContract } from './testing/documents.contract.js';
import { grantsContract } from './testing/grants.contract.js';
import { recordsContract } from './testing/records.contract.js';
import { accessLogChainContract } from './testing/access-log-chain.contract.js';
import { describePostgres } from './testing/describe-postgres.js';
import { snapshotContract } from './testing/snapshot.contract.js';
import { tenancyContract } from './testing/tenancy.contract.js';
import { transactionContract } from './testing/transaction.contract.js';
import { openTestStore, type TestStore } from './testing/test-stores.js';

/** One suite, every backend: each test gets a fresh empty store (temp dir or its own PostgreSQL schema). */
function contract(backend: Backend): void {
  describe(`Store contract on ${backend}`, () => {
    let current: TestStore | undefined;
    beforeEach(async () => {
      current = await openTestStore(backend);
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });
    const store = (): KyselyStore => {
      if (!current) throw new Error('store not open');
      return current.store;
    };
    describe('accounts', () => accountsContract(store));
    describe('clients', () => clientsContract(store));
    describe('documents', () => documentsContract(store));
    describe('tenancy', () => tenancyContract(store));
    describe('access log', () => accessLogContract(store));
    describe('transactions', () => transactionContract(store));
    describe('snapshot', () => snapshotContract(store, () => openTestStore(backend)));
    describe('grants', () => grantsContract(store));
    describe('records', () => recordsContract(store));
    describe('access log chain', () => accessLogChainContract(store));
  });
}

contract('sqlite');
describePostgres('PostgreSQL', () => contract('postgres'));
