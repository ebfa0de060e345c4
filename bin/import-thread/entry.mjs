// The import thread's entry: the knowledge base is TypeScript run without a build step, so the
// thread registers tsx's loader itself (a worker does not inherit the loader bin/zankb.js registered).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
