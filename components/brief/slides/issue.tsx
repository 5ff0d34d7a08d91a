import type { IssueSlide } from '@/lib/deck/slides/issue';
import type { SideLine } from '@/lib/deck/slides/side-line';
import type { DeckSide } from '@/lib/deck/types';
import { MiniSpectrum } from './mini-spectrum';
import { hex, SideName, W, type BodyProps, type PptxTarget } from './parts';

const NO_POSITION = 'No stated position in the sources.';

function Line({ line, side }: { line: SideLine; side: DeckSide }) {
  return (
    <li className="border-l-[0.4cqw] pl-[1cqw]" style={{ borderColor: side.color }}>
      <SideName side={side} />
      {line.stance !== null ? <span className="ml-[0.8cqw] opacity-80">stance {line.stance}/100</span> : null}
      <p>{line.summary ?? NO_POSITION}</p>
      {line.quote ? (
        <p className="font-serif italic">
          “{line.quote.text}” <span className="not-italic opacity-80">— {line.quote.speaker}</span>
        </p>
      ) : null}
    </li>
  );
}

export function IssueBody({ slide, deck, side }: BodyProps<IssueSlide>) {
  return (
    <div className="flex h-full flex-col gap-[0.8cqw]">
      <p className="text-[1.9cqw] font-semibold leading-snug">{slide.question}</p>
      <MiniSpectrum lines={slide.lines} sides={deck.stakeholders} scale={slide.scale} gap={slide.gap} />
      <ul className="grid grid-cols-3 gap-x-[1.6cqw] gap-y-[0.8cqw] text-[1.32cqw] leading-snug">
        {slide.lines.map((l) => (
          <Line key={l.stakeholder} line={l} side={side(l.stakeholder)} />
        ))}
      </ul>
    </div>
  );
}

export function issuePptx({ pptx, slide, side }: PptxTarget, s: IssueSlide) {
  slide.addText(s.question, { x: 0.5, y: 1.05, w: W - 1, h: 0.6, fontSize: 16, bold: true });
  const placed = s.lines.filter((l) => l.stance !== null);
  if (placed.length > 0) {
    slide.addChart(pptx.ChartType.bar, [{ name: 'Stance (0–100, analyst judgement)', labels: placed.map((l) => side(l.stakeholder).name), values: placed.map((l) => l.stance!) }], {
      x: 0.5, y: 1.7, w: 5.6, h: 4.8, barDir: 'bar', valAxisMinVal: 0, valAxisMaxVal: 100, showValue: true, chartColors: placed.map((l) => hex(side(l.stakeholder).color)),
      valAxisTitle: `0 ${s.scale[0]} · 100 ${s.scale[2]}`, showValAxisTitle: true, showLegend: false,
    });
  }
  const text = s.lines.flatMap((l) => [
    { text: `${side(l.stakeholder).name}: `, options: { bold: true, breakLine: false } },
    { text: l.summary ?? NO_POSITION, options: { breakLine: true } },
    // Only a quote record's verbatim words go inside quotation marks.
    ...(l.quote ? [{ text: `“${l.quote.text}” — ${l.quote.speaker}`, options: { italic: true, breakLine: true, fontSize: 11 } }] : []),
  ]);
  slide.addText(text, { x: 6.3, y: 1.7, w: W - 6.8, h: 5, fontSize: 12, valign: 'top' });
}
