/** The peacekit feed model: schema, parsing, dates, vocabularies and the queries widgets share. No DOM. */
export * from './schema.js';
export * from './parse.js';
export * from './problems.js';
export * from './dates.js';
export * from './text.js';
export * from './vocabulary.js';
export * from './vocabulary-resolve.js';
export * from './footprint.js';
export * from './life-footprint.js';
export * from './matrix.js';
export * from './handover.js';
export * from './continuity.js';
export * from './related.js';
