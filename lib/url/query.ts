/**
 * The address's query, read and written in one place. Every page parameter has a name here; a view
 * reads its values through `readQuery` (or the page's own parser in this folder) and writes them back
 * through `queryWith`, so no other file handles URLSearchParams. Plain code, no zod: this runs in the
 * browser on every page.
 */

/** Every parameter a page reads. Add a name here first (README: "Add a page parameter"). */
export const PARAM_NAMES = [
  // Over time: the matrix, compare, issue, side and chart pages, the deck.
  'asof',
  'since',
  // The matrix's open cell.
  'cell',
  // Compare's and the deck's selection, the deck's slide, view and theme.
  's',
  'i',
  'slide',
  'view',
  'theme',
  // The What changed window; also the statement filter's date range.
  'from',
  'to',
  // The statement filter.
  'issue',
  'stakeholder',
  'actor',
  'evidence',
  'q',
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** What URLSearchParams and Next's ReadonlyURLSearchParams both offer. */
export type SearchParamsLike = { getAll(name: string): string[] };

/** The address's query, read: one value (the first, as given) or every value of a parameter. */
export type Query = SearchParamsLike & {
  get(name: ParamName): string | null;
  has(name: ParamName): boolean;
  /** Every parameter name given, in order (a name given twice is listed twice). */
  keys(): string[];
  /** The query as written, without its `?`. */
  toString(): string;
};

/** A query string (with or without its `?`) read once. */
export function readQuery(search: string): Query {
  const params = new URLSearchParams(search);
  const text = params.toString();
  return {
    get: (name) => params.get(name),
    getAll: (name) => params.getAll(name),
    has: (name) => params.has(name),
    keys: () => [...params.keys()],
    toString: () => text,
  };
}

/** The ids a parameter lists, repeated or comma-separated: trimmed, lower-case, each once. */
export function idList(params: SearchParamsLike, name: 's' | 'i'): string[] {
  return [
    ...new Set(
      params
        .getAll(name)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** A value as given, or null when missing or empty (`?asof=` means no day). */
export function valueOf(params: SearchParamsLike, name: ParamName): string | null {
  return params.getAll(name)[0] || null;
}

export type QueryChanges = Partial<Record<ParamName, string | readonly string[] | undefined | null>>;

/**
 * A query string with some parameters set (a list is written comma-separated) or removed (undefined,
 * null, '' or an empty list), the others kept in their order. Commas stay readable.
 */
export function queryWith(search: string | Query, changes: QueryChanges): string {
  const params = new URLSearchParams(typeof search === 'string' ? search : search.toString());
  for (const [name, value] of Object.entries(changes) as [ParamName, QueryChanges[ParamName]][]) {
    const text = typeof value === 'string' ? value : value ? value.join(',') : '';
    if (text) params.set(name, text);
    else params.delete(name);
  }
  return params.toString().replaceAll('%2C', ',');
}

/** A query string of only these parameters, in this order, empty ones left out. */
export const queryOf = (values: QueryChanges): string => queryWith('', values);

/** A query string with one parameter set (or removed when `value` is empty), the others kept. */
export const withParam = (search: string | Query, name: ParamName, value: string | undefined): string =>
  queryWith(search, { [name]: value });
