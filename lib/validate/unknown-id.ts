/**
 * The message for a reference to an id no record has, with the nearest known ids when one is close
 * ("did you mean …?"): every reference rule (./context.ts `missing`, lib/proposals/validate.ts) says
 * it through `unknownId`.
 */

/** Edits (insert, delete, replace, swap two neighbours) from a to b; past `limit`, any number above it. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits allowed for an id of this length to count as a slip: 1 up to 4 characters, 2 up to 8, then 3. */
const slips = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The known ids close to `id`, nearest first (at most 3): a few edits away, or one the start of the
 * other (at least 4 characters, and at least half of the longer). None when nothing is close.
 */
export function nearestIds(id: string, known: Iterable<string>): string[] {
  const limit = slips(id.length);
  const close: [string, number][] = [];
  for (const candidate of known) {
    if (candidate === id) continue;
    const distance = editDistance(id, candidate, limit);
    const [short, long] = id.length <= candidate.length ? [id, candidate] : [candidate, id];
    const prefix = short.length >= 4 && short.length * 2 >= long.length && long.startsWith(short);
    if (distance <= limit || prefix) close.push([candidate, Math.min(distance, limit + 1)]);
  }
  return close
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([candidate]) => candidate);
}

/** `unknown stakeholder "rusia": no record with that id in data/stakeholders.json — did you mean "russia"?` */
export function unknownId(kind: string, id: string, file: string, known: Iterable<string>): string {
  const near = nearestIds(id, known).map((k) => `"${k}"`);
  const guess =
    near.length === 0
      ? ''
      : ` — did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near.at(-1)}`}?`;
  return `unknown ${kind} "${id}": no record with that id in ${file}${guess}`;
}
