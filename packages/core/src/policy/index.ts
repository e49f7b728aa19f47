export * from './rule-ids.js';
export * from './feature-ids.js';
export * from './policy-pack.schema.js';
export * from './statute-ref.js';
export * from './parse-policy-pack.js';
export * from './resolve-policy-pack.js';
export * from './render-policies-markdown.js';
export * from './diff-policy-packs.js';
