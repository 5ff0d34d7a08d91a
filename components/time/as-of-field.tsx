'use client';

import { useUrlSearch } from '@/components/ui/use-url-search';
import { AS_OF_PARAM } from './as-of-query';

/**
 * A minimal "as of" date control for the compare, issue, stakeholder and charts pages: a GET form
 * (works without JavaScript: the page loads with `?asof=`), and with JavaScript it replaces the
 * address's day in place, keeping the rest of the query. `latest` is the data's own date.
 */
export function PageAsOfField({ earliest, latest }: { earliest?: string; latest: string }) {
  const [params, replaceSearch] = useUrlSearch();
  const day = params.get(AS_OF_PARAM) ?? '';
  const show = (next: string) => {
    const query = new URLSearchParams(params);
    if (next) query.set(AS_OF_PARAM, next);
    else query.delete(AS_OF_PARAM);
    replaceSearch(query.toString());
  };
  return (
    <form
      method="get"
      className="mt-2 flex flex-wrap items-end gap-2 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        show(String(new FormData(event.currentTarget).get(AS_OF_PARAM) ?? ''));
      }}
    >
      <label className="flex flex-col font-medium">
        As of (end of day)
        <input
          key={day}
          type="date"
          name={AS_OF_PARAM}
          defaultValue={day || latest}
          min={earliest}
          max={latest}
          className="rounded border border-slate-400 bg-white px-2 py-1 font-normal"
        />
      </label>
      <button type="submit" className="rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900">
        Show
      </button>
      {day ? (
        <button
          type="button"
          onClick={() => show('')}
          className="rounded border border-slate-400 bg-white px-3 py-1 font-semibold text-blue-900"
        >
          Show the latest
        </button>
      ) : null}
    </form>
  );
}
