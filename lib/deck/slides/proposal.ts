/**
 * "<proposal> against the sides": one slide per proposal (continued when its terms do not fit),
 * each term on its issue's 0–100 scale against every side's current stance, with the distance, whether
 * the term lies inside the side's range, the stated red lines it crosses and the side's stated
 * response. Everything here is computed on the server by lib/proposals (view.ts, term-fit.ts) and the
 * settlement rules; this module only narrows and pages it.
 */
import { QUOTE_GAP, quoteWithin, type QuotePick } from '../../quote';
import { PROPOSED_IT, RESPONSE_LABELS, responseVerdict } from '../../format';
import {
  continued,
  pageBy,
  SLIDE_FIT,
  wrappedLines,
  type SlideFactsBase,
  type SlideKind,
  type SlideViewBase,
} from '../types';

export type ResponseLine = {
  stakeholder: string;
  /** "Accepts", "Rejects", "Partly" (lib/format.ts RESPONSE_LABELS): the analysts' reading, printed by responseWords. */
  label: string;
  /**
   * The speaker's exact words behind the response, from a statement about the term's issue alone (the
   * proposal's issues for a response to the whole; lib/quote.ts quoteAbout); else quoteGap says why none.
   */
  quote: QuotePick['quote'];
  quoteGap: QuotePick['quoteGap'];
  sources: string[];
};

export type TermSide = {
  stakeholder: string;
  /** The side's current stance, as low/high (equal for a point); null when none is placed. */
  stance: { low: number; high: number; words: string } | null;
  /** "10 points from the term to the nearest edge of its range; outside its range" (termFitWords), or why nothing can be said. */
  distance: string;
  /** The side's stated red lines on the issue the term crosses (wholly or partly), in our words. */
  crossed: string[];
  response: ResponseLine | null;
  /** The side put the proposal forward: with no response it reads "Proposed it", not "No stated response". */
  proposed: boolean;
};

export type TermRow = {
  id: string;
  text: string;
  issue: string;
  issueTitle: string;
  scale: [string, string, string];
  /** The term's place (analyst judgement); null when it has none. */
  place: { low: number; high: number; words: string } | null;
  sides: TermSide[];
};

type Common = {
  proposal: string;
  /** "Put forward by X, 7 Aug 2025" (our words). */
  byline: string;
  terms: TermRow[];
  /** Responses to the proposal as a whole. */
  whole: ResponseLine[];
};
export type ProposalFacts = SlideFactsBase<'proposal'> & Common & { sources: string[] };
export type ProposalSlide = SlideViewBase<'proposal'> & Common;

/**
 * The slide's body at 1280×720, in lines of its 1.2 cqw text (about 21 px): what it holds under a
 * one-line title, the characters a full-width line holds, what a term's heading and scale take, what a
 * side's line takes beyond its words (its mark), and what each further line of title takes away.
 * Measured on the settlement fixture's slides (e2e/settlement-deck.spec.ts checks none is clipped).
 */
export const PROPOSAL_FIT = {
  lines: 24,
  charsPerLine: 125,
  scaleLines: 7,
  sideGap: 0.4,
  titleChars: 44,
  titleLine: 2.6,
} as const;

/**
 * What a line says of a side's response, the quote aside: the verdict labelled as the analysts' reading
 * (responseVerdict), the proposer "Proposed it", else "No stated response". The slide (HTML and .pptx)
 * and the proposal's image all print this.
 */
export const responseWords = (r: ResponseLine | null, proposed = false) =>
  r ? responseVerdict(r.label) : proposed ? PROPOSED_IT : RESPONSE_LABELS.none;

/** What stands between the parts of a side's line and of its response, on the slide, the .pptx and the image. */
export const PART_SEP = ' · ';

/**
 * A response, the quote aside, in parts: its words (responseWords) and, when the side has words on
 * record but no quote is shown, why (our words: no quotation marks).
 */
export const responseParts = (r: ResponseLine | null, proposed = false): { verdict: string; gap: string | null } => ({
  verdict: responseWords(r, proposed),
  gap: r?.quoteGap && !r.quote ? QUOTE_GAP[r.quoteGap] : null,
});

/** responseParts as one line of plain text. */
export const responsePlain = (r: ResponseLine | null, proposed = false) => {
  const { verdict, gap } = responseParts(r, proposed);
  return gap ? `${verdict}${PART_SEP}${gap}` : verdict;
};

const responseText = (r: ResponseLine | null, proposed = false) =>
  `${responsePlain(r, proposed)}${r?.quote ? ` “${r.quote.text}” — ${r.quote.speaker}` : ''}`;

/** A side's line under a term before its response, in parts: its stance, its distance, the red lines the term crosses. */
export const sideLineParts = (s: TermSide): { stance: string; distance: string; crossed: string | null } => ({
  stance: s.stance ? `stance ${s.stance.words}` : 'no stance placed',
  distance: s.distance,
  crossed: s.crossed.length > 0 ? `crosses red line: ${s.crossed.join('; ')}` : null,
});

/** The line a side takes under a term, as the slide prints it (without the side's name). */
export const sideLineText = (s: TermSide) => {
  const { stance, distance, crossed } = sideLineParts(s);
  return [stance, distance, crossed, responseText(s.response, s.proposed)].filter(Boolean).join(PART_SEP);
};

export const termLines = (t: TermRow) =>
  PROPOSAL_FIT.scaleLines +
  t.sides.reduce(
    (sum, s) =>
      sum + wrappedLines(`${s.stakeholder} ${sideLineText(s)}`, PROPOSAL_FIT.charsPerLine, PROPOSAL_FIT.sideGap),
    0,
  );

export const proposal: SlideKind<ProposalFacts, ProposalSlide> = {
  compose: ({ id, kind, title, notes, proposal, byline, terms, whole, sources }, scope) => {
    const kept = terms
      .filter((t) => scope.keepIssue(t.issue))
      .map((t) => ({ ...t, sides: t.sides.filter((s) => scope.keepSide(s.stakeholder)) }));
    if (kept.length === 0 && terms.length > 0) return null;
    const answers = whole.filter((r) => scope.keepSide(r.stakeholder));
    const used = [
      ...sources,
      ...answers.flatMap((r) => r.sources),
      ...kept.flatMap((t) => t.sides.flatMap((s) => s.response?.sources ?? [])),
    ];
    return {
      id,
      kind,
      title,
      proposal,
      byline,
      terms: kept,
      whole: answers,
      notes: scope.notes(notes),
      footnote: scope.cite(used),
    };
  },
  fit: (slide, { shown, sideNote }) => {
    const terms = slide.terms.map((t) => ({
      ...t,
      sides: t.sides
        .filter((s) => shown.has(s.stakeholder))
        // A long quote stays in the notes: the slide says the response and that the words are there.
        .map((s) => (s.response ? { ...s, response: quoteWithin(s.response, SLIDE_FIT.quoteLength) } : s)),
    }));
    const whole = slide.whole.filter((r) => shown.has(r.stakeholder)).map((r) => quoteWithin(r, SLIDE_FIT.quoteLength));
    const first =
      whole.length > 0
        ? 1 + whole.reduce((n, r) => n + wrappedLines(responseText(r), PROPOSAL_FIT.charsPerLine), 0)
        : 0;
    // A title that wraps (with "(1 of 2)" when continued) takes room from the body.
    const titleLines = Math.ceil((slide.title.length + 9) / PROPOSAL_FIT.titleChars);
    const room = PROPOSAL_FIT.lines - PROPOSAL_FIT.titleLine * (titleLines - 1);
    const pages = pageBy(terms, termLines, room, 1.5 + first);
    return continued({ ...slide, ...(sideNote ? { omitted: sideNote } : {}) }, pages.length, (n) => ({
      terms: pages[n]!,
      whole: n === 0 ? whole : [],
    }));
  },
};
