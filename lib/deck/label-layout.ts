/**
 * Where the stance picture's labels and marks go, so that no label prints over another: one rule the
 * HTML slide (components/brief/slides/mini-spectrum.tsx) and the .pptx (components/brief/pptx/issue.ts)
 * both call, each in its own units. Labels sit in rows above the marks, in the order of their marks,
 * each as near above its mark as the others allow (a leader line joins them); marks that would cover
 * each other go on lanes one above another.
 */

/** A label to place: the position of the mark it names, and its width (same units). */
export type LabelItem = { anchor: number; width: number };
/** A placed label: the middle of its box and its row (0 the lowest). */
export type PlacedLabel = { center: number; row: number };

/** Labels on one row, in anchor order, pushed apart as little as possible and kept inside [from, to]. */
function placeRow(items: LabelItem[], from: number, to: number, gap: number): number[] {
  type Block = { first: number; width: number; left: number; wanted: number[] };
  const blocks: Block[] = [];
  const clampLeft = (left: number, width: number) => Math.max(from, Math.min(left, to - width));
  items.forEach((item, i) => {
    let block: Block = {
      first: i,
      width: item.width,
      wanted: [item.anchor - item.width / 2],
      left: clampLeft(item.anchor - item.width / 2, item.width),
    };
    // Merge with the block before while they would overlap: the merged block sits where its
    // labels want it on average, still inside the line.
    while (blocks.length > 0) {
      const prev = blocks.at(-1)!;
      if (prev.left + prev.width + gap <= block.left) break;
      blocks.pop();
      const offset = prev.width + gap;
      const wanted = [...prev.wanted, ...block.wanted.map((w) => w - offset)];
      const width = prev.width + gap + block.width;
      const mean = wanted.reduce((a, b) => a + b, 0) / wanted.length;
      block = { first: prev.first, width, wanted, left: clampLeft(mean, width) };
    }
    blocks.push(block);
  });
  const centers: number[] = [];
  for (const block of blocks) {
    let left = block.left;
    for (let i = block.first; i < block.first + block.wanted.length; i++) {
      centers.push(left + items[i]!.width / 2);
      left += items[i]!.width + gap;
    }
  }
  return centers;
}

/**
 * Each label's place: as few rows as hold them all side by side (labels alternate between rows in
 * the order of their marks), at most `maxRows`. No two labels on a row overlap as long as a row's
 * labels and gaps fit between `from` and `to`, which `maxRows` rows of six short labels always do.
 */
export function spreadLabels(items: LabelItem[], from: number, to: number, gap: number, maxRows = 2): PlacedLabel[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.anchor - items[b]!.anchor || a - b);
  const fits = (row: number[]) =>
    row.reduce((sum, i) => sum + items[i]!.width, 0) + gap * (row.length - 1) <= to - from;
  let rows = 1;
  const split = (n: number) => Array.from({ length: n }, (_, r) => order.filter((_, k) => k % n === r));
  while (rows < maxRows && !split(rows).every(fits)) rows++;
  const placed: PlacedLabel[] = new Array(items.length);
  split(rows).forEach((row, r) => {
    const centers = placeRow(
      row.map((i) => items[i]!),
      from,
      to,
      gap,
    );
    row.forEach((i, k) => (placed[i] = { center: centers[k]!, row: r }));
  });
  return placed;
}

/**
 * The lane of each mark (0 the lowest): the lowest on which it covers nothing placed before it, or,
 * when every lane is taken there, the one where it covers least. `extents` are [from, to] on the line.
 */
export function stackMarks(extents: [number, number][], lanes: number): number[] {
  const placed: number[] = [];
  extents.forEach(([a, b], i) => {
    const clashes = (lane: number) =>
      extents.slice(0, i).filter(([c, d], k) => placed[k] === lane && a < d && c < b).length;
    const all = Array.from({ length: lanes }, (_, lane) => lane);
    const free = all.find((lane) => clashes(lane) === 0);
    placed.push(free ?? all.reduce((best, lane) => (clashes(lane) < clashes(best) ? lane : best)));
  });
  return placed;
}
