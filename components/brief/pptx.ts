import type { Deck, DeckSlide } from '@/lib/analysis/deck';

const W = 13.333; // inches, 16:9
const hex = (c: string) => c.replace('#', '').toUpperCase();

/** Builds the deck as a PowerPoint file in the browser; pptxgenjs is fetched only when asked for. */
export async function downloadPptx(deck: Deck) {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  const sides = new Map(deck.stakeholders.map((s) => [s.id, s]));

  const frame = (s: DeckSlide, n: number) => {
    const slide = pptx.addSlide();
    slide.addText(s.title, { x: 0.5, y: 0.3, w: W - 1, h: 0.8, fontSize: 32, bold: true, color: '0F172A' });
    if (s.footnote) slide.addText(s.footnote, { x: 0.5, y: 6.85, w: W - 2, h: 0.5, fontSize: 10, color: '334155' });
    slide.addText(`${n + 1} / ${deck.slides.length}`, { x: W - 1.4, y: 6.85, w: 0.9, h: 0.5, fontSize: 12, bold: true, align: 'right' });
    if (s.notes.length > 0) slide.addNotes(s.notes.join('\n'));
    return slide;
  };

  deck.slides.forEach((s, n) => {
    const slide = frame(s, n);
    switch (s.kind) {
      case 'title':
        slide.addText(s.subject, { x: 0.5, y: 1.6, w: W - 1, h: 2, fontSize: 24 });
        slide.addText(`As of ${s.asOf} · ${s.sources} source(s) · ${s.statements} statements`, { x: 0.5, y: 3.8, w: W - 1, h: 0.6, fontSize: 20 });
        break;
      case 'matrix': {
        const header = ['Issue', ...deck.stakeholders.map((x) => x.name)].map((text) => ({ text, options: { bold: true, fill: { color: 'E2E8F0' } } }));
        const rows = s.rows.map((r) => [
          { text: deck.issues.find((i) => i.id === r.issue)?.title ?? r.issue, options: { bold: true } },
          ...r.cells.map((c) => ({ text: c.summary === null ? 'No stated position' : `${c.stance !== null ? `${c.stance}/100` : 'Assessment'}${c.conflict ? ' · conflicting statements' : ''}` })),
        ]);
        slide.addTable([header, ...rows], { x: 0.5, y: 1.2, w: W - 1, fontSize: 12, border: { type: 'solid', color: '94A3B8', pt: 1 } });
        break;
      }
      case 'issue': {
        slide.addText(s.question, { x: 0.5, y: 1.05, w: W - 1, h: 0.6, fontSize: 16, bold: true });
        const placed = s.lines.filter((l) => l.stance !== null);
        if (placed.length > 0) {
          slide.addChart(pptx.ChartType.bar, [{ name: 'Stance (0–100, analyst judgement)', labels: placed.map((l) => sides.get(l.stakeholder)!.name), values: placed.map((l) => l.stance!) }], {
            x: 0.5, y: 1.7, w: 5.6, h: 4.8, barDir: 'bar', valAxisMinVal: 0, valAxisMaxVal: 100, showValue: true, chartColors: placed.map((l) => hex(sides.get(l.stakeholder)!.color)),
            valAxisTitle: `0 ${s.scale[0]} · 100 ${s.scale[2]}`, showValAxisTitle: true, showLegend: false,
          });
        }
        const text = s.lines.flatMap((l) => [
          { text: `${sides.get(l.stakeholder)!.name}: `, options: { bold: true, breakLine: false } },
          { text: l.summary ?? 'No stated position in the sources.', options: { breakLine: true } },
          ...(l.quote ? [{ text: `“${l.quote.text}” — ${l.quote.speaker}`, options: { italic: true, breakLine: true, fontSize: 11 } }] : []),
        ]);
        slide.addText(text, { x: 6.3, y: 1.7, w: W - 6.8, h: 5, fontSize: 12, valign: 'top' });
        break;
      }
      case 'demands': {
        const header = ['Demand', ...deck.stakeholders.map((x) => x.abbreviation)].map((text) => ({ text, options: { bold: true, fill: { color: 'E2E8F0' } } }));
        const rows = s.rows.map((r) => [{ text: `${sides.get(r.stakeholder)?.abbreviation}: ${r.text}` }, ...deck.stakeholders.map((x) => ({ text: x.id === r.stakeholder ? '(own)' : (r.responses.find((y) => y.stakeholder === x.id)?.label ?? '') }))]);
        slide.addTable([header, ...rows], { x: 0.5, y: 1.2, w: W - 1, fontSize: 11, border: { type: 'solid', color: '94A3B8', pt: 1 } });
        break;
      }
      case 'timeline':
        slide.addText(s.takeaway, { x: 0.5, y: 1.1, w: W - 1, h: 0.6, fontSize: 16, bold: true });
        if (s.perSide.length > 0) {
          slide.addChart(pptx.ChartType.bar, [{ name: 'Statements', labels: s.perSide.map((p) => sides.get(p.stakeholder)!.name), values: s.perSide.map((p) => p.count) }], {
            x: 0.5, y: 1.8, w: 6, h: 4.7, barDir: 'bar', showValue: true, showLegend: false, chartColors: s.perSide.map((p) => hex(sides.get(p.stakeholder)!.color)),
          });
        }
        slide.addText(s.events.map((e) => ({ text: `${e.date} — ${e.label}`, options: { bullet: true, breakLine: true } })), { x: 6.8, y: 1.8, w: W - 7.3, h: 4.7, fontSize: 14, valign: 'top' });
        break;
      case 'watch':
        slide.addText(s.items.length ? s.items.map((i) => ({ text: `${i.label} — ${i.detail}`, options: { bullet: true, breakLine: true } })) : 'No open deadlines or conditions in the data.', { x: 0.5, y: 1.2, w: W - 1, h: 5.5, fontSize: 14, valign: 'top' });
        break;
      case 'sources':
        slide.addText(s.citations.map((c) => ({ text: c, options: { bullet: { type: 'number' }, breakLine: true } })), { x: 0.5, y: 1.2, w: W - 1, h: 5.5, fontSize: 14, valign: 'top' });
        break;
    }
  });
  await pptx.writeFile({ fileName: 'standpoint-briefing.pptx' });
}
