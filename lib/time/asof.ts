/**
 * "As of" a date: the dataset as it stood at the end of that day. Pure and browser-safe (no zod, no
 * file system), so the static pages' client code can compute an as-of view from the data files the
 * build serves (/data/history.json) with no server.
 *
 * When a partial date counts as known: a record dated "2025-08" or "2025" counts from the first day
 * it could mean — the same rule the validator uses for "dated after the dataset's as-of date". It is
 * printed "c." (approximate) wherever it shows, so the reader sees the uncertainty.
 */
import type { Demand, Event, Position } from '../schema';
import type { RawDataset } from '../types';
import { dateKey } from '../dates';

/** A full calendar date YYYY-MM-DD, the form `?asof=` takes. */
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isFullDate(value: string | null | undefined): value is string {
  if (!value || !FULL_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** Whether something dated `date` (partial allowed) had happened by the end of `asOf` (YYYY-MM-DD). */
export const knownBy = (date: string, asOf: string): boolean => dateKey(date) <= asOf;

/** The last day a partial date could mean: "2025-08" → "2025-08-31". */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** Whole days from a to b (YYYY-MM-DD or partial: a partial date is taken at its first day). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${dateKey(b)}T00:00:00Z`) - Date.parse(`${dateKey(a)}T00:00:00Z`)) / 86_400_000);
}

/** YYYY-MM-DD `days` before (negative: after) a date. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${dateKey(date)}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The date a demand was first stated: its earliest statement's date (undefined if none is known). */
export function demandFirstStated(demand: Pick<Demand, 'statements'>, dateOf: (id: string) => string | undefined) {
  const dates = demand.statements.map(dateOf).filter((d): d is string => d !== undefined);
  return dates.sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0))[0];
}

/** Whether a demand still stands at the end of `asOf`: stated by then, and not ended by then. */
export function demandStands(demand: Pick<Demand, 'status'>, asOf: string): boolean {
  return !demand.status || !knownBy(demand.status.date, asOf);
}

/** Where an event stands on a day: past, or still ahead (a deadline or planned event dated later). */
export function eventTense(event: Pick<Event, 'date' | 'kind'>, asOf: string): 'past' | 'ahead' {
  return knownBy(event.date, asOf) ? 'past' : 'ahead';
}

/**
 * A position cut to the statements known (by id): undefined when it cites none of them; the record
 * itself when nothing of it is cut, so what is drawn from it once can be reused on the next day.
 */
export function cutPosition(p: Position, known: { has(id: string): boolean }): Position | undefined {
  const has = (id: string) => known.has(id);
  // Checked before anything is copied: on most days most positions are whole.
  if (p.statements.every(has) && p.conflicts.every((c) => c.statements.every(has))) return p;
  const keep = (ids: string[]) => ids.filter(has);
  const cited = keep(p.statements);
  if (cited.length === 0) return undefined;
  return {
    ...p,
    statements: cited,
    conflicts: p.conflicts
      .map((c) => ({ ...c, statements: keep(c.statements) }))
      .filter((c) => c.statements.length >= 2),
  };
}

/**
 * A position as it stands at the end of `asOf`: undefined when it is dated later or cites no
 * statement known by then; otherwise cut to the statements known (the record itself when nothing is cut).
 */
export function positionAt(p: Position, asOf: string, known: { has(id: string): boolean }): Position | undefined {
  return knownBy(p.asOf, asOf) ? cutPosition(p, known) : undefined;
}

/**
 * The first day each source is known (by id): the day it was published, or, if earlier, the day of the
 * first statement (among `statements`) that cites it. A partial date counts from its first day.
 */
export function sourceFirstDays(
  sources: readonly { id: string; published: string }[],
  statements: readonly { source: string; date: string }[],
): Map<string, string> {
  const first = new Map(sources.map((s) => [s.id, dateKey(s.published)]));
  for (const s of statements) {
    const day = first.get(s.source);
    if (day !== undefined && dateKey(s.date) < day) first.set(s.source, dateKey(s.date));
  }
  return first;
}

/** The sources known at the end of `asOf`: published by then, or cited by a statement known by then (among `statements`). */
export function sourcesKnown<S extends { id: string; published: string }>(
  sources: readonly S[],
  statements: readonly { source: string; date: string }[],
  asOf: string,
): S[] {
  const first = sourceFirstDays(sources, statements);
  return sources.filter((s) => first.get(s.id)! <= asOf);
}

/**
 * The dataset as it stood at the end of `asOf` (YYYY-MM-DD): statements said by then; positions
 * stated by then (citing only statements known by then); demands first stated by then, their
 * responses cut to the statements known by then and a status kept only once it applies (an ended
 * demand stays in the records with its status, so views can say it ended; current views drop it);
 * events that had happened, plus deadlines and planned events dated later whose source was
 * published by then; sources published by then or cited by a statement kept. A date on or after
 * the dataset's own as-of date returns the data unchanged.
 */
export function rawAsOf(raw: RawDataset, asOf: string): RawDataset {
  if (asOf >= dateKey(raw.dataset.asOf)) return raw;
  const statements = raw.statements.filter((s) => knownBy(s.date, asOf));
  const known = new Set(statements.map((s) => s.id));
  const keep = (ids: string[]) => ids.filter((id) => known.has(id));
  const dateOf = new Map(raw.statements.map((s) => [s.id, s.date]));

  const positions: Position[] = [];
  for (const p of raw.positions) {
    const cut = positionAt(p, asOf, known);
    if (cut) positions.push(cut);
  }

  const demands: Demand[] = [];
  for (const d of raw.demands) {
    const first = demandFirstStated(d, (id) => dateOf.get(id));
    if (!first || !knownBy(first, asOf)) continue;
    const { status, ...rest } = d;
    demands.push({
      ...rest,
      statements: keep(d.statements),
      responses: d.responses
        .map((r) => ({ ...r, statements: keep(r.statements) }))
        .filter((r) => r.statements.length > 0),
      ...(status && knownBy(status.date, asOf) ? { status } : {}),
    });
  }

  const sourcePublished = new Map(raw.sources.map((s) => [s.id, s.published]));
  const events = raw.events.filter(
    (e) => knownBy(e.date, asOf) || (e.kind !== 'happened' && knownBy(sourcePublished.get(e.source) ?? '9999', asOf)),
  );
  const sources = sourcesKnown(raw.sources, statements, asOf);

  return { ...raw, dataset: { ...raw.dataset, asOf }, sources, statements, positions, demands, events };
}
