import type { TimelineSlide } from '@/lib/deck/slides/timeline';
import { plural } from '@/lib/format';
import { hex, SideName, W, type BodyProps, type PptxTarget } from './parts';

export function TimelineBody({ slide, side }: BodyProps<TimelineSlide>) {
  return (
    <div className="grid grid-cols-2 gap-[2cqw] text-[1.5cqw] leading-snug">
      <div>
        <p className="mb-[1cqw] text-[1.8cqw] font-semibold">{slide.takeaway}</p>
        <ul className="space-y-[0.6cqw]">
          {slide.perSide.map((p) => (
            <li key={p.stakeholder}>
              <SideName side={side(p.stakeholder)} />: {plural(p.count, 'statement')}, {p.first} – {p.last}
            </li>
          ))}
        </ul>
      </div>
      <ol className="space-y-[0.6cqw] border-l-[0.3cqw] border-current/50 pl-[1.5cqw]">
        {slide.events.map((e, i) => (
          <li key={i}><strong>{e.date}</strong> — {e.label}</li>
        ))}
      </ol>
    </div>
  );
}

export function timelinePptx({ pptx, slide, side }: PptxTarget, s: TimelineSlide) {
  slide.addText(s.takeaway, { x: 0.5, y: 1.1, w: W - 1, h: 0.6, fontSize: 16, bold: true });
  if (s.perSide.length > 0) {
    slide.addChart(pptx.ChartType.bar, [{ name: 'Statements', labels: s.perSide.map((p) => side(p.stakeholder).name), values: s.perSide.map((p) => p.count) }], {
      x: 0.5, y: 1.8, w: 6, h: 4.7, barDir: 'bar', showValue: true, showLegend: false, chartColors: s.perSide.map((p) => hex(side(p.stakeholder).color)),
    });
  }
  slide.addText(s.events.map((e) => ({ text: `${e.date} — ${e.label}`, options: { bullet: true, breakLine: true } })), { x: 6.8, y: 1.8, w: W - 7.3, h: 4.7, fontSize: 14, valign: 'top' });
}
