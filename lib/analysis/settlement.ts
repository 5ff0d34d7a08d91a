/**
 * A package against the sides: for one point per issue, each side's distance from its stance, the
 * red lines the point crosses, and the zone of possible agreement per issue. Pure and browser-safe
 * (types only), so the what-if redraws in the browser on every slider move.
 *
 * **How a red line is placed (the one rule).** A red line is a standing demand of kind `rules-out`.
 * Demands carry no place on the scale, so the red line is placed by its own side's current stance on
 * that issue: an analyst who records a side ruling something out bounds that side's stance short of
 * it. A stance that is a range stopping short of exactly one end of the scale places the red line at
 * the rest of the scale beyond that end (Kyiv's 0–85 on territory → above 85). Otherwise — no stance,
 * a point, a range short of both ends or of neither — the red line "cannot be placed", and the page
 * says so rather than guess.
 */

/** A stance's place: a point has low = high. */
export type Place = { low: number; high: number };

/** Red line on the scale: everything strictly beyond `from` in `direction`. */
export type RedLine = {
  demand: string;
  side: string;
  text: string;
  place?: { above?: number; below?: number };
};

/** Distance from a package point to a stance: 0 inside a range, else to its nearer end. */
export function distanceTo(point: number, stance: Place): number {
  if (point < stance.low) return stance.low - point;
  if (point > stance.high) return point - stance.high;
  return 0;
}

export const isInside = (point: number, stance: Place) => point >= stance.low && point <= stance.high;

/** Where a rules-out demand lies on the scale, by the rule above; undefined when it cannot be placed. */
export function placeRedLine(stance: Place | undefined): RedLine['place'] {
  if (!stance || stance.low === stance.high) return undefined;
  const shortLow = stance.low > 0;
  const shortHigh = stance.high < 100;
  if (shortHigh && !shortLow) return { above: stance.high };
  if (shortLow && !shortHigh) return { below: stance.low };
  return undefined;
}

export const crosses = (point: number, line: RedLine): boolean =>
  !!line.place &&
  ((line.place.above !== undefined && point > line.place.above) ||
    (line.place.below !== undefined && point < line.place.below));

export type SideOnIssue =
  | { kind: 'no-stance' }
  | { kind: 'placed'; distance: number; inside: boolean; isRange: boolean; crossed: RedLine[]; unplaced: RedLine[] };

/** One side, one issue, one point. `redLines` are this side's standing rules-out demands on the issue. */
export function sideOnIssue(point: number, stance: Place | undefined, redLines: readonly RedLine[]): SideOnIssue {
  if (!stance) return { kind: 'no-stance' };
  return {
    kind: 'placed',
    distance: distanceTo(point, stance),
    inside: isInside(point, stance),
    isRange: stance.low !== stance.high,
    crossed: redLines.filter((l) => crosses(point, l)),
    unplaced: redLines.filter((l) => !l.place),
  };
}

export type SideTotal = { issues: number; distance: number; crossed: number; unplaced: number; noStance: number };

/** A side's totals over the issues the package sets: summed distance where it has a stance. */
export function sideTotal(results: readonly SideOnIssue[]): SideTotal {
  const total: SideTotal = { issues: 0, distance: 0, crossed: 0, unplaced: 0, noStance: 0 };
  for (const r of results) {
    total.issues++;
    if (r.kind === 'no-stance') total.noStance++;
    else {
      total.distance += r.distance;
      total.crossed += r.crossed.length;
      total.unplaced += r.unplaced.length;
    }
  }
  return total;
}

export type ZoneSide = { side: string; name: string; place?: Place };

export type Zone =
  | { kind: 'zone'; low: number; high: number; sides: string[]; unplacedRedLines: RedLine[] }
  | { kind: 'no-zone'; reason: string; sides: string[]; unplacedRedLines: RedLine[] }
  | { kind: 'too-few'; reason: string; sides: string[]; unplacedRedLines: RedLine[] };

/**
 * The zone of possible agreement on one issue: the part of the scale inside every placed bargaining
 * side's stance (points count as ranges of one point) that crosses no placed red line. Sides with no
 * stance are left out (and named by the caller); fewer than two placed sides make no zone to speak of.
 */
export function zoneOfAgreement(sides: readonly ZoneSide[], redLines: readonly RedLine[]): Zone {
  const placed = sides.filter((s): s is ZoneSide & { place: Place } => !!s.place);
  const unplacedRedLines = redLines.filter((l) => !l.place);
  const ids = placed.map((s) => s.side);
  if (placed.length < 2)
    return {
      kind: 'too-few',
      reason:
        placed.length === 0
          ? 'no side’s stance is placed on this issue: nothing can be said about a zone'
          : `only ${placed[0]!.name}’s stance is placed on this issue: one side alone makes no zone of agreement`,
      sides: ids,
      unplacedRedLines,
    };
  const highestLow = placed.reduce((a, b) => (b.place.low > a.place.low ? b : a));
  const lowestHigh = placed.reduce((a, b) => (b.place.high < a.place.high ? b : a));
  let low = highestLow.place.low;
  let high = lowestHigh.place.high;
  if (low > high)
    return {
      kind: 'no-zone',
      reason: `no zone: ${lowestHigh.name}’s and ${highestLow.name}’s stated positions leave no overlap (${lowestHigh.name} at most ${lowestHigh.place.high}, ${highestLow.name} at least ${highestLow.place.low})`,
      sides: ids,
      unplacedRedLines,
    };
  // Placed red lines cut the overlap from below or above (a red line "above 85" leaves up to 85).
  let cutBy: RedLine | undefined;
  for (const line of redLines) {
    if (line.place?.above !== undefined && line.place.above < high) {
      high = line.place.above;
      cutBy = line;
    }
    if (line.place?.below !== undefined && line.place.below > low) {
      low = line.place.below;
      cutBy = line;
    }
  }
  if (low > high) {
    const name = sides.find((s) => s.side === cutBy?.side)?.name ?? cutBy?.side;
    return {
      kind: 'no-zone',
      reason: `no zone: ${name}’s stated red line leaves nothing of the overlap of the sides’ positions`,
      sides: ids,
      unplacedRedLines,
    };
  }
  return { kind: 'zone', low, high, sides: ids, unplacedRedLines };
}

export type Crossing = 'crosses' | 'partly' | 'no' | 'cannot be placed';

/** Whether a term (a point, or a range) crosses a red line: wholly, partly (a range reaching past it) or not. */
export function termCrossing(term: Place, line: RedLine): Crossing {
  if (!line.place) return 'cannot be placed';
  const lows = crosses(term.low, line);
  const highs = crosses(term.high, line);
  if (lows && highs) return 'crosses';
  return lows || highs ? 'partly' : 'no';
}

/**
 * Distance from a term to a stance, the same measure as a package point's: a point term gives one
 * number (0 inside a range); a range term gives the least and the most over its points.
 */
export function termDistance(term: Place, stance: Place): { min: number; max: number } {
  const ends = [distanceTo(term.low, stance), distanceTo(term.high, stance)];
  const overlaps = term.low <= stance.high && term.high >= stance.low;
  return { min: overlaps ? 0 : Math.min(...ends), max: Math.max(...ends) };
}

export const formatDistance = (d: { min: number; max: number }) =>
  d.min === d.max ? `${d.min} ${d.min === 1 ? 'point' : 'points'}` : `${d.min}–${d.max} points`;
