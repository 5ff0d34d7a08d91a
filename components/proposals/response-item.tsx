import Link from 'next/link';
import type { ResponseView } from '@/lib/proposals/view';
import { RESPONSE_JUDGEMENT, RESPONSE_LABELS } from '@/lib/format';
import { quoteRecords } from '@/lib/quote';
import { VerbatimQuote } from '@/components/ui/verbatim-quote';
import { DateText } from '@/components/ui/date-text';
import { passageHref } from '@/components/statements/statement-card';

/** A side's response as analysts read its words: the mark, the analysts' reason, and each statement's exact words (or its summary, unquoted). */
export function ResponseItem({ response }: { response: ResponseView }) {
  return (
    <div className="text-sm">
      <p>
        <strong>{RESPONSE_LABELS[response.response]}</strong>{' '}
        <span className="text-slate-700">
          ({RESPONSE_JUDGEMENT}: {response.rationale})
        </span>
      </p>
      <ul className="mt-1 space-y-1">
        {response.statements.map((s) => (
          <li key={s.id} className="border-l-2 border-slate-300 pl-2">
            {s.quotes.length > 0 ? (
              s.quotes.map((q, k) => (
                <span key={k} className="block italic">
                  <VerbatimQuote quote={quoteRecords(s, s.actorRecord.name)[k]!} />
                </span>
              ))
            ) : (
              <span>{s.summary}</span>
            )}{' '}
            <span className="text-slate-700">
              — {s.actorRecord.name}, <DateText date={s.date} approx={s.dateApprox} />,{' '}
              <Link href={passageHref(s)} className="text-blue-800 underline underline-offset-2">
                passage
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
