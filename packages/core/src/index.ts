export * from './errors/index.js';
export * from './domain/organization.schema.js';
export * from './domain/document-kind.js';
export * from './domain/index.js';
export * from './dates/index.js';
export * from './text/index.js';
export * from './policy/index.js';
export * from './testing/index.js';
