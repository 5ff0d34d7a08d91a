/**
 * Which page reads which parameters, and what it does with `?asof=`. One table: the links' rule
 * (which links carry the day) and the security sweep (each route loaded with its parameters) read it.
 */
import { FILTER_KEYS } from './statements';
import type { ParamName } from './query';

export type PageParams = {
  /** The page's path (as built: a trailing slash). */
  path: RegExp;
  /** The parameters it reads. */
  params: readonly ParamName[];
  /**
   * `reads`: it draws itself as of the day; `passes`: an index between such pages, whose links keep
   * it; `drops`: it shows the latest data and says so when asked for a day.
   */
  asof: 'reads' | 'passes' | 'drops';
};

export const PAGES: readonly PageParams[] = [
  { path: /^\/$/, params: ['asof', 'since', 'cell'], asof: 'reads' },
  { path: /^\/compare\/$/, params: ['s', 'i', 'asof'], asof: 'reads' },
  { path: /^\/charts\/$/, params: ['asof'], asof: 'reads' },
  { path: /^\/brief\/$/, params: ['slide', 's', 'i', 'since', 'asof', 'view', 'theme'], asof: 'reads' },
  // An issue's or a side's page lists its statements with the statement filter.
  { path: /^\/(issues|stakeholders)\/[^/]+\/$/, params: ['asof', ...FILTER_KEYS], asof: 'reads' },
  { path: /^\/(issues|stakeholders)\/$/, params: [], asof: 'passes' },
  { path: /^\/statements\/$/, params: FILTER_KEYS, asof: 'drops' },
  { path: /^\/changes\/$/, params: ['from', 'to'], asof: 'drops' },
  { path: /^\/sources\/([^/]+\/)?$/, params: [], asof: 'drops' },
  { path: /^\/proposals\/([^/]+\/)?$/, params: ['asof'], asof: 'reads' },
  // Its other parameters are the data's issue ids (lib/url/settlement.ts), not names of this table's;
  // `from` names the start point the package came from.
  { path: /^\/settlement\/$/, params: ['from'], asof: 'drops' },
];

/** The page at a path, or undefined for a path the table does not know (a file, another site). */
export const pageAt = (pathname: string): PageParams | undefined => PAGES.find((page) => page.path.test(pathname));

/** The parameters the page at a path reads (none for a path the table does not know). */
export const paramsOf = (pathname: string): readonly ParamName[] => pageAt(pathname)?.params ?? [];
