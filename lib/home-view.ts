/**
 * What the home page shows: the matrix, the change and staleness markers of its cells, and what it
 * counts. The server builds it for the latest state; the as-of view builds it in the browser from the
 * model as of a day — the same function, so both agree.
 */
import type { Model } from './model';
import { dateKey } from './dates';
import { matrixView, type MatrixView } from './reshape';
import { isFullDate } from './time/asof';
import { cellMarkers, defaultSince, type CellMarkers } from './time/markers';

export type HomeView = {
  matrix: MatrixView;
  /** Markers by cell key (`side.issue`); cells with none are absent. */
  markers: Record<string, CellMarkers>;
  /** The day the view is as of (YYYY-MM-DD). */
  asOf: string;
  /** Changes after this day are marked; `sinceDefault` when it is the default window. */
  since: string;
  sinceDefault: boolean;
  staleAfterDays: number;
  statements: number;
  sources: number;
};

/** The home view of a model (already cut to its day); `since` (YYYY-MM-DD) picks the change window. */
export function homeView(model: Model, since?: string | null): HomeView {
  const asOf = dateKey(model.dataset.asOf);
  const custom = isFullDate(since) && since < asOf;
  const window = { asOf, since: custom ? since : defaultSince(asOf), staleAfterDays: model.dataset.staleAfterDays };
  return {
    matrix: matrixView(model),
    markers: Object.fromEntries(cellMarkers(model.positions, window)),
    asOf,
    since: window.since,
    sinceDefault: !custom,
    staleAfterDays: window.staleAfterDays,
    statements: model.statements.length,
    sources: model.sources.length,
  };
}
