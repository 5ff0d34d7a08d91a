/** Dates in the data are partial ("2025", "2025-05", "2025-08-07"); these order and print them. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A sortable key: the first day the partial date could mean. */
export function dateKey(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function compareDates(a: string, b: string): number {
  return dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0;
}

/** Milliseconds since the epoch of the partial date's first day (UTC), for chart axes. */
export function dateValue(date: string): number {
  return Date.parse(`${dateKey(date)}T00:00:00Z`);
}

/** "7 Aug 2025", "May 2025", "2014"; approximate dates read "c. May 2025". */
export function formatDate(date: string, approx = false): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  const text = d ? `${Number(d)} ${month} ${y}` : month ? `${month} ${y}` : `${y}`;
  return approx ? `c. ${text}` : text;
}
