/**
 * `/acts/:id` — one act: particulars, its events with evidence, what it amends/repeals and what
 * amends/repeals it (links both ways), the regulations it approves or carries, parsing
 * diagnostics, and its source text with evidence anchored (`#ev-257-273`) — or, for an act known
 * only by reference, the documents that mention it.
 */
import type { Context } from 'hono';
import { listRegions, type ActDetails } from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { ActEvents, ActLinks, ActParticulars, type ActFactsProps } from '../components/act-facts.js';
import { Mentions, SourceTexts } from '../components/act-source.js';
import { Diagnostics } from '../components/diagnostics.js';
import { Layout } from '../components/layout.js';
import { actSource, type ActSource } from '../data/act-source.js';
import { createLoader } from '../data/loader.js';
import { actName, actShort } from '../format/acts-ru.js';
import { boundCause } from '../format/bounds-ru.js';
import { pathId } from '../params.js';
import { sendPage } from '../respond.js';

/**
 * Renders the act page.
 * @param c the request context
 * @param deps knowledge base
 * @returns the page; 404 for an unknown id
 */
export async function actPage(c: Context, deps: ApiDeps): Promise<Response> {
  const id = pathId(c, 'акт');
  const load = createLoader(deps.kb);
  const a = await load.act(id);
  const [source, regions, repealer] = await Promise.all([
    actSource(load, a),
    listRegions(deps.kb),
    a.repealedBy ? load.actOrNull(a.repealedBy.id) : null,
  ]);
  const regionName = regions.find((r) => r.id === a.act.regionId)?.name ?? null;
  const endCause =
    !a.effectiveTo || a.effectiveTo.exact
      ? null
      : a.endKind === 'expired'
        ? 'дата истечения срока в текстах не указана'
        : a.repealedBy
          ? boundCause(repealer ? { ...repealer.act } : null, actShort(a.repealedBy, 'gen'))
          : null;
  return sendPage(c, <ActView facts={{ a, regionName, hrefOf: source.hrefOf, endCause }} source={source} />);
}

function ActView({ facts, source }: { facts: ActFactsProps; source: ActSource }) {
  const a: ActDetails = facts.a;
  const name = actName(a.act);
  return (
    <Layout title={name} apiHref={`/api/acts/${encodeURIComponent(a.act.id)}`}>
      <p class="crumbs">
        <a href="/">Вопрос</a> › акт
      </p>
      <h1>{capitalize(name)}</h1>
      {a.act.title ? <p class="muted">«{a.act.title}»</p> : null}
      <p>
        {a.act.inCorpus ? (
          <span class="badge ok">текст в базе</span>
        ) : (
          <span class="badge off">известен только по ссылкам</span>
        )}
      </p>
      <section aria-labelledby="h-facts">
        <h2 id="h-facts">Сведения об акте</h2>
        <ActParticulars {...facts} />
      </section>
      {a.events.length ? (
        <section aria-labelledby="h-events">
          <h2 id="h-events">Хронология</h2>
          <ActEvents {...facts} />
        </section>
      ) : null}
      <section aria-labelledby="h-links">
        <h2 id="h-links">Связи</h2>
        <ActLinks a={a} />
      </section>
      <section aria-labelledby="h-diag">
        <h2 id="h-diag">Замечания разбора</h2>
        <Diagnostics items={source.diagnostics} />
      </section>
      <section id="source" aria-labelledby="h-source">
        <h2 id="h-source">Источник</h2>
        {source.docs.length ? <SourceTexts docs={source.docs} /> : <Mentions mentions={source.mentions} />}
      </section>
    </Layout>
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
