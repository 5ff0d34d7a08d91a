/**
 * The comparison of two or more sides on an issue: their stance gaps, their common ground and
 * where one side's demand meets another's red line. Pure functions over CompareData — a small,
 * serialisable digest of the model (see compare-data.ts) — so the static page and the client
 * leaf that reads the URL compute the same thing.
 */
import type { Demand, DemandResponse, Issue } from '../schema';
import type { PositionView, Side } from '../reshape';
import { spreadWarning } from './date-spread';
import { distanceWords } from './key-gap';
import {
  CLOSE_STANCES,
  formatGap,
  gapBetween,
  isCommonGround,
  stancePlace,
  type Gap,
  type StancePlace,
} from '../stance';

/** A side as the compare view draws it: the reshape layer's record, style included. */
export type CompareSide = Side;

/** A position as every view draws it (lib/reshape.ts): statements, counts and conflicts joined. */
export type ComparePosition = PositionView;

export type CompareDemand = Pick<Demand, 'id' | 'stakeholder' | 'issue' | 'kind' | 'text'> & {
  statements: string[];
  responses: Pick<DemandResponse, 'stakeholder' | 'response' | 'rationale' | 'statements'>[];
};

export type CompareData = {
  stakeholders: CompareSide[];
  issues: Issue[];
  /** The current (latest) position, keyed `stakeholder|issue`; absent when the sources give none. */
  positions: Record<string, ComparePosition>;
  demands: CompareDemand[];
  /** The dataset's staleness window (days): side-by-side positions further apart than this get a warning. */
  staleAfterDays: number;
};

export { CLOSE_STANCES };

export const HOW_DERIVED = {
  commonGround: `From the data: a demand of one side that another side accepts (the recorded responses to demands), or two stances no more than ${CLOSE_STANCES} points apart, or whose ranges overlap where a stance is a range (analyst judgements).`,
  redLines:
    'From the data: a demand of one side that another side rejects (the recorded responses to demands), or a thing one side rules out that another side asks for — paired when the answer one side gives to the other cites the statements behind the other’s demand.',
  gaps: 'From the stances: analyst judgements placing each position on the issue’s 0–100 scale. Sides with no stance are left out.',
} as const;

/** The notes above, passed down from the server page so their text is not shipped in the client bundle. */
export type HowDerived = typeof HOW_DERIVED;

export const positionKey = (stakeholder: string, issue: string) => `${stakeholder}|${issue}`;

/** How far apart two points are, in words (lib/analysis/key-gap.ts, the one place). */
export const gapWords = distanceWords;

/**
 * The gap in words: for two points, its size and how far that is ("35 points apart, some way
 * apart"); with a range, the least and most it can be ("between 15 and 85 points apart"), or
 * "overlapping" when the ranges share ground.
 */
export function gapSentence(gap: Gap): string {
  if (gap.min === gap.max) return `${formatGap(gap)}, ${gapWords(gap.min)}`;
  return formatGap(gap);
}

export type StanceGap = {
  a: string;
  b: string;
  stanceA: StancePlace;
  stanceB: StancePlace;
  gap: Gap;
  /** Common ground: close points, or overlapping ranges. */
  close: boolean;
  words: string;
};
export type Unplaced = { stakeholder: string; reason: 'no-position' | 'no-stance' };

export function stanceGaps(
  data: CompareData,
  issue: string,
  sides: readonly string[],
): { pairs: StanceGap[]; unplaced: Unplaced[] } {
  const placed: { stakeholder: string; stance: StancePlace }[] = [];
  const unplaced: Unplaced[] = [];
  for (const stakeholder of sides) {
    const position = data.positions[positionKey(stakeholder, issue)];
    if (!position) unplaced.push({ stakeholder, reason: 'no-position' });
    else if (!position.stance) unplaced.push({ stakeholder, reason: 'no-stance' });
    else placed.push({ stakeholder, stance: stancePlace(position.stance) });
  }
  const pairs: StanceGap[] = [];
  placed.forEach((a, i) => {
    for (const b of placed.slice(i + 1)) {
      const gap = gapBetween(a.stance, b.stance);
      pairs.push({
        a: a.stakeholder,
        b: b.stakeholder,
        stanceA: a.stance,
        stanceB: b.stance,
        gap,
        close: isCommonGround(a.stance, b.stance),
        words: gapSentence(gap),
      });
    }
  });
  return { pairs, unplaced };
}

export type CommonGround =
  | { kind: 'accepted-demand'; demand: CompareDemand; by: string; rationale: string }
  | { kind: 'close-stances'; gap: StanceGap };

export type RedLine =
  | { kind: 'rejected-demand'; demand: CompareDemand; by: string; rationale: string }
  | { kind: 'rules-out-vs-asks'; rulesOut: CompareDemand; asks: CompareDemand; rationales: string[] };

function demandsOn(data: CompareData, issue: string, sides: readonly string[]): CompareDemand[] {
  return data.demands.filter((d) => d.issue === issue && sides.includes(d.stakeholder));
}

/** Responses to a demand from the other selected sides, with a given answer. */
function answers(demand: CompareDemand, sides: readonly string[], response: DemandResponse['response']) {
  return demand.responses.filter(
    (r) => r.response === response && r.stakeholder !== demand.stakeholder && sides.includes(r.stakeholder),
  );
}

export function commonGround(data: CompareData, issue: string, sides: readonly string[]): CommonGround[] {
  const accepted: CommonGround[] = demandsOn(data, issue, sides).flatMap((demand) =>
    answers(demand, sides, 'accepts').map((r) => ({
      kind: 'accepted-demand' as const,
      demand,
      by: r.stakeholder,
      rationale: r.rationale,
    })),
  );
  const close: CommonGround[] = stanceGaps(data, issue, sides)
    .pairs.filter((gap) => gap.close)
    .map((gap) => ({ kind: 'close-stances' as const, gap }));
  return [...accepted, ...close];
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((id) => b.includes(id));

/**
 * A thing A rules out and a thing B asks for clash when the data links them: B rejects A's
 * red line citing the statements behind B's demand, or A rejects B's demand citing the
 * statements behind A's red line. Without such a link two demands on one issue are not paired.
 * Returns the linking rejections (empty: no clash).
 */
function linkingRejections(rulesOut: CompareDemand, asks: CompareDemand) {
  const bRejectsA = rulesOut.responses.filter(
    (r) => r.stakeholder === asks.stakeholder && r.response === 'rejects' && overlaps(r.statements, asks.statements),
  );
  const aRejectsB = asks.responses.filter(
    (r) =>
      r.stakeholder === rulesOut.stakeholder && r.response === 'rejects' && overlaps(r.statements, rulesOut.statements),
  );
  return [
    ...bRejectsA.map((r) => ({ demand: rulesOut.id, ...r })),
    ...aRejectsB.map((r) => ({ demand: asks.id, ...r })),
  ];
}

/** Red lines: clashing pairs first, then rejections a pair does not already show. */
export function redLines(data: CompareData, issue: string, sides: readonly string[]): RedLine[] {
  const demands = demandsOn(data, issue, sides);
  const shown = new Set<string>();
  const paired: RedLine[] = demands
    .filter((d) => d.kind === 'rules-out')
    .flatMap((rulesOut) =>
      demands
        .filter(
          (asks) =>
            asks.kind === 'asks' && asks.stakeholder !== rulesOut.stakeholder && sides.includes(asks.stakeholder),
        )
        .flatMap((asks) => {
          const links = linkingRejections(rulesOut, asks);
          if (links.length === 0) return [];
          links.forEach((l) => shown.add(`${l.demand}|${l.stakeholder}`));
          return [
            {
              kind: 'rules-out-vs-asks' as const,
              rulesOut,
              asks,
              rationales: [...new Set(links.map((l) => l.rationale))],
            },
          ];
        }),
    );
  const rejected: RedLine[] = demands.flatMap((demand) =>
    answers(demand, sides, 'rejects')
      .filter((r) => !shown.has(`${demand.id}|${r.stakeholder}`))
      .map((r) => ({ kind: 'rejected-demand' as const, demand, by: r.stakeholder, rationale: r.rationale })),
  );
  return [...paired, ...rejected];
}

export type IssueComparison = {
  issue: Issue;
  sides: { side: CompareSide; position?: ComparePosition }[];
  gaps: ReturnType<typeof stanceGaps>;
  commonGround: CommonGround[];
  redLines: RedLine[];
  /** Said when the positions set side by side are further apart in time than the staleness window. */
  spreadWarning?: string;
};

export function compareIssue(
  data: CompareData,
  issueId: string,
  sides: readonly string[],
): IssueComparison | undefined {
  const issue = data.issues.find((i) => i.id === issueId);
  if (!issue) return undefined;
  const shown = sides.flatMap((id) => {
    const side = data.stakeholders.find((s) => s.id === id);
    return side ? [{ side, position: data.positions[positionKey(id, issueId)] }] : [];
  });
  const warning = spreadWarning(
    shown.flatMap(({ position }) => (position ? [position.asOf] : [])),
    data.staleAfterDays,
  );
  return {
    issue,
    sides: shown,
    gaps: stanceGaps(data, issueId, sides),
    commonGround: commonGround(data, issueId, sides),
    redLines: redLines(data, issueId, sides),
    ...(warning ? { spreadWarning: warning } : {}),
  };
}
