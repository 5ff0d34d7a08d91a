/**
 * The `s` (stakeholders) and `i` (issues) URL parameters shared by the compare view and the deck:
 * comma-separated or repeated; unknown ids are dropped and reported, never fatal.
 */
import { z } from 'zod';

const IdList = z.array(z.string().regex(/^[a-z0-9-]{1,80}$/));

export type Selection = { stakeholders: string[]; issues: string[]; unknown: { stakeholders: string[]; issues: string[] } };

function ids(values: string[]): string[] {
  const parsed = IdList.safeParse(values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean));
  return parsed.success ? [...new Set(parsed.data)] : [];
}

export function parseSelection(params: { getAll(name: string): string[] }, valid: { stakeholders: string[]; issues: string[] }): Selection {
  const s = ids(params.getAll('s'));
  const i = ids(params.getAll('i'));
  return {
    stakeholders: s.filter((id) => valid.stakeholders.includes(id)),
    issues: i.filter((id) => valid.issues.includes(id)),
    unknown: { stakeholders: s.filter((id) => !valid.stakeholders.includes(id)), issues: i.filter((id) => !valid.issues.includes(id)) },
  };
}

/** 1-based slide number from `slide`, clamped to the deck; 1 when missing or not a number. */
export function parseSlide(value: string | null, count: number): number {
  const n = z.coerce.number().int().safeParse(value ?? '1');
  if (!n.success || count < 1) return 1;
  return Math.min(Math.max(n.data, 1), count);
}
