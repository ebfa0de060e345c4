/** The shapes kb/ answers with, as zod schemas; kb/types.ts names their inferred types. */
export * from './common.js';
export * from './regulations.js';
export * from './acts.js';
export * from './search.js';
export { sameShape, type Same } from './same.js';
