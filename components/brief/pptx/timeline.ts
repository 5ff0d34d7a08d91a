import { CIRCA, hasCirca, type TimelineSlide } from '@/lib/deck/slides/timeline';
import { hex, W, type PptxTarget } from './parts';

export function timelinePptx({ pptx, slide, side }: PptxTarget, s: TimelineSlide) {
  slide.addText(s.takeaway, { x: 0.5, y: 1.1, w: W - 1, h: 0.6, fontSize: 16, bold: true });
  if (s.perSide.length > 0) {
    slide.addChart(
      pptx.ChartType.bar,
      [
        {
          name: 'Statements',
          labels: s.perSide.map((p) => side(p.stakeholder).name),
          values: s.perSide.map((p) => p.count),
        },
      ],
      {
        x: 0.5,
        y: 1.8,
        w: 6,
        h: 4.7,
        barDir: 'bar',
        showValue: true,
        // Statements are whole: no 0.5 steps on the count axis.
        valAxisMajorUnit: 1,
        showLegend: false,
        chartColors: s.perSide.map((p) => hex(side(p.stakeholder).color)),
      },
    );
  }
  slide.addText(
    [
      ...s.events.map((e, n) => ({
        text: `E${(s.start ?? 1) + n} · ${e.date} — ${e.label}`,
        options: { breakLine: true, paraSpaceAfter: 3 },
      })),
      ...(hasCirca(s) ? [{ text: CIRCA, options: { italic: true, breakLine: true } }] : []),
    ],
    { x: 6.8, y: 1.8, w: W - 7.3, h: 4.7, fontSize: 14, valign: 'top' },
  );
}
