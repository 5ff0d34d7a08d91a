/**
 * A synthetic dataset at the scale the benchmark asks for, valid under the loader: every quote and
 * passage stands verbatim in a generated source text, every position and demand cites its own side's
 * statements on its issue, and dates fall before the as-of date. Deterministic (no randomness), so
 * two runs measure the same data.
 */
import { SCHEMA_VERSION } from '../schema';
import { compareDates } from '../dates';

export type Scale = {
  stakeholders: number;
  issues: number;
  sources: number;
  actorsPerSide: number;
  statements: number;
  demands: number;
  positionShare: number;
};
export const BENCH_SCALE: Scale = {
  stakeholders: 60,
  issues: 30,
  sources: 20,
  actorsPerSide: 5,
  statements: 10_000,
  demands: 2_000,
  positionShare: 0.85,
};

const WORDS =
  'ceasefire territory guarantees sanctions summit neutrality withdrawal recognition monitoring deadline talks referendum reconstruction prisoners energy grain corridor security forces border'.split(
    ' ',
  );
const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, k) => WORDS[(seed * 7 + k * 13) % WORDS.length]).join(' ');
/** Two to four capital letters, distinct for each index. */
const abbreviation = (i: number) =>
  'S' + String.fromCharCode(65 + (Math.floor(i / 26) % 26)) + String.fromCharCode(65 + (i % 26));
/** Positions per side and issue over time in the synthetic set (fewer where a cell has fewer statements). */
export const POSITIONS_PER_CELL = 4;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** The data folder as file name → contents (JSON files and sources/<id>.txt). */
export function syntheticDataset(scale: Scale = BENCH_SCALE): Map<string, string> {
  const files = new Map<string, string>();
  const json = (name: string, value: unknown) => files.set(name, JSON.stringify(value));
  const stakeholders = Array.from({ length: scale.stakeholders }, (_, i) => ({
    id: `side-${i}`,
    name: `Side ${i}`,
    abbreviation: abbreviation(i),
    description: `Synthetic side number ${i}.`,
  }));
  const issues = Array.from({ length: scale.issues }, (_, i) => ({
    id: `issue-${i}`,
    title: `Issue ${i}`,
    question: `Where does each side stand on question ${i}?`,
    scale: {
      min: { short: 'None', description: 'Rejects it entirely.' },
      mid: { short: 'Partly', description: 'Accepts it with conditions.' },
      max: { short: 'Fully', description: 'Demands it in full.' },
    },
  }));
  const actors = stakeholders.flatMap((s, i) =>
    Array.from({ length: scale.actorsPerSide }, (_, k) => ({
      id: `actor-${i}-${k}`,
      name: `Speaker ${i}.${k}`,
      role: `Official of side ${i}`,
      stakeholder: s.id,
      kind: 'person',
    })),
  );
  const sourceLines: string[][] = Array.from({ length: scale.sources }, () => []);
  const cells = new Map<string, string[]>();
  const statements = Array.from({ length: scale.statements }, (_, n) => {
    const side = n % scale.stakeholders;
    const issue = Math.floor(n / scale.stakeholders) % scale.issues;
    const source = n % scale.sources;
    const quote = `on issue ${issue} we say ${words(8, n)} number ${n}`;
    const passage = `Speaker ${side}.${n % scale.actorsPerSide} said: "${quote}."`;
    sourceLines[source]!.push(passage);
    const id = `st-${n}`;
    const key = `${side}|${issue}`;
    cells.set(key, [...(cells.get(key) ?? []), id]);
    return {
      id,
      actor: `actor-${side}-${n % scale.actorsPerSide}`,
      source: `source-${source}`,
      // Each round through the cells is 37 days on, so a cell's statements fall on different days.
      date: day((n + 37 * Math.floor(n / (scale.stakeholders * scale.issues))) % 200),
      channel: 'Press conference',
      issues: [`issue-${issue}`],
      evidence: 'direct-quote',
      quotes: [quote],
      passage,
      summary: `Side ${side} on issue ${issue}: ${words(6, n)}.`,
    };
  });
  const sources = sourceLines.map((lines, i) => {
    files.set(`sources/source-${i}.txt`, `Synthetic source ${i}.\n\n${lines.join('\n\n')}\n`);
    return {
      id: `source-${i}`,
      title: `Synthetic source ${i}`,
      outlet: 'Benchmark Wire',
      published: '2025-08-01',
      language: 'en',
      kind: 'news-report',
      extent: i % 2 === 0 ? 'full' : 'excerpt',
      url: `https://example.org/source-${i}`,
    };
  });
  // Each cell's position over time: up to POSITIONS_PER_CELL records, the k-th citing the cell's
  // statements up to its date (so an as-of view has history to cut); about a third of the later ones
  // restate the stance unchanged, the rest move it.
  const dateOf = new Map(statements.map((st) => [st.id, st.date]));
  const positions: unknown[] = [];
  stakeholders.forEach((s, i) =>
    issues.forEach((issue, j) => {
      const cited = cells.get(`${i}|${j}`);
      // Leave a share of cells without a position, as real data does.
      if (!cited || ((i * 31 + j * 17) % 100) / 100 >= scale.positionShare) return;
      const byDate = [...cited].sort((a, b) => (dateOf.get(a)! < dateOf.get(b)! ? -1 : 1));
      // One position per distinct day at most: the last statement of each step dates it.
      const days = [...new Set(byDate.map((id) => dateOf.get(id)!))];
      const steps = Math.min(POSITIONS_PER_CELL, days.length);
      for (let k = 0; k < steps; k++) {
        const last = days[Math.ceil(((k + 1) * days.length) / steps) - 1]!;
        const upTo = byDate.filter((id) => dateOf.get(id)! <= last);
        const moves = (i + j + k) % 3 !== 0;
        positions.push({
          id: k === steps - 1 ? `pos-${i}-${j}` : `pos-${i}-${j}-${k}`,
          stakeholder: s.id,
          issue: issue.id,
          asOf: last,
          summary: `Side ${i} on issue ${j}: ${words(10, i + j + (moves ? k : 0))}.`,
          stance: { value: (i * 37 + j * 11 + (moves ? k * 20 : 0)) % 101, rationale: 'Synthetic stance.' },
          statements: upTo,
        });
      }
    }),
  );
  const demands = Array.from({ length: scale.demands }, (_, n) => {
    const side = n % scale.stakeholders;
    const issue = Math.floor(n / scale.stakeholders) % scale.issues;
    const responder = (side + 1) % scale.stakeholders;
    const own = cells.get(`${side}|${issue}`)!;
    // A response answers a demand already made: the responder's latest statement, never one before the demand's.
    const theirs = [...cells.get(`${responder}|${issue}`)!].sort((a, b) =>
      compareDates(dateOf.get(b)!, dateOf.get(a)!),
    );
    return {
      id: `demand-${n}`,
      stakeholder: `side-${side}`,
      issue: `issue-${issue}`,
      kind: n % 3 ? 'asks' : 'rules-out',
      text: `Demand ${n}: ${words(3, n)}`,
      statements: [[...own].sort((a, b) => compareDates(dateOf.get(a)!, dateOf.get(b)!))[0]],
      responses: [
        {
          stakeholder: `side-${responder}`,
          response: 'partly',
          statements: [theirs[0]],
          rationale: 'Synthetic response.',
        },
      ],
    };
  });
  json('dataset.json', {
    version: SCHEMA_VERSION,
    title: 'Synthetic benchmark dataset',
    subject: `${scale.stakeholders} sides, ${scale.issues} issues, ${scale.statements} statements.`,
    asOf: '2025-08-07',
  });
  json('sources.json', { sources });
  json('stakeholders.json', { stakeholders });
  json('actors.json', { actors });
  json('issues.json', { issues });
  json('statements.json', { statements });
  json('positions.json', { positions });
  json('demands.json', { demands });
  json('events.json', { events: [] });
  return files;
}
