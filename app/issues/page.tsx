import type { Metadata } from 'next';
import { AsOfLink as Link } from '@/components/time/as-of-link';
import { getModel } from '@/lib/data';
import { issueIndex } from '@/lib/page-views';
import { plural } from '@/lib/format';

export const metadata: Metadata = { title: 'Issues' };

export default function IssuesPage() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Issues</h1>
      <p className="mt-1 text-slate-700">The questions the sides take positions on, in the matrix’s order.</p>
      <ul className="mt-4 space-y-3">
        {issueIndex(getModel()).map(({ issue, statements, sidesWithPosition }) => (
          <li key={issue.id}>
            <Link
              href={`/issues/${issue.id}/`}
              className="text-lg font-semibold text-blue-800 underline underline-offset-2"
            >
              {issue.title}
            </Link>
            <p className="text-slate-800">{issue.question}</p>
            <p className="text-sm text-slate-700">
              {plural(statements, 'statement')}, {plural(sidesWithPosition, 'side')} with a stated position
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
