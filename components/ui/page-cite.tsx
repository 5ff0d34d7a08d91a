'use client';

import { useState } from 'react';
import { currentSearch } from '@/lib/url/store';
import { formatDate } from '@/lib/dates';
import { linkDay, readQuery } from '@/lib/url';

/**
 * "Cite this page" in the footer of every page: Standpoint, the page's title, the data's as-of date
 * and the page's address, read when the reader opens it (the title is the page's own). A view as of
 * an earlier day (`?asof=`, before `latest`, the data's own YYYY-MM-DD) is cited as that day, with it.
 */
export function PageCite({ asOf, latest }: { asOf: string; latest?: string }) {
  // The address is read when the reader opens it, never while rendering: a not-found page is built
  // once (as /_not-found/) and shown at any address, so text written from the path would differ
  // between the built HTML and the browser (React's hydration error #418).
  const [page, setPage] = useState({ title: '', url: '', day: asOf });
  const read = () => {
    const day = linkDay(readQuery(currentSearch()));
    const earlier = day !== undefined && latest !== undefined && day < latest;
    setPage({
      title: document.title.replace(/ — Standpoint$/, ''),
      url: `${location.origin}${location.pathname}${earlier ? `?asof=${day}` : ''}`,
      day: earlier ? formatDate(day) : asOf,
    });
  };
  return (
    <details className="cite-this text-sm" onToggle={read}>
      <summary className="cursor-pointer font-medium text-blue-800">Cite this page</summary>
      <p className="mt-1 max-w-prose rounded border border-slate-300 bg-slate-50 p-2 text-slate-900 select-all">
        {`Standpoint. ${page.title || 'This page'}. Data as of ${page.day}.${page.url ? ` ${page.url}` : ''}`}
      </p>
    </details>
  );
}
