import type { Issue } from '@/lib/schema';

/** The issue's 0–100 scale in words: what 0, 50 and 100 mean. */
export function IssueScale({ issue }: { issue: Issue }) {
  const points = [
    { value: 0, anchor: issue.scale.min },
    { value: 50, anchor: issue.scale.mid },
    { value: 100, anchor: issue.scale.max },
  ];
  return (
    <dl className="mt-2 grid gap-2 sm:grid-cols-3">
      {points.map(({ value, anchor }) => (
        <div key={value} className="rounded border border-slate-300 p-2">
          <dt className="font-semibold">
            {value} · {anchor.short}
          </dt>
          <dd className="text-sm text-slate-800">{anchor.description}</dd>
        </div>
      ))}
    </dl>
  );
}
