import type { Gap } from '../../stance';
import { gapBand, keyGapWords, type Span } from '../../analysis/key-gap';
import { stanceGap, type StanceMark } from '../../analysis/takeaways';
import { spreadNote } from '../../analysis/date-spread';
import { continued, cut, pageBy, SLIDE_FIT, type SlideFactsBase, type SlideKind, type SlideViewBase } from '../types';
import { lineBrief, type SideLine } from './side-line';
import { quoteWithin } from '../../quote';

type Common = { issue: string; question: string; scale: [string, string, string]; lines: SideLine[] };
export type IssueFacts = SlideFactsBase<'issue'> &
  Common & {
    /** Each stance with the date of its position (the current ones' dates are checked for spread). */
    marks: (StanceMark & { asOf: string })[];
    /** The dataset's staleness window: current stances further apart in time than this are flagged. */
    staleAfterDays: number;
  };
/**
 * gap: the issue's key gap among the sides shown (lib/analysis/key-gap.ts, the rule the matrix,
 * compare, heatmap and issue page call; a min–max when a range is involved), where on the scale it
 * is drawn (gapBand: from–to between the ends furthest apart, the largest gap; `near` between the
 * facing ends, the smallest, when a stance is a range and they do not overlap), and in words with the pair named, as the matrix row says it (keyGapWords):
 * "Northland–Southmark: 50 points apart, far apart". The pair is the issue's (every view names the
 * same one); on a slide that does not show one or both of them (a deck of many sides draws only
 * the first few), the words say so (offSlideGapWords), above the slide's line on how to see them.
 */
export type IssueSlide = SlideViewBase<'issue'> &
  Common & {
    gap: {
      gap: Gap;
      from: number;
      to: number;
      near: Span | null;
      words: string;
      pair: { id: string; name: string }[];
    } | null;
    /** Said when the current stances shown are further apart in time than the window (lib/analysis/date-spread.ts). */
    spread?: string;
    /**
     * The sides whose words this slide lists, when the sides' words continue over several slides
     * (every slide of the issue draws all the stances on its scale); absent: all of `lines`.
     */
    listed?: string[];
  };

/**
 * The sides' words under the scale, three to a row at 1.22 cqw (12 pt in the .pptx): characters a
 * line in one column, and the lines the list may take (less under a date warning). Rows that do
 * not fit continue on a further slide of the issue, which draws the scale again.
 */
export const SIDE_LIST = { charsPerLine: 44, lines: 12, linesUnderWarning: 10, perRow: 3 } as const;
const cellLines = (l: SideLine) =>
  2 +
  Math.ceil(lineBrief(l).length / SIDE_LIST.charsPerLine) +
  (l.quote ? Math.ceil((l.quote.text.length + l.quote.speaker.length + 6) / SIDE_LIST.charsPerLine) : 0) +
  (l.quoteGap && !l.quote ? 1 : 0);

/** The lines shown on an issue slide, as it lists them. */
export const listedLines = (s: IssueSlide) =>
  s.listed ? s.lines.filter((l) => s.listed!.includes(l.stakeholder)) : s.lines;

function keyGapOf(marks: StanceMark[], name: (side: string) => string): IssueSlide['gap'] {
  const found = stanceGap(marks);
  if (!found) return null;
  const at = (id: string) => marks.find((m) => m.current && m.stakeholder === id)!;
  return {
    gap: found.gap,
    ...gapBand(at(found.low), at(found.high)),
    // The pair in the data's side order, as the matrix row names it.
    words: keyGapWords({ a: name(found.a), b: name(found.b) }, found.gap),
    pair: [found.a, found.b].map((id) => ({ id, name: name(id) })),
  };
}

/**
 * The key gap's words on a slide showing the sides `drawn`: as the matrix names it, then which of
 * the pair this slide leaves out — "Eastreach–Harbourmasters’ Guild: 70 points apart, far apart;
 * Harbourmasters’ Guild is not on this slide".
 */
export function offSlideGapWords(gap: NonNullable<IssueSlide['gap']>, drawn: readonly string[]) {
  const away = gap.pair.filter((p) => !drawn.includes(p.id)).map((p) => p.name);
  if (away.length === 0) return gap.words;
  // How to see them is the slide's own cut-sides line ("N more sides not shown: narrow the deck to see them").
  return `${gap.words}; ${away.join(' and ')} ${away.length === 1 ? 'is' : 'are'} not on this slide`;
}

export const issue: SlideKind<IssueFacts, IssueSlide> = {
  compose: ({ id, kind, title, notes, issue, question, scale, lines, marks, staleAfterDays }, scope) => {
    if (!scope.keepIssue(issue)) return null;
    const kept = lines.filter((l) => scope.keepSide(l.stakeholder));
    const shown = marks.filter((m) => m.current && scope.keepSide(m.stakeholder));
    const spread =
      shown.length >= 2
        ? spreadNote(
            shown.map((m) => m.asOf),
            staleAfterDays,
          )
        : undefined;
    return {
      id,
      kind,
      title,
      issue,
      question,
      scale,
      lines: kept,
      gap: keyGapOf(
        marks.filter((m) => scope.keepSide(m.stakeholder)),
        scope.name,
      ),
      ...(spread ? { spread } : {}),
      // The slide prints each side's headline; the notes carry the whole summary.
      notes: [
        ...kept.flatMap((l) => (l.summary ? [`${scope.name(l.stakeholder)} — position: ${l.summary}`] : [])),
        ...scope.notes(notes),
      ],
      footnote: scope.cite(kept.flatMap((l) => l.sources)),
    };
  },
  fit: (slide, { shown }) => {
    // Only sides the deck keeps: a line of a cut side has no colour or name to draw with.
    // A quote reads on the slide only when short; a long one gives way to a line saying the words are
    // in the notes. It stays beside an assessment too: where no stance is placed, the speaker's own
    // words are the evidence the room needs most.
    const lines = slide.lines
      .filter((l) => shown.has(l.stakeholder))
      .slice(0, SLIDE_FIT.lines)
      .map((l) => quoteWithin(l, SLIDE_FIT.quoteLength));
    const rows: SideLine[][] = [];
    for (let i = 0; i < lines.length; i += SIDE_LIST.perRow) rows.push(lines.slice(i, i + SIDE_LIST.perRow));
    const room = slide.spread ? SIDE_LIST.linesUnderWarning : SIDE_LIST.lines;
    const pages = pageBy(rows, (row) => Math.max(...row.map(cellLines)) + 0.5, room);
    const omitted = cut('sides', lines.length, slide.lines.length);
    const drawn = lines.map((l) => l.stakeholder);
    const gap = slide.gap && { ...slide.gap, words: offSlideGapWords(slide.gap, drawn) };
    if (pages.length === 1) return { ...slide, lines, gap, omitted };
    return continued({ ...slide, lines, gap, omitted }, pages.length, (n) => ({
      listed: pages[n]!.flat().map((l) => l.stakeholder),
    }));
  },
};
