/**
 * What the chart downloads contain, pure and tested: CSV (data only), the README that travels
 * beside it, a zip of the two, the citation, and the standalone SVG page a chart is
 * drawn into so the image keeps its title, takeaway, scale words, key, source and date.
 */

export type TableData = { columns: string[]; rows: (string | number)[][] };

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; prefix it so it stays text.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A byte-order mark, so Excel reads the file as UTF-8 (curly quotes, accents). */
export const BOM = '\uFEFF';

/** Header row and data rows only, UTF-8 with a BOM, CRLF line ends (RFC 4180). */
export function toCsv(table: TableData): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** What a chart's citation names. `title` is ours, so it never stands in quotation marks. */
export type ChartCitation = { title: string; asOf: string; source: string };

/** A ready citation: Standpoint, the chart, the as-of date, and the sources (their titles quoted). */
export function citation({ title, asOf, source }: ChartCitation): string {
  return `Standpoint. ${title}. Data as of ${asOf}.${source ? ` Sources: ${source}.` : ''}`.replace(/\.\./g, '.');
}

/** The README.txt beside data.csv: what the numbers are, where they come from, how to cite them. */
export function readmeText(chart: ChartCitation & { takeaway: string; notes: string[] }): string {
  return [
    chart.title,
    '',
    chart.takeaway,
    '',
    ...chart.notes.flatMap((n) => [n, '']),
    `Data as of ${chart.asOf}.`,
    `Sources: ${chart.source}`,
    '',
    'Cite as:',
    citation(chart),
    '',
    'Licence: the figures are Standpoint’s analysis and may be reused with the citation above.',
    'Quoted words belong to their speakers and sources; check the sources before quoting them.',
    '',
    'data.csv holds the chart’s data only: a header row, then one row per value (UTF-8).',
  ].join('\r\n');
}

/* ---------- the data zip ---------- */

/**
 * A zip of the files (UTF-8 names and text), made with jszip — the library pptxgenjs already
 * brings, loaded only when a zip is asked for — instead of a hand-written writer and CRC-32.
 */
export async function zipFiles(files: { name: string; text: string }[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/* ---------- SVG ---------- */

/** Text made safe for SVG text and attribute values. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words broken into lines of at most `chars` characters (a long word keeps its own line). */
export function wrapWords(text: string, chars: number): string[] {
  return wrapFit(text, (line) => line.length <= chars);
}

/** Words broken into lines, each as long as `fits` allows (a word that fits on no line keeps its own). */
export function wrapFit(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && !fits(`${line} ${word}`)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Advance widths (share of the font size) of DejaVu Sans Bold, which the images' bold system-ui falls
 * back to on Linux, measured in Chromium; the bold system fonts of macOS and Windows are narrower, so a
 * line measured with these fits wherever the image is drawn. A character not listed counts as 1.1.
 */
const BOLD_EM: [number, string][] = [
  [0.34, 'ijl'],
  [0.35, ' '],
  [0.37, 'IJ/\\|'],
  [0.38, ',.’‘·'],
  [0.4, ':;'],
  [0.42, '-'],
  [0.44, 'f'],
  [0.46, '!()[]'],
  [0.48, 't'],
  [0.49, 'r'],
  [0.5, '–_`'],
  [0.52, '"*'],
  [0.58, '?z'],
  [0.59, 'c'],
  [0.6, 's'],
  [0.64, 'L'],
  [0.65, 'vxy'],
  [0.66, '“”'],
  [0.67, "ak'"],
  [0.68, 'eEFT'],
  [0.69, 'o'],
  [0.7, '0123456789$'],
  [0.71, 'hnu{}'],
  [0.72, 'bdgpqSY'],
  [0.73, 'CPZ'],
  [0.76, 'B'],
  [0.77, 'AKRVX'],
  [0.81, 'U'],
  [0.82, 'G'],
  [0.83, 'D'],
  [0.84, 'HN#+<=>^~'],
  [0.85, 'OQ'],
  [0.87, '&'],
  [0.92, 'w'],
  [1, 'M%@—…'],
  [1.04, 'm'],
];
const BOLD_WIDTH = new Map(BOLD_EM.flatMap(([em, chars]) => [...chars].map((c) => [c, em] as const)));

/** The drawn width of bold text at `size` px (see BOLD_EM). */
export function boldTextWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += BOLD_WIDTH.get(c) ?? 1.1;
  return em * size;
}

/** Everything a downloaded chart image says around its drawing. */
export type ChartWords = {
  title: string;
  takeaway: string;
  /** The scale's end words, low then high, for charts that place stances. */
  scale?: { min: string; max: string; mid?: string };
  /** True where the chart shows stances: they are analyst judgements and the image says so. */
  judgement?: boolean;
  /** Colour key and event key entries, e.g. "E1 · 6 Aug 2025 — Witkoff meets Putin". */
  key?: { label: string; fill?: string }[];
  source: string;
  asOf: string;
  /**
   * Said when the chart sets side by side positions further apart in time than the dataset's
   * staleness window; drawn under the takeaway, framed and labelled "Different dates", as on the page.
   */
  warning?: string;
};

/** Average glyph width as a share of the font size, for wrapping without a browser. */
const GLYPH = 0.55;

/**
 * The chart's drawing (`body`, an SVG fragment `bodyWidth`×`bodyHeight`) on a page `width` wide:
 * title, takeaway, scale words and judgement label above, the key and source and date below.
 * Sizes scale with `fontSize`, so a 1920-wide slide image is readable from the back of a room.
 */
export function chartPage(
  words: ChartWords,
  body: { svg: string; width: number; height: number },
  width = Math.max(640, body.width + 32),
  fontSize = 15,
  /** How far the drawing may grow to fill the page (a slide draws it larger than the page did). */
  grow = 1,
  /** At most this many lines of sources (a slide's); the rest are counted and left to the data zip's README. */
  sourceLines = Infinity,
): { svg: string; width: number; height: number } {
  const pad = Math.round(fontSize * 1.1);
  const chars = (size: number) => Math.max(20, Math.floor((width - 2 * pad) / (size * GLYPH)));
  const parts: string[] = [];
  let y = pad;
  const block = (text: string, size: number, attrs = '', fill = '#0f172a', lines = wrapWords(text, chars(size))) => {
    for (const line of lines) {
      y += Math.round(size * 1.3);
      parts.push(`<text x="${pad}" y="${y}" font-size="${size}" fill="${fill}"${attrs}>${escapeXml(line)}</text>`);
    }
  };
  // The title is bold and large: wrapped by its measured width, so no line runs past the image's edge.
  const titleSize = Math.round(fontSize * 1.5);
  block(
    words.title,
    titleSize,
    ' font-weight="700"',
    '#0f172a',
    wrapFit(words.title, (line) => boldTextWidth(line, titleSize) <= width - 2 * pad),
  );
  y += Math.round(fontSize * 0.3);
  block(words.takeaway, Math.round(fontSize * 1.15));
  if (words.warning) {
    // A box with a bold label and a border as well as a tint: it reads the same without colour.
    const size = fontSize;
    const inset = Math.round(size * 0.6);
    const lines = wrapWords(words.warning, Math.max(20, chars(size) - 4));
    const top = y + Math.round(size * 0.5);
    const boxHeight = (lines.length + 1) * Math.round(size * 1.3) + inset * 2 - Math.round(size * 0.3);
    parts.push(
      `<rect x="${pad}" y="${top}" width="${width - 2 * pad}" height="${boxHeight}" fill="#fffbeb" stroke="#b45309" stroke-width="2" rx="3"/>`,
    );
    y = top + inset - Math.round(size * 0.3);
    const line = (text: string, attrs = '') => {
      y += Math.round(size * 1.3);
      parts.push(
        `<text x="${pad + inset}" y="${y}" font-size="${size}" fill="#0f172a"${attrs}>${escapeXml(text)}</text>`,
      );
    };
    line('Different dates', ' font-weight="700"');
    for (const text of lines) line(text);
    y = top + boxHeight;
  }
  if (words.scale) {
    const mid = words.scale.mid ? ` · 50 = ${words.scale.mid}` : '';
    block(`Scale: 0 = ${words.scale.min}${mid} · 100 = ${words.scale.max}`, fontSize, ' font-weight="600"');
  }
  if (words.judgement)
    block('Stances are analyst judgement, not the sides’ own numbers.', fontSize, ' font-style="italic"', '#334155');
  y += Math.round(fontSize * 0.6);
  // The drawing, scaled to the page's width (up only as far as `grow`) and centred.
  const scale = Math.min(grow, (width - 2 * pad) / body.width);
  const drawnWidth = Math.round(body.width * scale);
  const drawnHeight = Math.round(body.height * scale);
  parts.push(
    `<svg x="${Math.round((width - drawnWidth) / 2)}" y="${y}" width="${drawnWidth}" height="${drawnHeight}" viewBox="0 0 ${body.width} ${body.height}">${body.svg}</svg>`,
  );
  y += drawnHeight + Math.round(fontSize * 0.4);
  // The key: in columns (read down, then across) when its entries are short enough, so a long key
  // (a timeline's events) leaves the drawing room; one entry a line, wrapped, otherwise.
  const key = words.key ?? [];
  const size = fontSize;
  const swatch = (entry: { fill?: string }) => (entry.fill ? size * 1.5 : 0);
  const column = Math.max(0, ...key.map((e) => swatch(e) + e.label.length * size * 0.56)) + size * 1.5;
  const columns = Math.max(1, Math.min(4, Math.floor((width - 2 * pad) / column), key.length));
  const lineHeight = Math.round(size * 1.35);
  if (columns > 1) {
    const perColumn = Math.ceil(key.length / columns);
    key.forEach((entry, i) => {
      const x = pad + Math.floor(i / perColumn) * column;
      const line = y + ((i % perColumn) + 1) * lineHeight;
      if (entry.fill)
        parts.push(
          `<rect x="${x}" y="${line - size + 2}" width="${size}" height="${size - 2}" fill="${entry.fill}" stroke="#0f172a"/>`,
        );
      parts.push(
        `<text x="${x + swatch(entry)}" y="${line}" font-size="${size}" fill="#0f172a">${escapeXml(entry.label)}</text>`,
      );
    });
    y += perColumn * lineHeight;
  } else
    for (const entry of key) {
      const lines = wrapWords(entry.label, chars(size) - 4);
      const x = pad + swatch(entry);
      lines.forEach((line, i) => {
        y += lineHeight;
        if (entry.fill && i === 0)
          parts.push(
            `<rect x="${pad}" y="${y - size + 2}" width="${size}" height="${size - 2}" fill="${entry.fill}" stroke="#0f172a"/>`,
          );
        parts.push(`<text x="${x}" y="${y}" font-size="${size}" fill="#0f172a">${escapeXml(line)}</text>`);
      });
    }
  y += Math.round(fontSize * 0.4);
  const sourceSize = Math.round(fontSize * 0.85);
  if (words.source)
    block(
      sourceLine(words.source, (line) => wrapWords(line, chars(sourceSize)).length <= sourceLines),
      sourceSize,
      '',
      '#334155',
    );
  block(`Standpoint · data as of ${words.asOf}`, Math.round(fontSize * 0.85), ' font-weight="600"', '#334155');
  const height = y + pad;
  return {
    width,
    height,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">` +
      `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`,
  };
}

/**
 * A chart's sources (citeSources's "Outlet, “Title”, date; …"), split where a "; " stands outside a
 * quoted title.
 */
export function splitSources(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ';' && source[i + 1] === ' ') {
      parts.push(source.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(source.slice(start));
  return parts.filter(Boolean);
}

/**
 * The source line, as many sources as `fits` allows (at least one) and the rest counted: "Source: A;
 * B; and 5 more sources: see the data zip’s README".
 */
export function sourceLine(source: string, fits: (line: string) => boolean = () => true): string {
  const all = splitSources(source);
  const line = (n: number) => {
    const more = all.length - n;
    const rest = more > 0 ? `; and ${more} more source${more === 1 ? '' : 's'}: see the data zip’s README` : '';
    return `Source: ${all.slice(0, n).join('; ')}${rest}`;
  };
  let n = all.length;
  while (n > 1 && !fits(line(n))) n--;
  return line(n);
}

/** The least share of a 16:9 slide's height the chart takes when its shape lets it (full width is its limit). */
export const SLIDE_CHART_SHARE = 0.55;

/**
 * The chart laid out for a 16:9 slide (1920×1080), never cropped. The chart comes first: drawn as
 * wide as the slide (up to 62% of its height); the words around it give way — fewer source lines
 * (the rest counted, and named in the data zip's README), then smaller type — and only then does the
 * chart shrink, never below SLIDE_CHART_SHARE of the height (or its full width, for a wide, flat one).
 * Only a page still too tall after that is scaled down whole.
 */
export function slideSvg(words: ChartWords, body: { svg: string; width: number; height: number }): string {
  const [W, H] = [1920, 1080];
  const room = (fontSize: number) => W - 2 * Math.round(fontSize * 1.1);
  const want = Math.min(room(26) / body.width, (0.62 * H) / body.height, 3);
  const least = Math.min(room(20) / body.width, (SLIDE_CHART_SHARE * H) / body.height);
  const tries: [number, number][] = [
    [26, 3],
    [24, 2],
    [22, 2],
    [20, 1],
  ];
  // The first try that fits, else the last (smallest words).
  let page!: ReturnType<typeof chartPage>;
  for (const [fontSize, lines] of tries) {
    page = chartPage(words, body, W, fontSize, want, lines);
    if (page.height <= H) break;
  }
  // Still too tall: the chart gives up what the page is over, down to its least share.
  if (page.height > H) {
    const grow = Math.max(Math.min(want, least), want - (page.height - H) / body.height);
    page = chartPage(words, body, W, 20, grow, 1);
  }
  const scale = Math.min(1, W / page.width, H / page.height);
  const [w, h] = [Math.round(page.width * scale), Math.round(page.height * scale)];
  const inner = page.svg.replace(/^<svg [^>]*>/, '').replace(/<\/svg>$/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<svg x="${Math.round((W - w) / 2)}" y="${Math.round((H - h) / 2)}" width="${w}" height="${h}" viewBox="0 0 ${page.width} ${page.height}">${inner}</svg></svg>`
  );
}

/**
 * A table drawn as an SVG fragment, for charts that are HTML tables on the page. Long cells wrap
 * onto more lines (a row grows) instead of being cut, so a wide grid lays out for the image.
 */
export function tableSvg(
  table: TableData,
  fills?: (row: number, col: number) => string | undefined,
  maxColumn = 260,
): { svg: string; width: number; height: number } {
  const charWidth = 7.2;
  const widths = table.columns.map((c, i) =>
    Math.min(
      maxColumn,
      Math.max(60, ...[c, ...table.rows.map((r) => String(r[i] ?? ''))].map((t) => t.length * charWidth + 16)),
    ),
  );
  const lineHeight = 16;
  const width = widths.reduce((a, b) => a + b, 0) + 2;
  const parts: string[] = [];
  let y = 1;
  const drawRow = (cells: (string | number)[], header: boolean, rowIndex: number) => {
    const lines = cells.map((cell, col) =>
      wrapWords(String(cell), Math.max(4, Math.floor(((widths[col] ?? 60) - 12) / charWidth))),
    );
    const rowHeight = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 10;
    let x = 1;
    cells.forEach((_, col) => {
      const w = widths[col] ?? 60;
      const fill = header ? '#e2e8f0' : (fills?.(rowIndex, col) ?? '#ffffff');
      parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${rowHeight}" fill="${fill}" stroke="#94a3b8"/>`);
      (lines[col] ?? []).forEach((line, i) =>
        parts.push(
          `<text x="${x + 6}" y="${y + 17 + i * lineHeight}" font-size="12" fill="#0f172a"${header ? ' font-weight="700"' : ''}>${escapeXml(line)}</text>`,
        ),
      );
      x += w;
    });
    y += rowHeight;
  };
  drawRow(table.columns, true, -1);
  table.rows.forEach((row, i) => drawRow(row, false, i));
  return { svg: parts.join(''), width, height: y + 1 };
}

/* ---------- a chart's words, for its downloads ---------- */

/** What a chart says about itself (lib/reshape-charts.ts's ChartHead is one). */
export type ChartAbout = ChartCitation & {
  takeaway: string;
  warning?: string;
  scale?: { min: string; max: string; mid?: string };
  judgement?: boolean;
  legend?: { label: string; fill?: string }[];
  /** The note under the takeaway, in plain words. */
  noteText?: string;
  /** More paragraphs for the README (the gap heatmap's date warnings, issue by issue). */
  readmeNotes?: string[];
};

/** The words a chart's image carries. */
export function chartWords(about: ChartAbout): ChartWords {
  const { title, takeaway, source, asOf, legend, scale, judgement, warning } = about;
  return {
    title,
    takeaway,
    source,
    asOf,
    ...(legend ? { key: legend } : {}),
    ...(scale ? { scale } : {}),
    ...(judgement ? { judgement } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** The README beside a chart's data.csv: its note, scale, judgement label and date warnings. */
export function chartReadme(about: ChartAbout): string {
  const notes = [
    ...(about.noteText ? [about.noteText] : []),
    ...(about.scale ? [`Scale: 0 = ${about.scale.min}; 100 = ${about.scale.max}.`] : []),
    ...(about.judgement ? ['Stances are analyst judgement, not the sides’ own numbers.'] : []),
    ...(about.warning ? [`Different dates: ${about.warning}`] : []),
    ...(about.readmeNotes ?? []),
  ];
  return readmeText({ title: about.title, takeaway: about.takeaway, source: about.source, asOf: about.asOf, notes });
}
