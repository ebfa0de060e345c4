// The import thread's entry when the knowledge base runs from its TypeScript sources (the compiled
// build in dist/ starts worker.js instead): the thread registers tsx's loader itself, as a worker does
// not inherit the loader bin/zankb.js registered.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
