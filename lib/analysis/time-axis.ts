/**
 * A time axis for the timelines: dates placed by their distance, and ticks chosen so they stay
 * readable at any span, from a few days to decades. Pure; tested in time-axis.test.ts.
 */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type Tick = { value: number; label: string };
type Step = { unit: 'day' | 'month' | 'year'; every: number };

const steps = (unit: Step['unit'], ...every: number[]): Step[] => every.map((n) => ({ unit, every: n }));
/** Steps from finest to coarsest; the finest that gives at most `maxTicks` ticks wins. */
const STEPS: Step[] = [...steps('day', 1, 2, 7), ...steps('month', 1, 2, 3, 6), ...steps('year', 1, 2, 5, 10, 20, 50)];

const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);

/** Tick times of one step inside [start, end], on round dates (1st of the month, 1 Jan of a round year). */
function ticksOf(step: Step, start: number, end: number): number[] {
  const s = new Date(start);
  const out: number[] = [];
  if (step.unit === 'day') {
    for (let t = utc(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate()); t <= end; t += step.every * DAY)
      if (t >= start) out.push(t);
  } else if (step.unit === 'month') {
    const y = s.getUTCFullYear();
    let m = s.getUTCMonth();
    m -= m % step.every;
    for (let t = utc(y, m, 1); t <= end; m += step.every, t = utc(y, m, 1)) if (t >= start) out.push(t);
  } else {
    let y = Math.floor(s.getUTCFullYear() / step.every) * step.every;
    for (let t = utc(y, 0, 1); t <= end; y += step.every, t = utc(y, 0, 1)) if (t >= start) out.push(t);
  }
  return out;
}

function label(t: number, unit: Step['unit'], withYear: boolean): string {
  const d = new Date(t);
  const [y, m] = [d.getUTCFullYear(), MONTHS[d.getUTCMonth()]!];
  if (unit === 'year') return String(y);
  if (unit === 'month') return withYear ? `${m} ${y}` : m;
  return withYear ? `${d.getUTCDate()} ${m} ${y}` : `${d.getUTCDate()} ${m}`;
}

/**
 * Ticks for the span [start, end] (ms since the epoch, UTC): at most `maxTicks`, on round dates,
 * the year written on the first tick and wherever it changes.
 */
export function timeTicks(start: number, end: number, maxTicks = 7): Tick[] {
  const step = STEPS.find((s) => ticksOf(s, start, end).length <= maxTicks) ?? STEPS.at(-1)!;
  let lastYear: number | undefined;
  return ticksOf(step, start, end).map((t) => {
    const year = new Date(t).getUTCFullYear();
    const tick = { value: t, label: label(t, step.unit, year !== lastYear) };
    lastYear = year;
    return tick;
  });
}

/** The axis span for these dates: padded on both sides so a mark at the end is not cut, never under a week. */
export function timeDomain(times: number[]): [number, number] {
  if (times.length === 0) return [0, 7 * DAY];
  let [lo, hi] = [Math.min(...times), Math.max(...times)];
  if (hi - lo < 7 * DAY) {
    const mid = (lo + hi) / 2;
    [lo, hi] = [mid - 3.5 * DAY, mid + 3.5 * DAY];
  }
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

export type TimeWindow = { label: string; domain: [number, number]; ticks: Tick[] };

/**
 * The spans to offer: every date, and — when the dates run over more than three months — the
 * latest four weeks, where statements cluster around a meeting, so close dates do not merge.
 */
export function timeWindows(times: number[]): TimeWindow[] {
  const all = timeDomain(times);
  const windows: TimeWindow[] = [{ label: 'All dates', domain: all, ticks: timeTicks(all[0], all[1]) }];
  const latest = Math.max(...times);
  if (times.length > 0 && latest - Math.min(...times) > 92 * DAY) {
    const recent = timeDomain(times.filter((t) => t >= latest - 28 * DAY));
    windows.push({ label: 'Latest dates, close up', domain: recent, ticks: timeTicks(recent[0], recent[1]) });
  }
  return windows;
}

/**
 * Event labels that would overlap at this span grouped into one: events closer than `minShare`
 * of the span share a label ("E4–E7"). Each group lists its events' indexes, in order.
 */
export function eventLabelGroups(xs: number[], domain: [number, number], minShare = 0.05): number[][] {
  const span = domain[1] - domain[0];
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const groups: { x: number; members: number[] }[] = [];
  for (const e of order) {
    const last = groups.at(-1);
    if (last && (e.x - last.x) / span < minShare) last.members.push(e.i);
    else groups.push({ x: e.x, members: [e.i] });
  }
  return groups.map((g) => g.members);
}
