/**
 * Where the statement timeline's words go, in pixels, so that none prints over another or over a
 * mark at any width (a 390-px phone, a 1280-px page, the image made from either):
 *
 * - each side's lane is cut into bands, top to bottom: its name (on a narrow chart, where the names
 *   leave the axis), its marks on the lane's middle, and a row for the marks' statement counts;
 * - the counts of a lane are laid out on that row by lib/deck/label-layout.ts (the rule the deck's
 *   stance labels use), each as near under its mark as the others allow;
 * - the sources' events share a label ("E4–E7") with their neighbours until the labels, on two
 *   alternating rows, no longer touch.
 *
 * Pure: widths of text are estimated from its length (no browser needed), generously.
 */
import { spreadLabels } from '@/lib/deck/label-layout';
import { eventLabelGroups } from '@/lib/analysis/time-axis';

/** Type sizes in pixels. */
export const COUNT_FONT = 13;
export const EVENT_FONT = 13;
export const HEAD_FONT = 13;
/** Width of a character as a share of the type size: bold figures, and ordinary words (wide faces such as DejaVu). */
const BOLD_CHAR = 0.72;
const CHAR = 0.62;
/** Space kept between two labels on a row. */
const GAP = 4;
/** Height of a band holding one line of text. */
const LINE = COUNT_FONT + 5;

export const textWidth = (text: string, size: number, bold = true) => text.length * size * (bold ? BOLD_CHAR : CHAR);

/**
 * A lane's name on a narrow chart, shortened by a rule rather than squeezed (letters keep their
 * shape): "Name (ABBR)" when it fits `room` px, else the name's first words that fit with "… (ABBR)",
 * else the abbreviation alone.
 */
export function laneName(name: string, abbreviation: string, room: number, size: number): string {
  const full = `${name} (${abbreviation})`;
  if (textWidth(full, size, false) <= room) return full;
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n > 0; n--) {
    const short = `${words.slice(0, n).join(' ')}… (${abbreviation})`;
    if (textWidth(short, size, false) <= room) return short;
  }
  return abbreviation;
}

/**
 * A lane's bands as offsets from its centre (y grows downwards), for a lane `lane` pixels high: the
 * marks on the centre (in line with the side's name on the axis), a line above them for the name on
 * a narrow chart, and the row of counts below.
 */
export function laneBands(lane: number) {
  return {
    /** Baseline of the side's name (narrow charts only). */
    headY: -lane / 2 + HEAD_FONT + 1,
    /** The largest radius a mark may take and stay clear of the lines above and below it. */
    maxR: Math.max(4, lane / 2 - LINE - 1),
    /** Baseline of the counts under the marks. */
    countY: lane / 2 - 5,
  };
}

/** A mark's radius: larger for more statements (the count is also written under it), never past its band. */
export const markRadius = (count: number, maxR: number) => Math.min(7 + Math.sqrt(count) * 3, maxR);

/**
 * The centre of each count label of one lane (null: the lane has more counts than its row holds,
 * so they are left to the chart's table), for marks at `xs` (pixels) whose counts are `counts`;
 * labels stay between `from` and `to`.
 */
export function placeCounts(xs: number[], counts: number[], from: number, to: number): (number | null)[] {
  const items = xs.map((x, i) => ({ anchor: x, width: textWidth(String(counts[i]), COUNT_FONT) }));
  const room = items.reduce((sum, item) => sum + item.width + GAP, -GAP);
  if (room > to - from) return xs.map(() => null);
  return spreadLabels(items, from, to, GAP, 1).map((p) => p.center);
}

/** An event label's words: "E3", "E3 (c.)" for a circa date, "E4–E7" for a group. */
export function eventGroupLabel(group: { n: number; approx: boolean }[]): string {
  const first = group[0]!;
  return group.length === 1
    ? `E${first.n + 1}${first.approx ? ' (c.)' : ''}`
    : `E${first.n + 1}–E${group.at(-1)!.n + 1}`;
}

/** The event rows above the plot: labels alternate between them. */
export const EVENT_ROWS = 2;

/**
 * The events (each its number `n`, place `x` on the time axis and whether it is circa) grouped so
 * that no two labels on a row touch on a plot `plotWidth` pixels wide showing `domain`: the finest
 * grouping whose labels fit, down to one label for all.
 */
export function groupEvents<E extends { n: number; x: number; approx: boolean }>(
  events: E[],
  domain: [number, number],
  plotWidth: number,
): E[][] {
  const px = (x: number) => ((x - domain[0]) / (domain[1] - domain[0] || 1)) * plotWidth;
  const clear = (groups: E[][]) =>
    groups.every((g, k) => {
      const next = groups[k + EVENT_ROWS];
      if (!next) return true;
      const half = (h: E[][number][]) => textWidth(eventGroupLabel(h), EVENT_FONT) / 2;
      return px(g[0]!.x) + half(g) + GAP <= px(next[0]!.x) - half(next);
    });
  let groups: E[][] = [];
  for (const share of [0.05, 0.08, 0.12, 0.18, 0.27, 0.4, 0.6, 1.01]) {
    groups = eventLabelGroups(
      events.map((e) => e.x),
      domain,
      share,
    ).map((g) => g.map((i) => events[i]!));
    if (clear(groups)) break;
  }
  return groups;
}
