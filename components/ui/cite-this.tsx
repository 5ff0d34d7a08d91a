/**
 * "Cite this": a ready citation behind a disclosure, server-rendered, works without JavaScript.
 * The text is ours except sources' titles, which are the only words it may quote.
 */
export function CiteThis({ citation, label = 'Cite this' }: { citation: string; label?: string }) {
  return (
    <details className="cite-this text-sm">
      <summary className="cursor-pointer font-medium text-blue-800">{label}</summary>
      <p className="mt-1 max-w-prose rounded border border-slate-300 bg-slate-50 p-2 text-slate-900 select-all">
        {citation}
      </p>
    </details>
  );
}
