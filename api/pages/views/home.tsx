/**
 * `/` — the question: region, date (today by default), service words; examples taken from the
 * knowledge base (a date on which documents applied, a document after its end), and the regions
 * the knowledge base has acts for, each linked on a date its documents applied.
 */
import { kbTotals, listRegions } from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { Layout } from '../components/layout.js';
import { homeExamples, regionExamples } from '../data/examples.js';
import { QuestionForm } from '../components/question-form.js';
import { ruDate } from '../format/dates-ru.js';
import { ACTS, DOCUMENTS, REGULATIONS, plural } from '../format/plural-ru.js';

/**
 * Renders the home page.
 * @param deps knowledge base and clock
 * @returns the page
 */
export async function homePage({ kb, today }: ApiDeps) {
  const [regions, totals, perRegion, examples] = await Promise.all([
    listRegions(kb),
    kbTotals(kb),
    regionExamples(kb),
    homeExamples(kb),
  ]);
  const withActs = regions.filter((r) => r.acts > 0 || r.regulations > 0);
  const nameOf = new Map(regions.map((r) => [r.id, r.name]));
  const date = today();
  return (
    <Layout title="Какие регламенты действовали на дату" section="ask">
      <h1>Какие регламенты действовали в регионе на дату?</h1>
      <p>
        Укажите регион и дату — получите регламенты государственных услуг, которые применялись в этот день, с редакцией,
        датами вступления в силу и утраты силы, степенью их точности и источниками.
      </p>
      <QuestionForm values={{ region: '', date, service: '' }} regions={regions} />
      {examples.length ? (
        <>
          <h2>Примеры</h2>
          <ul id="examples">
            {examples.map((e) => {
              const region = nameOf.get(e.regionId) ?? e.regionId;
              const query = new URLSearchParams({ region, date: e.date, ...(e.service ? { service: e.service } : {}) });
              return (
                <li>
                  <a href={`/answer?${query}`}>
                    {region}, {ruDate(e.date)}
                    {e.service ? `, «${e.service}»` : ''}
                  </a>{' '}
                  <span class="muted">
                    —{' '}
                    {e.shows === 'applies'
                      ? 'какие документы действовали'
                      : 'документ уже утратил силу: когда и каким актом'}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h2>Что есть в базе</h2>
      <p>
        {plural(totals.documents, DOCUMENTS)}, {plural(totals.acts, ACTS)} (включая известные только по ссылкам),{' '}
        {plural(totals.regulations, REGULATIONS)}.
      </p>
      <ul>
        {withActs.map((r) => (
          <li>
            <a href={`/answer?${new URLSearchParams({ region: r.name, date: perRegion.get(r.id)?.date ?? date })}`}>
              {r.name}
            </a>{' '}
            {perRegion.get(r.id) ? <span class="muted">на {ruDate(perRegion.get(r.id)!.date)}</span> : null}{' '}
            <span class="muted">
              — {plural(r.acts, ACTS)}, {plural(r.regulations, REGULATIONS)}
            </span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
