/** Regulations: the applicability answer, timelines, text on a date, diffs of editions. */
import { Hono } from 'hono';
import type { z } from 'zod';
import { diffRegulation, getRegulation, getRegulationText, queryApplicability, versionAt } from '../../kb/index.js';
import type { ApiDeps } from '../deps.js';
import { BAD_PARAMETER, defineRoute, inputsOf, UNKNOWN_ID } from '../route.js';
import { AtDateQuery, DiffQuery, IdParam, RegulationsQuery, TextQuery } from '../schemas/requests.js';
import {
  ApplicabilityAnswer,
  ErrorBody,
  RegulationDiff,
  RegulationText,
  RegulationTimeline,
} from '../schemas/responses.js';

const applicability = defineRoute({
  method: 'get',
  path: '/api/regulations',
  tag: 'regulations',
  summary: 'Which regulations applied on a date in a region',
  description:
    'The applicability answer of contract.md, for every kind of approved document (service regulations, rules, ' +
    'rates, … and acts that are themselves the rule; `kind` filters). A date inside a commencement or repeal window ' +
    'is `uncertain`, with the window. Regulations that no longer (or not yet) apply are absent; when none applies, ' +
    '`ended` and `notYet` say what ended before the date and what starts after it.',
  query: RegulationsQuery,
  responses: { 200: { description: 'The answer', schema: ApplicabilityAnswer }, 400: BAD_PARAMETER },
});

const timeline = defineRoute({
  method: 'get',
  path: '/api/regulations/:id',
  tag: 'regulations',
  summary: 'One regulation with its whole version timeline',
  params: IdParam,
  query: AtDateQuery,
  responses: { 200: { description: 'The timeline', schema: RegulationTimeline }, 400: BAD_PARAMETER, 404: UNKNOWN_ID },
});

const text = defineRoute({
  method: 'get',
  path: '/api/regulations/:id/text',
  tag: 'regulations',
  summary: 'The text in force on a date (Markdown and provisions)',
  params: IdParam,
  query: TextQuery,
  responses: {
    200: { description: 'The edition and its text', schema: RegulationText },
    400: BAD_PARAMETER,
    404: { description: 'Unknown id, or no edition in force on that date (`not_in_force`)', schema: ErrorBody },
  },
});

const diff = defineRoute({
  method: 'get',
  path: '/api/regulations/:id/diff',
  tag: 'regulations',
  summary: 'Word-level diff of two editions',
  description:
    'Name each edition by a date (`from`, `to`: the edition in force then) or by its ordinal ' +
    '(`fromVersion`, `toVersion`).',
  params: IdParam,
  query: DiffQuery,
  responses: {
    200: { description: 'Both editions and the changes', schema: RegulationDiff },
    400: BAD_PARAMETER,
    404: {
      description: 'Unknown id, no edition on a date, or an edition whose text is not imported (`text_not_available`)',
      schema: ErrorBody,
    },
  },
});

export const regulationsDocs = [applicability, timeline, text, diff];

/** @param deps the knowledge base and the clock */
export function regulationsRoutes({ kb, today }: ApiDeps) {
  return new Hono()
    .on(applicability.method, applicability.path, ...inputsOf(applicability), async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await queryApplicability(kb, {
          region: q.region,
          date: q.date,
          ...(q.service ? { service: q.service } : {}),
          ...(q.kind ? { kind: q.kind } : {}),
        }),
      );
    })
    .on(timeline.method, timeline.path, ...inputsOf(timeline), async (c) => {
      const { id } = c.req.valid('param');
      const { date } = c.req.valid('query');
      const answer = await getRegulation(kb, id);
      if (!date) return c.json(answer);
      const d = versionAt(answer.versions, date);
      const body: z.output<typeof RegulationTimeline> = {
        ...answer,
        at: d ? { date, status: d.status, ordinal: d.version.ordinal, window: d.window } : null,
      };
      return c.json(body);
    })
    .on(text.method, text.path, ...inputsOf(text), async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await getRegulationText(kb, id, c.req.valid('query').date ?? today()));
    })
    .on(diff.method, diff.path, ...inputsOf(diff), async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const from = q.fromVersion !== undefined ? { version: q.fromVersion } : { date: q.from! };
      const to = q.toVersion !== undefined ? { version: q.toVersion } : { date: q.to! };
      return c.json(await diffRegulation(kb, id, from, to));
    });
}
