/**
 * The stand-alone image of "<proposal> against the sides": every term on its issue's 0–100 scale
 * against the sides' current stances, with each side's distance, red lines crossed and response
 * under it (sideLineText: the verdict word labelled as the analysts' reading; the proposer "Proposed it"). Pure (an SVG fragment as a string, every colour written out), drawn from the deck slide's
 * facts (lib/deck/slides/proposal.build.ts), so the slide and the image say the same; the labels are
 * placed by lib/deck/label-layout.ts so none prints over another. lib/chart-export.ts's chartPage adds
 * the title, takeaway, source and date around it.
 */
import { escapeXml, wrapWords } from '../chart-export';
import { spreadLabels, stackMarks } from '../deck/label-layout';
import { sideLineText, type TermRow } from '../deck/slides/proposal';
import type { DeckSide } from '../deck/types';
import { quoted } from '../quote';

const WIDTH = 900;
const x = (v: number) => 40 + v * 8.2;

export function proposalChartSvg(
  terms: TermRow[],
  side: (id: string) => Pick<DeckSide, 'name' | 'abbreviation' | 'color'>,
): { svg: string; width: number; height: number } {
  const parts: string[] = [];
  let y = 0;
  const r = (n: number) => Math.round(n * 10) / 10;
  const text = (tx: number, ty: number, s: string, size = 13, attrs = '') =>
    parts.push(`<text x="${r(tx)}" y="${r(ty)}" font-size="${size}" fill="#0f172a"${attrs}>${escapeXml(s)}</text>`);
  for (const t of terms) {
    y += 20;
    text(
      0,
      y,
      `${t.text} — ${t.issueTitle} ${t.place ? `(term at ${t.place.words}, analyst judgement)` : '(term not placed)'}`,
      14,
      ' font-weight="700"',
    );
    const placed = t.sides.flatMap((s) => (s.stance ? [{ ...s, stance: s.stance }] : []));
    const labels = placed.map((s) => `${side(s.stakeholder).abbreviation} ${s.stance.words}`);
    const spots = spreadLabels(
      placed.map((s, i) => ({ anchor: x((s.stance.low + s.stance.high) / 2), width: labels[i]!.length * 7.5 + 6 })),
      0,
      WIDTH,
      10,
    );
    const rows = Math.max(1, ...spots.map((p) => p.row + 1));
    const lanes = stackMarks(
      placed.map((s) => [x(s.stance.low) - 8, x(s.stance.high) + 8]),
      3,
    );
    const top = y + 8;
    const laneTop = top + rows * 16 + 8;
    const used = Math.max(1, ...lanes.map((l) => l + 1));
    const axis = laneTop + used * 12 + 8;
    if (t.place)
      parts.push(
        `<rect x="${x(t.place.low) - (t.place.low === t.place.high ? 2 : 0)}" y="${laneTop - 4}" width="${Math.max(x(t.place.high) - x(t.place.low), 4)}" height="${axis - laneTop + 8}" fill="#fcd34d" fill-opacity="0.5" stroke="#92400e" stroke-dasharray="4 3"/>`,
      );
    placed.forEach((s, i) => {
      const my = laneTop + (used - 1 - lanes[i]!) * 12 + 6;
      const color = side(s.stakeholder).color;
      const spot = spots[i]!;
      const ly = top + (rows - spot.row) * 16 - 4;
      const range = s.stance.low !== s.stance.high;
      const reach = range
        ? Math.min(Math.max(spot.center, x(s.stance.low) + 3), x(s.stance.high) - 3)
        : x(s.stance.low);
      parts.push(
        `<line x1="${spot.center}" y1="${ly + 3}" x2="${reach}" y2="${my - 5}" stroke="#475569" stroke-width="1"/>`,
        range
          ? `<rect x="${x(s.stance.low)}" y="${my - 5}" width="${Math.max(x(s.stance.high) - x(s.stance.low), 3)}" height="10" fill="${color}" fill-opacity="0.8" stroke="#0f172a"/>`
          : `<circle cx="${x(s.stance.low)}" cy="${my}" r="6" fill="${color}" stroke="#0f172a"/>`,
      );
      text(spot.center, ly, labels[i]!, 13, ' font-weight="700" text-anchor="middle"');
    });
    parts.push(`<line x1="${x(0)}" x2="${x(100)}" y1="${axis}" y2="${axis}" stroke="#0f172a" stroke-width="2"/>`);
    for (const v of [0, 50, 100])
      parts.push(
        `<line x1="${x(v)}" x2="${x(v)}" y1="${axis - 5}" y2="${axis + 5}" stroke="#0f172a" stroke-width="2"/>`,
      );
    y = axis + 18;
    text(x(0), y, `0 · ${t.scale[0]}`, 12);
    text(x(50), y, `50 · ${t.scale[1]}`, 12, ' text-anchor="middle"');
    text(x(100), y, `${t.scale[2]} · 100`, 12, ' text-anchor="end"');
    for (const s of t.sides) {
      // Only a quote record's words go inside quotation marks.
      const plain = sideLineText({ ...s, response: s.response ? { ...s.response, quote: null } : null });
      const quote = s.response?.quote ? ` ${quoted(s.response.quote)} — ${s.response.quote.speaker}` : '';
      wrapWords(`${side(s.stakeholder).name}: ${plain}${quote}`, 118).forEach((line) => {
        y += 17;
        text(0, y, line, 12.5);
      });
    }
    y += 10;
  }
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}">${parts.join('')}</svg>`,
    width: WIDTH,
    height: y,
  };
}
