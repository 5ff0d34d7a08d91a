import { formatDate } from '../../dates';
import { listNames, timelinePoints, timelineSentence } from '../../analysis/takeaways';
import { cut, joinNotes, SLIDE_FIT, type SlideFactsBase, type SlideKind, type SlideViewBase } from '../types';

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
  perSide: { stakeholder: string; count: number; first: string; last: string }[];
};

/** Said on a slide where a date reads "c. …". */
export const CIRCA = 'c. = circa: the source gives no exact date';
/** Whether any date on the slide is approximate. */
export const hasCirca = (slide: TimelineSlide) =>
  slide.events.some((e) => e.date.startsWith('c. ')) || / c\. |^c\. /.test(slide.takeaway);

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
  fit: (slide, { shown }) => {
    const perSide = slide.perSide.filter((p) => shown.has(p.stakeholder));
    const events = slide.events.slice(0, SLIDE_FIT.items);
    return {
      ...slide,
      perSide,
      events,
      omitted: joinNotes(
        cut('sides', perSide.length, slide.perSide.length),
        cut('events', events.length, slide.events.length),
      ),
    };
  },
};
