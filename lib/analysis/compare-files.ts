/**
 * The compare digest cut for the static site: one file per issue (every side's position on it and
 * the demands on it) that the browser loads for a selection other than the default the HTML holds.
 * Pure; browser-safe.
 */
import { positionKey, type CompareData, type ComparePosition, type CompareDemand } from './compare';

/** One issue's part of the digest: /compare/data/<issue>.json. */
export type CompareIssueFile = { issue: string; positions: Record<string, ComparePosition>; demands: CompareDemand[] };

/** Where an issue's file is served. */
export const compareFileUrl = (issue: string) => `/compare/data/${encodeURIComponent(issue)}.json`;

export function compareIssueFile(data: CompareData, issue: string): CompareIssueFile {
  const positions: Record<string, ComparePosition> = {};
  for (const side of data.stakeholders) {
    const key = positionKey(side.id, issue);
    const position = data.positions[key];
    if (position) positions[key] = position;
  }
  return { issue, positions, demands: data.demands.filter((d) => d.issue === issue) };
}

/** The digest with issue files merged in: their issues then hold every side's records. */
export function withIssueFiles(data: CompareData, files: readonly CompareIssueFile[]): CompareData {
  if (files.length === 0) return data;
  const issues = new Set(files.map((f) => f.issue));
  const positions: Record<string, ComparePosition> = {};
  for (const [key, position] of Object.entries(data.positions))
    if (!issues.has(key.slice(key.indexOf('|') + 1))) positions[key] = position;
  for (const file of files) Object.assign(positions, file.positions);
  return {
    ...data,
    positions,
    demands: [...data.demands.filter((d) => !issues.has(d.issue)), ...files.flatMap((f) => f.demands)],
  };
}

/** What the compare form offers: every side and issue of the digest, by id and name. */
export function compareChoices(data: Pick<CompareData, 'stakeholders' | 'issues'>) {
  return {
    stakeholders: data.stakeholders.map((s) => ({ id: s.id, name: s.name })),
    issues: data.issues.map((i) => ({ id: i.id, name: i.title })),
  };
}
