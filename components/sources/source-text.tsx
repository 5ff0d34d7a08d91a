import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { sourcePage } from '@/lib/page-views';

type Segments = NonNullable<ReturnType<typeof sourcePage>>['segments'];

/**
 * The source text, as written, with every cited passage marked and anchored for "in context" links;
 * after each passage, links to the statements, positions and demands that cite it.
 */
export function SourceText({ segments }: { segments: Segments }) {
  return (
    <div className="mt-3 max-w-3xl whitespace-pre-line font-serif text-lg leading-relaxed text-slate-900">
      {segments.map((segment, i) => {
        if (segment.covering.length === 0) return <span key={i}>{segment.text}</span>;
        const [first, ...others] = segment.starts;
        return (
          <span key={i}>
            {others.map((id) => (
              <span key={id} id={`st-${id}`} className="passage-anchor scroll-mt-4" />
            ))}
            {segment.speakers ? (
              <span className="mr-1 rounded bg-slate-200 px-1 font-sans text-xs font-semibold text-slate-800">
                {segment.speakers}
              </span>
            ) : null}
            <mark id={first ? `st-${first}` : undefined} className="passage scroll-mt-4">
              {segment.text}
            </mark>
            {segment.citedBy.length > 0 ? (
              <span className="cited-by ml-1 whitespace-normal font-sans text-sm">
                <span className="text-slate-700">[cited by: </span>
                {segment.citedBy.map((link, n) => (
                  <span key={n}>
                    {n > 0 ? '; ' : null}
                    <Link
                      href={link.href}
                      data-cites={link.kind}
                      className="text-blue-800 underline underline-offset-2"
                    >
                      {link.label}
                    </Link>
                  </span>
                ))}
                <span className="text-slate-700">]</span>
              </span>
            ) : null}
          </span>
        );
      })}
    </div>
  );
}
