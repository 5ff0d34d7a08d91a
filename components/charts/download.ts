/** Browser-side helpers for chart downloads; the layout itself is lib/chart-export.ts (pure, tested). */
import { tableSvg } from '@/lib/chart-export';

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

export type Drawing = { svg: string; width: number; height: number };

/** A chart drawn as an HTML table, redrawn as SVG: its header, its rows and each cell's fill. */
function drawingFromTable(table: HTMLTableElement): Drawing {
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
  return tableSvg({ columns, rows }, (r, c) => {
    const fill = fills[r]?.[c];
    return fill && fill !== 'rgba(0, 0, 0, 0)' ? fill : undefined;
  });
}

/**
 * The chart's drawing as an SVG fragment with its size, or null when nothing is drawn yet (a chart
 * still loading, or one with no data): callers say so rather than throw.
 */
export function drawingOf(root: Element | null): Drawing | null {
  const surface = root?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-chart-drawing]');
  const table = root?.querySelector('table');
  if (!surface && table) return drawingFromTable(table);
  if (!surface) return null;
  const box = surface.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = surface.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Colours are CSS variables on the page (chart-container.tsx); a standalone file needs their values.
  const style = getComputedStyle(surface);
  const svg = new XMLSerializer()
    .serializeToString(clone)
    .replace(/var\((--[\w-]+)\)/g, (whole, name: string) => style.getPropertyValue(name).trim() || whole);
  return { svg, width, height };
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
