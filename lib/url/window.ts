/**
 * The window of the "What changed" page read from its address (`?from=…&to=…`). Tiny on purpose:
 * the page's client code imports it up front and loads the change list itself only when needed.
 */
import { formatDate } from '../dates';
import { isFullDate } from '../time/asof';
import { defaultWindow } from '../time/core';
import { queryOf, valueOf, type SearchParamsLike } from './query';

/** A window read from the address, or why it cannot be read. */
export type WindowChoice = { ok: true; from: string; to: string; isDefault: boolean } | { ok: false; message: string };

/**
 * `?from=…&to=…` read against the dataset's as-of date: either may be left out (the default window's
 * end fills it); a value that is not a calendar date, or a start after the end, is an error in words.
 */
export function readWindow(from: string | null, to: string | null, asOf: string): WindowChoice {
  const fallback = defaultWindow(asOf);
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value && !isFullDate(value))
      return { ok: false, message: `The ${name} date ${value} is not a calendar date in the form YYYY-MM-DD.` };
  }
  const chosen = { from: from || fallback.from, to: to || fallback.to };
  if (chosen.from > chosen.to)
    return {
      ok: false,
      message: `The start date (${formatDate(chosen.from)}) is after the end date (${formatDate(chosen.to)}): choose a start on or before the end.`,
    };
  return { ok: true, ...chosen, isDefault: chosen.from === fallback.from && chosen.to === fallback.to };
}

/** The address's window. */
export const windowOf = (params: SearchParamsLike, asOf: string): WindowChoice =>
  readWindow(valueOf(params, 'from'), valueOf(params, 'to'), asOf);

/** The query string of a window. */
export const windowQuery = (from: string, to: string): string => queryOf({ from, to });
