/**
 * The question form: region (typeahead over the gazetteer through a `<datalist>`: names and
 * abbreviations, no script needed), date, optional words of the document's name and an optional
 * kind of document (rules, rates, …). A GET form, so the answer has a stable URL:
 * `/answer?region=ЗКО&date=2018-08-01&service=…&kind=rules`.
 */
import type { RegionSummary } from '../../../kb/index.js';
import { KIND_OPTIONS } from '../format/kinds-ru.js';
import { DATE_ATTRS, shownDate } from '../format/date-input.js';

/** Values and errors of the form's fields. */
export interface QuestionValues {
  region: string;
  date: string;
  service: string;
  /** A RegulationKind, or '' for every kind. */
  kind?: string;
}

/** Per-field error messages. */
export type QuestionErrors = Partial<Record<keyof QuestionValues, string>>;

/**
 * The form.
 * @param props current values, errors, the gazetteer, and whether it is the compact version on the answer page
 */
export function QuestionForm({
  values,
  errors = {},
  regions,
  compact = false,
}: {
  values: QuestionValues;
  errors?: QuestionErrors;
  regions: RegionSummary[];
  compact?: boolean;
}) {
  return (
    <search aria-label="Вопрос о действующих регламентах">
      <form class="panel" action="/answer" method="get">
        <div class="field">
          <label for="q-region">Регион</label>
          <input
            id="q-region"
            name="region"
            list="regions"
            required
            autocomplete="off"
            value={values.region}
            placeholder="ЗКО, Западно-Казахстанская область…"
            aria-describedby={errors.region ? 'q-region-err' : 'q-region-hint'}
            aria-invalid={errors.region ? 'true' : undefined}
          />
          {errors.region ? (
            <span id="q-region-err" class="hint" role="alert">
              {errors.region}
            </span>
          ) : compact ? null : (
            <span id="q-region-hint" class="hint">
              Область, район или город в любом падеже; сокращения (ЗКО, СКО, ВКО).
            </span>
          )}
        </div>
        <div class="field">
          <label for="q-date">Дата</label>
          <input
            id="q-date"
            name="date"
            {...DATE_ATTRS}
            required
            value={shownDate(values.date)}
            aria-describedby={errors.date ? 'q-date-err' : undefined}
            aria-invalid={errors.date ? 'true' : undefined}
          />
          {errors.date ? (
            <span id="q-date-err" class="hint" role="alert">
              {errors.date}
            </span>
          ) : null}
        </div>
        <div class="field">
          <label for="q-service">Название (необязательно)</label>
          <input
            id="q-service"
            name="service"
            value={values.service}
            placeholder="например: жилищной помощи"
            aria-describedby={compact ? undefined : 'q-service-hint'}
          />
          {compact ? null : (
            <span id="q-service-hint" class="hint">
              Слова из названия услуги, правил или другого документа, в любой форме.
            </span>
          )}
        </div>
        <div class="field">
          <label for="q-kind">Вид документа</label>
          <select id="q-kind" name="kind">
            <option value="" selected={!values.kind}>
              любой
            </option>
            {KIND_OPTIONS.map((k) => (
              <option value={k.value} selected={values.kind === k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit">Ответить</button>
        </div>
        <RegionList regions={regions} />
      </form>
    </search>
  );
}

/**
 * The typeahead's options: every region by name, and by each alias (ЗКО → Западно-Казахстанская область).
 * @param props the gazetteer
 */
function RegionList({ regions }: { regions: RegionSummary[] }) {
  const names = new Map(regions.map((r) => [r.id, r.name]));
  const where = (r: RegionSummary) =>
    r.parentId && names.get(r.parentId) ? `${r.name}, ${names.get(r.parentId)}` : r.name;
  return (
    <datalist id="regions">
      {regions.map((r) => (
        <option value={r.name} label={r.parentId ? names.get(r.parentId) : undefined} />
      ))}
      {regions.flatMap((r) => r.aliases.map((a) => <option value={a} label={where(r)} />))}
    </datalist>
  );
}
