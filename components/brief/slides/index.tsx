/**
 * The slide kinds' HTML bodies, in one registry (the PowerPoint renderers are in ../pptx, loaded
 * only when a .pptx is asked for). A kind missing is a type error (see lib/deck/deck.ts).
 */
import { useEffect, useRef, type ComponentType, type ReactNode } from 'react';
import type { DeckSlide, ShownDeck, SlideKindName } from '@/lib/deck/deck';
import type { BodyProps } from './parts';
import { ChangesBody } from './changes';
import { DemandsBody } from './demands';
import { IssueBody } from './issue';
import { MatrixBody } from './matrix';
import { ProposalBody } from './proposal';
import { SourcesBody } from './sources';
import { TimelineBody } from './timeline';
import { TitleBody } from './title';
import { WatchBody } from './watch';

type Of<K extends SlideKindName> = Extract<DeckSlide, { kind: K }>;

const BODIES: { [K in SlideKindName]: ComponentType<BodyProps<Of<K>>> } = {
  title: TitleBody,
  changes: ChangesBody,
  matrix: MatrixBody,
  issue: IssueBody,
  demands: DemandsBody,
  proposal: ProposalBody,
  timeline: TimelineBody,
  watch: WatchBody,
  sources: SourcesBody,
};

/** The side record for an id; every id on a shown slide is one of the deck's sides. */
export const sideLookup = (deck: ShownDeck) => {
  const sides = new Map(deck.stakeholders.map((s) => [s.id, s]));
  return (id: string) => sides.get(id)!;
};

/**
 * The slide's parts that scroll sideways (on a phone: its tables and stance pictures, app/globals.css)
 * take the keyboard's focus while they do, so they can be scrolled without a pointer; the rest of the
 * time (a 16:9 slide, a table that fits) they are no tab stop.
 */
function useScrollersFocusable(slide: DeckSlide) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = ref.current;
    if (!section) return;
    const mark = () => {
      for (const el of section.querySelectorAll<HTMLElement>('table, .slide-scroll')) {
        if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
        else el.removeAttribute('tabindex');
      }
    };
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(section);
    return () => observer.disconnect();
  }, [slide]);
  return ref;
}

/** One slide at 16:9 (on a phone a card, app/globals.css): title, body, what did not fit, footnote with its sources, slide number. */
export function Slide({
  slide,
  deck,
  index,
  count = deck.slides.length,
  active,
  notes,
}: {
  slide: DeckSlide;
  deck: ShownDeck;
  index: number;
  /** Slides in the whole deck (the page may hold only some of them). */
  count?: number;
  active: boolean;
  notes?: ReactNode;
}) {
  const Body = BODIES[slide.kind] as ComponentType<BodyProps<DeckSlide>>;
  const ref = useScrollersFocusable(slide);
  return (
    <section
      ref={ref}
      className="slide"
      data-active={active || undefined}
      data-slide={slide.id}
      aria-roledescription="slide"
      aria-label={`Slide ${index + 1} of ${count}: ${slide.title}`}
    >
      <div className="slide-inner flex h-full flex-col px-[4cqw] pb-[1.6cqw] pt-[2.6cqw]">
        <h2 className="slide-text-[3.4] font-bold leading-tight">{slide.title}</h2>
        <div className="slide-body mt-[1.2cqw] min-h-0 flex-1 overflow-hidden">
          <Body slide={slide} deck={deck} side={sideLookup(deck)} />
        </div>
        {slide.omitted ? <p className="mt-[0.4cqw] slide-text-[1.2] font-semibold">{slide.omitted}.</p> : null}
        <footer className="mt-[0.8cqw] flex items-end justify-between gap-[2cqw] border-t border-current/40 pt-[0.5cqw] slide-text-[1.05] opacity-90">
          <span>{slide.footnote}</span>
          <span className="shrink-0 font-bold">
            {index + 1} / {count}
          </span>
        </footer>
      </div>
      {notes}
    </section>
  );
}
