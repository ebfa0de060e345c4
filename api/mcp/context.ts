/** What every tool call works with. */
import type { Kb } from '../../kb/index.js';
import type { Loader } from '../pages/data/loader.js';
import type { Links } from './links.js';

export interface ToolContext {
  kb: Kb;
  /** Citation links under the server's base URL. */
  links: Links;
  /** Memoised reads for this call (acts and documents named several times are read once). */
  load: Loader;
  /** Today's date (ISO), for answers about the present. */
  today: () => string;
}
