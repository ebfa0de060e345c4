/**
 * The MCP server over the knowledge base (issue 22): seven read-only tools, each a thin layer over
 * a kb/ query, whose answers carry citation links to the web pages and the wording of every date.
 * One server per HTTP request (`http.ts`, stateless) or per stdio session (`zankb mcp`).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { Kb } from '../../kb/index.js';
import { createLoader } from '../pages/data/loader.js';
import type { ToolContext } from './context.js';
import { INSTRUCTIONS } from './instructions.js';
import { linksFor } from './links.js';
import { guarded } from './result.js';
import {
  ActInput,
  ApplicableRulesInput,
  CompareEditionsInput,
  RegionsInput,
  RegulationHistoryInput,
  RegulationTextInput,
  SearchInput,
} from './schemas.js';
import { actTool } from './tools/act.js';
import { applicableRules } from './tools/applicable-rules.js';
import { compareEditions, regulationHistory, regulationText } from './tools/regulations.js';
import { regionsTool } from './tools/regions.js';
import { searchTool } from './tools/search.js';

/** What the server needs. */
export interface McpServerOptions {
  kb: Kb;
  /** Base of the citation links (`http://localhost:3000`). */
  baseUrl: string;
  /** Today's date (ISO). */
  today: () => string;
  /** Unexpected errors with stacks; defaults to stderr. */
  logError?: (line: string) => void;
}

/** The server's name and version as clients see them. */
const SERVER_INFO = { name: 'zankb', version: '0.1.0' } as const;

/** Every tool is read-only, idempotent and closed-world (answers come from the knowledge base only). */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/**
 * Builds a server with every tool registered.
 * @param options knowledge base, base URL, clock
 * @returns the server, not yet connected to a transport
 */
export function createMcpServer(options: McpServerOptions): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS, capabilities: { tools: {} } });
  const links = linksFor(options.baseUrl);
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const tool = <S extends z.ZodObject>(
    name: string,
    title: string,
    description: string,
    schema: S,
    run: (ctx: ToolContext, input: z.output<S>) => Promise<CallToolResult>,
  ) =>
    server.registerTool(
      name,
      { title, description, inputSchema: schema, annotations: { title, ...READ_ONLY } },
      // The SDK types the callback by a conditional type that TypeScript cannot resolve for a
      // generic schema; the SDK validates `input` against `schema` before calling it.
      ((input: z.output<S>) =>
        guarded(
          () => run({ kb: options.kb, links, load: createLoader(options.kb), today: options.today }, input),
          logError,
        )) as never,
    );

  tool(
    'applicable_rules',
    'Regulations that applied',
    'Which regulations (регламенты, правила, …) applied in a region on a date, optionally only those whose name ' +
      'has the given words: for each, the edition that applied (the act and appendix), from when and until when ' +
      'it applies with the certainty of each date (exact, bounded, estimated), "uncertain" with the window when ' +
      'the date falls where it may not yet or no longer apply, the reason, and links to the pages and the source ' +
      'sentences. Says so, and why, when nothing applied.',
    ApplicableRulesInput,
    applicableRules,
  );
  tool(
    'regulation_text',
    'Text of a regulation on a date',
    'The text of a regulation as in force on a date (Markdown), or one provision of it, with the edition, its ' +
      'dates and their certainty, its contents (provision ids) and a link to the provision on the page.',
    RegulationTextInput,
    regulationText,
  );
  tool(
    'regulation_history',
    'Editions of a regulation',
    'Every edition of a regulation over time, across the acts that replaced it: the act that made ' +
      'each edition, from when and until when it applied (with certainty), how it ended, and the ' +
      'sentences of the source acts those dates come from, each linked.',
    RegulationHistoryInput,
    regulationHistory,
  );
  tool(
    'compare_editions',
    'Compare two editions',
    'What changed between two editions of a regulation, each named by a date (the edition in force then) ' +
      'or by its ordinal from regulation_history: both editions with their dates, word counts, and the ' +
      'inserted and deleted passages, with a link to the comparison page.',
    CompareEditionsInput,
    compareEditions,
  );
  tool(
    'act',
    'An act',
    'One act (resolution, decision, order): its name, status, commencement, from when and until when it was in ' +
      'force (with certainty), what it amends and repeals and what amended or repealed it, the regulations it ' +
      'approved or carries, each fact read from its text with a link to the place, and what the parser was unsure ' +
      'of.',
    ActInput,
    actTool,
  );
  tool(
    'search',
    'Search the texts',
    'Full-text search over regulation and act texts (every word must occur, any Russian word form), ' +
      'optionally only texts that applied on a date and in a region: snippets, the act and provision of each ' +
      'hit, the dates of its text with certainty, and links to the provision.',
    SearchInput,
    searchTool,
  );
  tool(
    'regions',
    'Find a region',
    'How a region as typed (any grammatical case, abbreviations like ЗКО, districts, cities) is ' +
      'understood: the region it names, what else it could mean, which districts and cities a question ' +
      'about it includes, and how many acts and regulations their bodies issued.',
    RegionsInput,
    regionsTool,
  );
  return server;
}
