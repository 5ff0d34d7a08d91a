import type { IssueSlide } from '@/lib/deck/slides/issue';
import { NO_POSITION } from '@/lib/deck/slides/side-line';
import { hex, W, type PptxTarget } from './parts';

export function issuePptx({ pptx, slide, side }: PptxTarget, s: IssueSlide) {
  slide.addText(s.question, { x: 0.5, y: 1.05, w: W - 1, h: 0.6, fontSize: 16, bold: true });
  const placed = s.lines.filter((l) => l.stance !== null);
  if (placed.length > 0) {
    slide.addChart(
      pptx.ChartType.bar,
      [
        {
          name: 'Stance (0–100, analyst judgement)',
          labels: placed.map((l) => side(l.stakeholder).name),
          values: placed.map((l) => l.stance!),
        },
      ],
      {
        x: 0.5,
        y: 1.7,
        w: 5.6,
        h: 4.8,
        barDir: 'bar',
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        showValue: true,
        chartColors: placed.map((l) => hex(side(l.stakeholder).color)),
        valAxisTitle: `0 ${s.scale[0]} · 100 ${s.scale[2]}`,
        showValAxisTitle: true,
        showLegend: false,
      },
    );
  }
  const text = s.lines.flatMap((l) => [
    { text: `${side(l.stakeholder).name}: `, options: { bold: true, breakLine: false } },
    { text: l.summary ?? NO_POSITION, options: { breakLine: true } },
    // Only a quote record's verbatim words go inside quotation marks.
    ...(l.quote
      ? [{ text: `“${l.quote.text}” — ${l.quote.speaker}`, options: { italic: true, breakLine: true, fontSize: 11 } }]
      : []),
  ]);
  slide.addText(text, { x: 6.3, y: 1.7, w: W - 6.8, h: 5, fontSize: 12, valign: 'top' });
}
