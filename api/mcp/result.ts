/**
 * What a tool call returns: a Markdown text for the assistant to read (every date with its
 * wording, every claim with its link) and the same answer as structured JSON; and failures as
 * tool errors whose message says what was wrong and what would work.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { KbError } from '../../kb/index.js';

/**
 * A successful answer.
 * @param text Markdown for the assistant
 * @param data the same answer as JSON (`structuredContent`)
 * @returns the tool result
 */
export function answer(text: string, data: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text }], structuredContent: data };
}

/**
 * A failed call: `isError` with the message (the SDK reports bad arguments the same way).
 * @param message what was wrong and what would work
 * @returns the tool result
 */
export function failure(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

/** Which tool helps after each knowledge-base error. */
const HINTS: Partial<Record<KbError['code'], string>> = {
  unknown_region: 'The regions tool shows how a name is understood.',
  ambiguous_region: 'The regions tool shows the candidates.',
  not_found: 'Ids come from applicable_rules, search, regulation_history and act; copy them as given.',
  not_in_force: 'regulation_history lists its editions with their dates.',
  text_not_available:
    'Only the dates of that edition are known (its act is known only from other acts); regulation_history shows them.',
};

/**
 * Runs a tool body, turning knowledge-base errors into tool errors with a hint.
 * @param body the tool's work
 * @param logError where unexpected errors (with stacks) go
 * @returns the body's result, or a tool error
 */
export async function guarded(
  body: () => Promise<CallToolResult>,
  logError: (line: string) => void,
): Promise<CallToolResult> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof KbError) {
      const hint = HINTS[e.code];
      const message = /[.!?]$/.test(e.message) ? e.message : `${e.message}.`;
      return failure(`${message}${hint ? ` ${hint}` : ''}`);
    }
    if (e instanceof ToolInputError) return failure(e.message);
    logError(`zankb mcp: ${(e as Error).stack ?? String(e)}`);
    return failure('Internal error; it has been logged on the server.');
  }
}

/** Bad input found by a tool itself (beyond its schema), answered as a tool error. */
export class ToolInputError extends Error {}

/**
 * Cuts a text to a length, saying so.
 * @param s the text
 * @param max most characters kept
 * @returns the text, or its beginning with `…`
 */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
