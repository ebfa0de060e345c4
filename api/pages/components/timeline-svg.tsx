/**
 * A regulation's editions on a time axis, as inline SVG: one row per edition; a solid bar where
 * the edition surely applies, hatched where a date is only bounded (between "не ранее" and the
 * bound or estimate), a thick tick at exact dates, a dashed red mark at an inferred end, an arrow
 * for an open end, and a red line at the chosen date. Each row links to the edition's text.
 */
import { settledDate, type RegulationVersionOut } from '../../../kb/index.js';
import { dayNumber, ruDate } from '../format/dates-ru.js';
import { actShort } from '../format/acts-ru.js';
import { boundText } from '../format/bounds-ru.js';

const W = 720;
const LEFT = 96;
const RIGHT = 16;
const TOP = 26;
const ROW = 30;
const BAR = 16;
const AXIS = 30;
const INK = '#1f4e79';
const RED = '#b42318';

interface Props {
  versions: RegulationVersionOut[];
  /** The chosen date (ISO). */
  date: string;
  /** Today (ISO), where open ends stop. */
  today: string;
  /** Link for an edition's row (its text), or null when there is none. */
  hrefOf: (v: RegulationVersionOut) => string | null;
}

/**
 * The timeline.
 * @param props editions, chosen date, today, links
 */
export function TimelineSvg({ versions, date, today, hrefOf }: Props) {
  const [d0, d1] = range(versions, date, today);
  const x = (iso: string) => LEFT + ((dayNumber(iso) - d0) / (d1 - d0)) * (W - LEFT - RIGHT);
  const height = TOP + versions.length * ROW + AXIS;
  const start = isoOf(d0);
  const end = isoOf(d1);
  return (
    <svg viewBox={`0 0 ${W} ${height}`} aria-label="Хронология редакций" font-size="13">
      <defs>
        <pattern id="tl-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={INK} stroke-width="3" />
        </pattern>
      </defs>
      <Axis x={x} from={start} to={end} y={TOP + versions.length * ROW} />
      {versions.map((v, i) => (
        <Row v={v} y={TOP + i * ROW} x={x} start={start} end={end} href={hrefOf(v)} />
      ))}
      <line x1={x(date)} x2={x(date)} y1={TOP - 6} y2={TOP + versions.length * ROW} stroke={RED} stroke-width="2" />
      <text x={Math.min(Math.max(x(date), 40), W - 40)} y={TOP - 10} text-anchor="middle" fill={RED} font-weight="700">
        {ruDate(date)}
      </text>
    </svg>
  );
}

function Row({
  v,
  y,
  x,
  start,
  end,
  href,
}: {
  v: RegulationVersionOut;
  y: number;
  x: (iso: string) => number;
  start: string;
  end: string;
  href: string | null;
}) {
  const e0 = v.validFrom.earliest ?? start;
  const s0 = v.validFrom.exact ? e0 : (settledDate(v.validFrom) ?? e0);
  const e1 = v.validTo ? (v.validTo.earliest ?? settledDate(v.validTo) ?? end) : end;
  // An end open on the right (an expiry no text dates) is hatched to the end of the axis.
  const s1 = v.validTo ? (v.validTo.exact ? e1 : (settledDate(v.validTo) ?? end)) : end;
  const top = y + (ROW - BAR) / 2;
  const solidFrom = Math.min(x(s0), x(e1));
  const title =
    `Редакция ${v.ordinal}:` +
    ` ${actShort(v.sourceAct)}${v.appendix !== null ? `, приложение ${v.appendix}` : ''}; ` +
    `с ${boundText(v.validFrom, null)}` +
    (v.validTo ? `; по ${boundText(v.validTo, null)}` : '; окончание неизвестно') +
    (v.textAvailable ? '' : '; текст не импортирован');
  const shapes = (
    <g opacity={v.textAvailable ? undefined : '0.55'}>
      <title>{title}</title>
      <text x={6} y={y + ROW / 2 + 4} fill="#1d1f23">
        <tspan font-weight="700">{v.ordinal}.</tspan> {v.sourceAct.number ? `№ ${v.sourceAct.number}` : ''}
      </text>
      {x(s0) > x(e0) ? <Hatched from={x(e0)} to={x(s0)} top={top} /> : null}
      <rect x={solidFrom} y={top} width={Math.max(0, x(e1) - solidFrom)} height={BAR} fill={INK} />
      {v.validTo && x(s1) > x(e1) ? <Hatched from={x(e1)} to={x(s1)} top={top} /> : null}
      {v.validFrom.exact && v.validFrom.earliest ? (
        <line x1={x(e0)} x2={x(e0)} y1={top - 4} y2={top + BAR + 4} stroke={INK} stroke-width="3" />
      ) : null}
      {v.validTo?.exact ? (
        <line x1={x(e1)} x2={x(e1)} y1={top - 4} y2={top + BAR + 4} stroke={INK} stroke-width="3" />
      ) : null}
      {!v.validTo ? <path d={`M${x(end)} ${top - 3} l8 ${BAR / 2 + 3} l-8 ${BAR / 2 + 3} z`} fill={INK} /> : null}
      {v.endReason === 'base_repealed_inferred' ? <InferredEnd x1={x(e1)} x2={x(s1)} top={top} /> : null}
    </g>
  );
  return href ? (
    <a href={href} aria-label={title}>
      {shapes}
    </a>
  ) : (
    shapes
  );
}

function InferredEnd({ x1, x2, top }: { x1: number; x2: number; top: number }) {
  return (
    <>
      <rect
        x={x1}
        y={top - 4}
        width={Math.max(6, x2 - x1)}
        height={BAR + 8}
        fill="none"
        stroke={RED}
        stroke-width="2"
        stroke-dasharray="4 3"
      />
      <text x={Math.max(x2, x1 + 6) + 4} y={top + BAR - 3} fill={RED} font-weight="700">
        ?
      </text>
    </>
  );
}

function Axis({ x, from, to, y }: { x: (iso: string) => number; from: string; to: string; y: number }) {
  const y0 = Number(from.slice(0, 4)) + 1;
  const y1 = Number(to.slice(0, 4));
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
  const years: number[] = [];
  for (let year = y0; year <= y1; year += step) years.push(year);
  return (
    <g>
      <line x1={LEFT} x2={W - RIGHT} y1={y + 4} y2={y + 4} stroke="#8d949e" />
      {years.map((year) => (
        <g>
          <line
            x1={x(`${year}-01-01`)}
            x2={x(`${year}-01-01`)}
            y1={TOP - 4}
            y2={y + 8}
            stroke="#d9dce1"
            stroke-dasharray="2 3"
          />
          <text x={x(`${year}-01-01`)} y={y + 22} text-anchor="middle" fill="#5b616b">
            {year}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The axis: from before the first known date to after the last (open ends run to today). */
function range(versions: RegulationVersionOut[], date: string, today: string): [number, number] {
  const days: number[] = [dayNumber(date)];
  for (const v of versions) {
    for (const d of [
      v.validFrom.earliest,
      settledDate(v.validFrom),
      v.validTo?.earliest ?? null,
      v.validTo ? settledDate(v.validTo) : null,
    ])
      if (d) days.push(dayNumber(d));
    if (!v.validTo) days.push(dayNumber(today));
  }
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const pad = Math.max(60, Math.round((hi - lo) * 0.04));
  return [lo - pad, hi + pad];
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A bounded stretch of an edition's bar: between the earliest date and the settled one, hatched. */
function Hatched({ from, to, top }: { from: number; to: number; top: number }) {
  return <rect x={from} y={top} width={to - from} height={BAR} fill="url(#tl-hatch)" stroke={INK} stroke-width="1" />;
}
