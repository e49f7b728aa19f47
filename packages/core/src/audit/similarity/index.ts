export * from './shingles.js';
export * from './minhash.js';
export * from './lsh.js';
export * from './near-duplicates.js';
