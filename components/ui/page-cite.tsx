'use client';

import { usePathname } from 'next/navigation';
import { useState } from 'react';

/**
 * "Cite this page" in the footer of every page: Standpoint, the page's title, the data's as-of date
 * and the page's address, read when the reader opens it (the title is the page's own).
 */
export function PageCite({ asOf }: { asOf: string }) {
  const path = usePathname();
  const [page, setPage] = useState({ title: '', url: path });
  const read = () => setPage({ title: document.title.replace(/ — Standpoint$/, ''), url: `${location.origin}${path}` });
  return (
    <details className="cite-this text-sm" onToggle={read}>
      <summary className="cursor-pointer font-medium text-blue-800">Cite this page</summary>
      <p className="mt-1 max-w-prose rounded border border-slate-300 bg-slate-50 p-2 text-slate-900 select-all">
        {`Standpoint. ${page.title || 'This page'}. Data as of ${asOf}. ${page.url}`}
      </p>
    </details>
  );
}
