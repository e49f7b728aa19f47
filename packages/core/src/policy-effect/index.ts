export * from './policy-themes.js';
export * from './rule-month-counts.js';
export * from './theme-effect.js';
export * from './effect-aggregates.js';
export * from './effect-verification-text.js';
