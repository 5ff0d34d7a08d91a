/**
 * What the home page shows: the matrix, the change and staleness markers of its cells, and what it
 * counts. The server builds it for the latest state; the as-of view builds it in the browser from the
 * model as of a day — the same function, so both agree.
 */
import type { Model } from './model';
import { dateKey } from './dates';
import { matrixView, type MatrixView } from './reshape';
import { isFullDate } from './time/asof';
import { cellMarkers, defaultSince, type CellMarkers, type MarkerWindow } from './time/core';

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
  return assembleHomeView(
    {
      asOf: dateKey(model.dataset.asOf),
      staleAfterDays: model.dataset.staleAfterDays,
      matrix: matrixView(model),
      markers: (window) => Object.fromEntries(cellMarkers(model.positions, window)),
      statements: model.statements.length,
      sources: model.sources.length,
    },
    since,
  );
}

/** What a home view is made of, however it was worked out (lib/time/home-index.ts makes them faster). */
export type HomeParts = {
  asOf: string;
  staleAfterDays: number;
  matrix: MatrixView;
  /** The cells' change and staleness markers for a window (by cell key; cells with none left out). */
  markers: (window: MarkerWindow) => Record<string, CellMarkers>;
  statements: number;
  sources: number;
};

export function assembleHomeView(parts: HomeParts, since?: string | null): HomeView {
  const { asOf } = parts;
  const custom = isFullDate(since) && since < asOf;
  const window = { asOf, since: custom ? since : defaultSince(asOf), staleAfterDays: parts.staleAfterDays };
  return {
    matrix: parts.matrix,
    markers: parts.markers(window),
    asOf,
    since: window.since,
    sinceDefault: !custom,
    staleAfterDays: window.staleAfterDays,
    statements: parts.statements,
    sources: parts.sources,
  };
}
