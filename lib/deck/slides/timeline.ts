import { formatDate } from '../../dates';
import { listNames, timelinePoints, timelineSentence } from '../../analysis/takeaways';
import {
  continued,
  cut,
  pageBy,
  wrappedLines,
  type SlideFactsBase,
  type SlideKind,
  type SlideViewBase,
} from '../types';

type Event = { date: string; label: string };
/**
 * An event tagged with issues (events.json `issues`) shows only when the deck keeps one of them; an
 * untagged one is context for every selection. Statements are counted for the chosen sides and issues.
 */
export type TimelineFacts = SlideFactsBase<'timeline'> & {
  events: (Event & { issues?: string[]; note: string })[];
};
export type TimelineSlide = SlideViewBase<'timeline'> & {
  takeaway: string;
  events: Event[];
  /** The number the first event on this slide carries (E1, E2, …: the list continues over slides). */
  start?: number;
  perSide: { stakeholder: string; count: number; first: string; last: string }[];
};

/** Said on a slide where a date reads "c. …". */
export const CIRCA = 'c. = circa: the source gives no exact date';
/** Whether any date on the slide is approximate. */
export const hasCirca = (slide: TimelineSlide) =>
  slide.events.some((e) => e.date.startsWith('c. ')) || / c\. |^c\. /.test(slide.takeaway);

/**
 * The event list in its half of the slide at 1.5 cqw (14 pt in the .pptx): characters a line and
 * lines a slide ("E12 · c. 18 Mar 2033 — " is counted with the label), with room kept.
 */
export const EVENT_LIST = { charsPerLine: 52, lines: 17 } as const;
const eventLines = (e: Event) => wrappedLines(`E10 · ${e.date} — ${e.label}`, EVENT_LIST.charsPerLine, 0.3);

export const timeline: SlideKind<TimelineFacts, TimelineSlide> = {
  compose: ({ id, kind, title, notes, events: all }, scope) => {
    const kept = new Set(scope.issues.map((i) => i.id));
    const tagged = all.filter((e) => scope.allIssues || !e.issues || e.issues.some((i) => kept.has(i)));
    const events = tagged.map(({ date, label }) => ({ date, label }));
    const points = timelinePoints(
      scope.statements,
      scope.sides.map((s) => s.id),
    );
    const topic = scope.allIssues ? '' : ` on ${listNames(scope.issues.map((i) => i.title.toLowerCase()))}`;
    const perSide = scope.sides
      .map((side) => {
        const own = scope.statements.filter((s) => s.stakeholder === side.id);
        const when = (s: (typeof own)[number] | undefined) => (s ? formatDate(s.date, s.dateApprox) : '');
        return { stakeholder: side.id, count: own.length, first: when(own[0]), last: when(own.at(-1)) };
      })
      .filter((p) => p.count > 0);
    return {
      id,
      kind,
      title,
      events,
      perSide,
      takeaway: timelineSentence(points, topic),
      notes: scope.notes([...notes, ...tagged.map((e) => ({ text: e.note }))]),
      footnote: scope.cite(scope.statements.map((s) => s.source)),
    };
  },
  // The events continue on further slides; the takeaway and the statements per side stay on the first.
  fit: (slide, { shown }) => {
    const perSide = slide.perSide.filter((p) => shown.has(p.stakeholder));
    const pages = pageBy(slide.events, eventLines, EVENT_LIST.lines);
    let start = 1;
    return continued(slide, pages.length, (n) => {
      const page = {
        events: pages[n]!,
        start,
        perSide: n === 0 ? perSide : [],
        omitted: n === 0 ? cut('sides', perSide.length, slide.perSide.length) : undefined,
      };
      start += pages[n]!.length;
      return page;
    });
  },
};
