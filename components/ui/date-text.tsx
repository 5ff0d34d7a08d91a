import { formatDate } from '@/lib/dates';

/**
 * A date as printed everywhere ("7 Aug 2025", "May 2025"), in a <time> element; an approximate one
 * reads "c. 7 Aug 2025" with "c." marked up as an abbreviation of "circa (approximate date)", so its
 * meaning is a hover or a screen reader away wherever it appears.
 */
export function DateText({ date, approx = false }: { date: string; approx?: boolean }) {
  return (
    <time dateTime={date}>
      {approx ? (
        <>
          <abbr title="circa: the date is approximate" className="no-underline">
            c.
          </abbr>{' '}
        </>
      ) : null}
      {formatDate(date)}
    </time>
  );
}
