/**
 * `/` — the question: region, date (today by default), service words; examples, and the regions
 * the knowledge base has acts for.
 */
import { kbTotals, listRegions } from '../../../kb/index.js';
import type { ApiDeps } from '../../deps.js';
import { Layout } from '../components/layout.js';
import { QuestionForm } from '../components/question-form.js';
import { ruDate } from '../format/dates-ru.js';
import { ACTS, DOCUMENTS, REGULATIONS, plural } from '../format/plural-ru.js';

const EXAMPLE_SERVICE = 'медико-социальных учреждениях';

/** The worked example of the domain primer, on three dates. */
const EXAMPLES = [
  { date: '2018-05-01', says: 'редакция постановления № 34' },
  { date: '2018-08-01', says: 'редакция постановления № 119' },
  { date: '2020-08-01', says: 'регламент уже не действует' },
];

/**
 * Renders the home page.
 * @param deps knowledge base and clock
 * @returns the page
 */
export async function homePage({ kb, today }: ApiDeps) {
  const [regions, totals] = await Promise.all([listRegions(kb), kbTotals(kb)]);
  const withActs = regions.filter((r) => r.acts > 0 || r.regulations > 0);
  const date = today();
  return (
    <Layout title="Какие регламенты действовали на дату" section="ask">
      <h1>Какие регламенты действовали в регионе на дату?</h1>
      <p>
        Укажите регион и дату — получите регламенты государственных услуг, которые применялись в этот день, с редакцией,
        датами вступления в силу и утраты силы, степенью их точности и источниками.
      </p>
      <QuestionForm values={{ region: '', date, service: '' }} regions={regions} />
      <h2>Примеры</h2>
      <ul>
        {EXAMPLES.map((e) => (
          <li>
            <a href={`/answer?${new URLSearchParams({ region: 'ЗКО', date: e.date, service: EXAMPLE_SERVICE })}`}>
              ЗКО, {ruDate(e.date)}, «{EXAMPLE_SERVICE}»
            </a>{' '}
            <span class="muted">— {e.says}</span>
          </li>
        ))}
      </ul>
      <h2>Что есть в базе</h2>
      <p>
        {plural(totals.documents, DOCUMENTS)}, {plural(totals.acts, ACTS)} (включая известные только по ссылкам),{' '}
        {plural(totals.regulations, REGULATIONS)}.
      </p>
      <ul>
        {withActs.map((r) => (
          <li>
            <a href={`/answer?${new URLSearchParams({ region: r.name, date })}`}>{r.name}</a>{' '}
            <span class="muted">
              — {plural(r.acts, ACTS)}, {plural(r.regulations, REGULATIONS)}
            </span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
