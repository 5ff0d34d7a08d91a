/** What the chart downloads contain: CSV with a citation, and an SVG drawing of a table. Pure. */

export type TableData = { columns: string[]; rows: (string | number)[][] };

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; prefix it so it stays text.
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row, data rows, then a blank line and the source citation. CRLF line ends (RFC 4180). */
export function toCsv(table: TableData, citation: string): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return [...lines, '', csvCell(`Source: ${citation}`)].join('\r\n') + '\r\n';
}

/** Text made safe for SVG text and attribute values. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A table drawn as a standalone SVG: for charts that are HTML tables on the page. */
export function tableSvg(
  table: TableData,
  title: string,
  citation: string,
  fills?: (row: number, col: number) => string | undefined,
): string {
  const charWidth = 7.2;
  const widths = table.columns.map((c, i) =>
    Math.min(
      420,
      Math.max(60, ...[c, ...table.rows.map((r) => String(r[i] ?? ''))].map((t) => t.length * charWidth + 16)),
    ),
  );
  const rowHeight = 26;
  const width = widths.reduce((a, b) => a + b, 0) + 20;
  const top = 44;
  const height = top + rowHeight * (table.rows.length + 1) + 36;
  const clip = (text: string, w: number) =>
    text.length * charWidth > w - 12 ? text.slice(0, Math.max(1, Math.floor((w - 12) / charWidth) - 1)) + '…' : text;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="16" font-weight="700" fill="#0f172a">${escapeXml(title)}</text>`,
  ];
  const drawRow = (cells: (string | number)[], y: number, header: boolean, rowIndex: number) => {
    let x = 10;
    cells.forEach((cell, col) => {
      const w = widths[col] ?? 60;
      const fill = header ? '#e2e8f0' : (fills?.(rowIndex, col) ?? '#ffffff');
      parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${rowHeight}" fill="${fill}" stroke="#94a3b8"/>`);
      parts.push(
        `<text x="${x + 6}" y="${y + 17}" fill="#0f172a"${header ? ' font-weight="700"' : ''}>${escapeXml(clip(String(cell), w))}</text>`,
      );
      x += w;
    });
  };
  drawRow(table.columns, top, true, -1);
  table.rows.forEach((row, i) => drawRow(row, top + rowHeight * (i + 1), false, i));
  parts.push(`<text x="10" y="${height - 14}" fill="#334155">${escapeXml(`Source: ${citation}`)}</text>`, '</svg>');
  return parts.join('');
}
