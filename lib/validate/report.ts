/** How problems read: one line each, a problem repeated across records once with its count. */
import type { Problem } from '../types';

export function formatProblem(problem: Problem): string {
  return `${problem.severity === 'warning' ? 'WARNING ' : ''}${problem.file}: ${problem.path} — ${problem.message}`;
}

/** How many records of a repeated problem a report names before "and N more". */
const NAMED_IN_GROUP = 8;

/**
 * The report an analyst reads: one line per problem, except that a problem repeated across records
 * (same group, or the same message, in the same file) is one line with its count and the records it
 * is in. Lines keep the order in which each problem was first found.
 */
export function summariseProblems(problems: Problem[]): string[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.severity ?? 'error'}\u0000${problem.file}\u0000${problem.group ?? problem.message}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()].map((same) => {
    const first = same[0]!;
    if (same.length === 1) return formatProblem(first);
    const named = same.slice(0, NAMED_IN_GROUP).map((p) => (p.detail ? `${p.path} (${p.detail})` : p.path));
    const more = same.length > NAMED_IN_GROUP ? `; and ${same.length - NAMED_IN_GROUP} more` : '';
    const what = first.group ?? `— ${first.message}`;
    const records = new Set(same.map((p) => p.path.replace(/\).*$/, ''))).size;
    const count = records === same.length ? `${same.length} records` : `${same.length} fields in ${records} records`;
    return `${first.severity === 'warning' ? 'WARNING ' : ''}${first.file}: ${count} ${what}: ${named.join('; ')}${more}`;
  });
}
