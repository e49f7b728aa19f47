export * from './match-text.js';
export * from './lexicon-match.js';
export * from './ngrams.js';
export * from './sentence-ending.js';
export * from './concreteness.js';
export * from './stay-frequency.js';
