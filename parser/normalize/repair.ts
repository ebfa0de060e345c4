import type { Diagnostic } from '../types.js';
import type { MappedText } from './mapped-text.js';

/** Receives what a repair did or could not do; spans are in original-text coordinates. */
export type Report = (diagnostic: Diagnostic) => void;

/** One normalization step: a pure rewrite of the text that reports its repairs. */
export type Repair = (mt: MappedText, report: Report) => MappedText;
