/**
 * The numbers behind every chart, and the one-sentence takeaway each chart prints — computed here
 * from the model so the sentence can never go stale. Pure functions, tested in charts.test.ts.
 */
import { respondents, sideRoles } from '../sides';
import type { Model } from '../model';
import type { ResponseKind } from '../schema';
import { compareDates } from '../dates';
import { positionTrack } from './positions';
import { keyGapWords, type SideRole } from './key-gap';
import { standingDemands } from '../demands';
import {
  listNames,
  spectrumSentence,
  stanceGap,
  timelinePoints,
  timelineSentence,
  type StanceGap,
  type TimelinePoint,
} from './takeaways';
import { formatGap, gapBetween, stancePlace, type Gap, type StancePlace, samePlace } from '../stance';

const nameOf = (model: Model, stakeholder: string) => model.stakeholderById.get(stakeholder)?.name ?? stakeholder;
const issueTitle = (model: Model, issue: string) => model.issueById.get(issue)?.title ?? issue;

/* ---------- 1. Demands by side, stacked by issue ---------- */

export type DemandCountRow = { stakeholder: string; total: number } & Record<string, number | string>;

/** One row per stakeholder (file order): its number of demands on each issue, and the total. */
export function demandCounts(model: Model): DemandCountRow[] {
  return model.stakeholders.map((s) => {
    const row: DemandCountRow = { stakeholder: s.id, total: 0 };
    for (const issue of model.issues) row[issue.id] = 0;
    for (const demand of standingDemands(model)) {
      if (demand.stakeholder !== s.id) continue;
      row[demand.issue] = (row[demand.issue] as number) + 1;
      row.total += 1;
    }
    return row;
  });
}

export function demandCountsTakeaway(model: Model, rows = demandCounts(model)): string {
  const total = rows.reduce((n, r) => n + r.total, 0);
  if (total === 0) return 'No side states a concrete demand in the sources.';
  const max = Math.max(...rows.map((r) => r.total));
  const leaders = rows.filter((r) => r.total === max);
  const top = leaders[0]!;
  const issues = model.issues.filter((i) => (top[i.id] as number) > 0).map((i) => i.title.toLowerCase());
  const none = rows.filter((r) => r.total === 0).map((r) => nameOf(model, r.stakeholder));
  const lead =
    leaders.length === 1
      ? `${nameOf(model, top.stakeholder)} states the most demands: ${max} of ${total}, on ${listNames(issues)}.`
      : `${listNames(leaders.map((r) => nameOf(model, r.stakeholder)))} state the most demands, ${max} each, of ${total}.`;
  return none.length > 0
    ? `${lead} ${listNames(none)} state${none.length === 1 ? 's' : ''} none in the sources.`
    : lead;
}

/* ---------- 2. Demand–response grid ---------- */

export type ResponseCell = {
  stakeholder: string;
  response: ResponseKind | 'none';
  statements: string[];
  rationale?: string;
};
export type ResponseRow = {
  demand: string;
  stakeholder: string;
  issue: string;
  kind: 'asks' | 'rules-out';
  text: string;
  cells: ResponseCell[];
};

/**
 * Each demand against every other party: its stated response, or 'none'. Observers (analysts, a
 * source's own analysis — lib/sides.ts) never respond, so they get no cell.
 */
export function responseGrid(model: Model): ResponseRow[] {
  const sides = [...sideRoles(model)].map(([id, role]) => ({ id, role }));
  const order = new Map(model.stakeholders.map((s, i) => [s.id, i]));
  return standingDemands(model)
    .sort((a, b) => order.get(a.stakeholder)! - order.get(b.stakeholder)!)
    .map((demand) => ({
      demand: demand.id,
      stakeholder: demand.stakeholder,
      issue: demand.issue,
      kind: demand.kind,
      text: demand.text,
      cells: respondents(sides, demand.stakeholder).map((s) => {
        const response = demand.responses.find((r) => r.stakeholder === s.id);
        return response
          ? {
              stakeholder: s.id,
              response: response.response,
              statements: response.statements,
              rationale: response.rationale,
            }
          : { stakeholder: s.id, response: 'none' as const, statements: [] };
      }),
    }));
}

export function responseGridTakeaway(model: Model, rows = responseGrid(model)): string {
  if (rows.length === 0) return 'No demands are recorded, so there are no responses to show.';
  const cells = rows.flatMap((r) => r.cells);
  const count = (kind: ResponseCell['response']) => cells.filter((c) => c.response === kind).length;
  const rejected = rows.filter((r) => r.cells.some((c) => c.response === 'rejects')).length;
  return (
    `Of ${rows.length} demands, ${rejected} ${rejected === 1 ? 'is' : 'are'} rejected outright by at least one side; ` +
    `across ${cells.length} possible responses, ${count('accepts')} accept, ${count('partly')} partly accept, ${count('rejects')} reject and ${count('none')} are unstated.`
  );
}

/* ---------- 3. Stance spectrum ---------- */

/** A stance on the spectrum: a point (value) or a range (min–max), as the position records it. */
export type SpectrumMark = StancePlace & {
  position: string;
  stakeholder: string;
  asOf: string;
  rationale: string;
  current: boolean;
  /** A party, the analysts' reading or the source's own analysis: only parties make the key gap. */
  role: SideRole;
};
export type Spectrum = {
  issue: string;
  marks: SpectrumMark[];
  gap: StanceGap | null;
};

/** Every side's latest stance on the issue, earlier stances too (current: false) where they stood elsewhere. */
export function spectrum(model: Model, issue: string): Spectrum {
  const marks: SpectrumMark[] = [];
  const roles = sideRoles(model);
  for (const s of model.stakeholders) {
    const track = positionTrack(model, s.id, issue);
    const all = [track.current, ...track.history].filter((p) => p?.stance);
    all.forEach((p, i) => {
      // An earlier stance at the very place of the one after it (a restatement) adds nothing to draw.
      const newer = all[i - 1]?.stance;
      if (newer && samePlace(newer, p!.stance!)) return;
      const isCurrent = i === 0 && p === track.current;
      marks.push({
        position: p!.id,
        stakeholder: s.id,
        role: roles.get(s.id) ?? 'party',
        ...stancePlace(p!.stance!),
        asOf: p!.asOf,
        rationale: p!.stance!.rationale,
        current: isCurrent,
      });
    });
  }
  return { issue, marks, gap: stanceGap(marks) };
}

export function spectrumTakeaway(model: Model, data: Spectrum): string {
  return spectrumSentence(issueTitle(model, data.issue), data.marks, data.gap, (id) => nameOf(model, id));
}

/* ---------- 4. Gap heatmap ---------- */

/** distance[i][j]: the gap between sides i and j — one number for two points, a min–max with a range. */
export type GapMatrix = { issue: string; sides: string[]; distance: Gap[][] };

/** Pairwise distance between the current stances of the sides that have one on the issue. */
export function gapMatrix(model: Model, issue: string): GapMatrix {
  const current = spectrum(model, issue).marks.filter((m) => m.current);
  return {
    issue,
    sides: current.map((m) => m.stakeholder),
    distance: current.map((a, i) => current.map((b, j) => (i === j ? { min: 0, max: 0 } : gapBetween(a, b)))),
  };
}

export function gapTakeaway(model: Model, data: GapMatrix): string {
  const title = issueTitle(model, data.issue).toLowerCase();
  if (data.sides.length < 2) return `Fewer than two sides have a stance on ${title}: no gap to compare.`;
  const pairs: { a: string; b: string; d: Gap }[] = [];
  data.sides.forEach((a, i) => data.sides.forEach((b, j) => j > i && pairs.push({ a, b, d: data.distance[i]![j]! })));
  // The key gap (lib/analysis/key-gap.ts's rule, the same on every view) leads; then the closest pair.
  const key = stanceGap(spectrum(model, data.issue).marks);
  const near = pairs.reduce((x, y) => (y.d.max < x.d.max ? y : x));
  const keyText = key
    ? `the key gap is ${keyGapWords({ a: nameOf(model, key.a), b: nameOf(model, key.b) }, key.gap)}`
    : 'fewer than two parties are placed, so there is no key gap';
  const ranges = pairs.some((p) => p.d.min !== p.d.max) ? ' Gaps involving a range are given as ranges.' : '';
  if (pairs.length === 1) return `On ${title}, ${keyText}.${ranges}`;
  return `On ${title}, ${keyText}; ${nameOf(model, near.a)} and ${nameOf(model, near.b)} are closest (${formatGap(near.d)}).${ranges}`;
}

/* ---------- 5. Timeline ---------- */

export type { TimelinePoint };
export type Timeline = { dates: string[]; points: TimelinePoint[]; events: Model['events'] };

/** Statements grouped by date and side (optionally on one issue), with the sources' events. */
export function timeline(model: Model, issue?: string): Timeline {
  const statements = model.statements.filter((s) => !issue || s.issues.includes(issue));
  const dates = [...new Set([...statements.map((s) => s.date), ...model.events.map((e) => e.date)])].sort(compareDates);
  const points = timelinePoints(
    statements,
    model.stakeholders.map((s) => s.id),
  );
  return { dates, points, events: model.events };
}

export function timelineTakeaway(model: Model, data: Timeline, issue?: string): string {
  return timelineSentence(data.points, issue ? ` on ${issueTitle(model, issue).toLowerCase()}` : '');
}
