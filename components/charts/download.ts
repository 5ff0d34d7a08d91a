/** Browser-side helpers for chart downloads. */
import { escapeXml, tableSvg } from '@/lib/chart-export';

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chart drawn as an HTML table, redrawn as SVG: its header, its rows and each cell's fill. */
function svgFromTable(table: HTMLTableElement, title: string, source: string): string {
  // innerText keeps the breaks between a cell's blocks (side, demand, issue), which textContent runs together.
  const text = (cell: HTMLElement) =>
    cell.innerText
      .split(/\n+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' · ');
  const headRow = table.tHead?.rows[0];
  const columns = headRow ? [...headRow.cells].map(text) : [];
  const bodyRows = [...table.tBodies].flatMap((b) => [...b.rows]);
  const rows = bodyRows.map((row) => [...row.cells].map(text));
  const fills = bodyRows.map((row) => [...row.cells].map((c) => getComputedStyle(c).backgroundColor));
  return tableSvg({ columns, rows }, title, source, (r, c) => {
    const fill = fills[r]?.[c];
    return fill && fill !== 'rgba(0, 0, 0, 0)' ? fill : undefined;
  });
}

export type LegendEntry = { label: string; fill: string };

/** The chart as SVG, on a white background with its title (and key, if any) above and source below. */
export function svgFromChart(root: Element | null, title: string, source: string, legend: LegendEntry[] = []): string {
  const surface = root?.querySelector('svg.recharts-surface');
  const table = root?.querySelector('table');
  if (!surface && table) return svgFromTable(table, title, source);
  if (!surface) throw new Error('The chart has not been drawn yet.');
  const box = surface.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = surface.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const top = legend.length > 0 ? 62 : 36;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  // Colours are CSS variables on the page (chart-container.tsx); a standalone file needs their values.
  const style = getComputedStyle(surface);
  const inner = new XMLSerializer()
    .serializeToString(clone)
    .replace(/var\((--[\w-]+)\)/g, (whole, name: string) => style.getPropertyValue(name).trim() || whole);
  const total = height + top + 34;
  let x = 8;
  const key = legend
    .map((entry) => {
      const item = `<rect x="${x}" y="36" width="18" height="14" fill="${entry.fill}" stroke="#0f172a"/><text x="${x + 24}" y="48" font-size="13" fill="#0f172a">${escapeXml(entry.label)}</text>`;
      x += 40 + entry.label.length * 7.5;
      return item;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="8" y="24" font-size="16" font-weight="700" fill="#0f172a">${escapeXml(title)}</text>` +
    key +
    inner +
    `<text x="8" y="${total - 12}" font-size="12" fill="#334155">${escapeXml(`Source: ${source}`)}</text>` +
    `</svg>`
  );
}

/** Rasterises an SVG string at `scale`× its size. */
export async function pngFromSvg(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
