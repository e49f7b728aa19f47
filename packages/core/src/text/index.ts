export * from './normalize-text.js';
export * from './kana.js';
