import { listedLines, type IssueSlide } from '@/lib/deck/slides/issue';
import { lineBrief, type SideLine } from '@/lib/deck/slides/side-line';
import type { DeckSide } from '@/lib/deck/types';
import { MiniSpectrum } from './mini-spectrum';
import { formatStance, isRange } from '@/lib/stance';
import { VerbatimQuote } from '@/components/ui/verbatim-quote';
import { QUOTE_GAP } from '@/lib/quote';
import { SideName, type BodyProps } from './parts';

function Line({ line, side }: { line: SideLine; side: DeckSide }) {
  return (
    <li className="border-l-[0.4cqw] pl-[1cqw]" style={{ borderColor: side.color }}>
      <SideName side={side} />
      {line.stance !== null ? (
        <span className="ml-[0.8cqw] opacity-80">
          stance {formatStance(line.stance)}
          {isRange(line.stance) ? ' (a range)' : ''}
        </span>
      ) : null}
      {/* The headline (or a short summary): six sides must fit one slide; the notes carry the whole summary. */}
      <p>{lineBrief(line)}</p>
      {line.quote ? (
        <p className="font-serif italic">
          <VerbatimQuote quote={line.quote} speaker speakerClassName="not-italic opacity-80" />
        </p>
      ) : line.quoteGap ? (
        // Our words, not the speaker's: upright, no quotation marks.
        <p className="opacity-80" data-quote-gap={line.quoteGap}>
          {QUOTE_GAP[line.quoteGap]}
        </p>
      ) : null}
    </li>
  );
}

export function IssueBody({ slide, deck, side }: BodyProps<IssueSlide>) {
  return (
    <div className="flex h-full flex-col gap-[0.8cqw]">
      <p className="slide-text-[1.9] font-semibold leading-snug">{slide.question}</p>
      <MiniSpectrum lines={slide.lines} sides={deck.stakeholders} scale={slide.scale} gap={slide.gap} />
      {slide.spread ? (
        // A border in the text's own colour and a bold label: it reads in either theme and without colour.
        <p
          className="rounded border-[0.2cqw] border-current px-[0.8cqw] py-[0.3cqw] slide-text-[1.22]"
          data-testid="slide-spread"
        >
          <strong>Different dates:</strong> {slide.spread}
        </p>
      ) : null}
      <ul className="grid grid-cols-3 gap-x-[1.6cqw] gap-y-[0.8cqw] deck-phone:grid-cols-1 deck-phone:gap-y-3 slide-text-[1.22] leading-snug">
        {listedLines(slide).map((l) => (
          <Line key={l.stakeholder} line={l} side={side(l.stakeholder)} />
        ))}
      </ul>
    </div>
  );
}
