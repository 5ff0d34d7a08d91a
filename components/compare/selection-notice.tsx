import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { Choice } from '@/lib/url';

type Props = { messages: string[]; stakeholders: Choice[]; issues: Choice[] };

/** What in the URL was not understood, and every valid choice, each a working link. */
export function SelectionNotice({ messages, stakeholders, issues }: Props) {
  if (messages.length === 0) return null;
  const pair = stakeholders
    .slice(0, 2)
    .map((s) => s.id)
    .join(',');
  return (
    <div role="alert" className="mt-3 rounded border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">Part of this address was not understood</p>
      <ul className="list-disc pl-5">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p className="mt-2">Valid stakeholders:</p>
      <ul className="flex flex-wrap gap-x-4">
        {stakeholders.map((s) => (
          <li key={s.id}>
            {s.name} <code className="text-sm">{s.id}</code>
          </li>
        ))}
      </ul>
      <p className="mt-2">Valid issues:</p>
      <ul className="flex flex-wrap gap-x-4">
        {issues.map((i) => (
          <li key={i.id}>
            <Link href={`/compare/?s=${pair}&i=${i.id}`} className="text-blue-900 underline">
              {i.name}
            </Link>{' '}
            <code className="text-sm">{i.id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
