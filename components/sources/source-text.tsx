import type { Segment } from '@/lib/analysis/passages';

/** The source text, as written, with every cited passage marked and anchored for "in context" links. */
export function SourceText({ segments }: { segments: (Segment & { speakers: string })[] }) {
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
          </span>
        );
      })}
    </div>
  );
}
