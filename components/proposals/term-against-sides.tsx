import type { ReactNode } from 'react';
import { ColumnHeads } from './column-heads';
import type { SettlementData, TermView } from '@/lib/proposals/view';
import { stanceBounds, formatStance } from '@/lib/stance';
import { redLineWords, termFitWords } from '@/lib/proposals/term-fit';
import { IssueScale } from './issue-scale';
import { PROPOSED_IT, RESPONSE_HEAD, RESPONSE_LABELS } from '@/lib/format';
import { ResponseItem } from './response-item';

const HEADS = ['Side', 'Stance (analyst judgement)', 'Distance from the term', 'Red lines', RESPONSE_HEAD] as const;

/**
 * A cell of a side's row. On a phone, where the header row is hidden (still read out), it shows its
 * column's head first, drawn by CSS so the cell's own text stays its words alone.
 */
function Cell({ head, children, ...rest }: { head: number; children: ReactNode; 'data-response'?: string }) {
  return (
    <td
      role="cell"
      data-head={`${HEADS[head]}: `}
      className={`py-1 max-sm:block max-sm:before:font-semibold max-sm:before:content-[attr(data-head)] ${head < HEADS.length - 1 ? 'pr-2' : ''}`}
      {...rest}
    >
      {children}
    </td>
  );
}

/**
 * One term on its issue's scale against every bargaining side's current stance, with their responses
 * (each verdict an analysts' reading of the side's words); the proposer reads "Proposed it".
 */
export function TermAgainstSides({ term, data, proposer }: { term: TermView; data: SettlementData; proposer: string }) {
  const place = term.place ? stanceBounds(term.place) : undefined;
  const lines = data.redLines[term.issue.id] ?? [];
  return (
    <section className="mt-4 rounded border border-slate-300 p-3" aria-labelledby={`term-${term.id}`}>
      <h3 id={`term-${term.id}`} className="text-lg font-semibold">
        {term.text} <span className="font-normal text-slate-700">— {term.issue.title}</span>
      </h3>
      {term.place ? (
        <p className="text-sm text-slate-800">
          <strong>Term placed at {formatStance(term.place)}</strong> (analyst judgement): {term.place.rationale}
        </p>
      ) : (
        <p className="text-sm italic text-slate-700">
          This term has no place on the scale, so no distance can be given for it.
        </p>
      )}
      <IssueScale
        issue={term.issue}
        rows={data.sides.map((side) => ({ side, place: data.stances[side.id]?.[term.issue.id] }))}
        mark={place}
        markLabel={`the term`}
        redLines={lines}
      />
      {/* On a phone each side's row stacks, every cell under its column's head, so the response is never
          off the screen's edge; from 640 px it is a table with one header row. */}
      <div className="mt-2 overflow-x-auto">
        <table role="table" className="w-full text-left text-sm max-sm:block">
          <caption className="sr-only">
            {term.text}: each side’s stance, distance, red lines and response (analysts’ reading)
          </caption>
          <ColumnHeads cellClass="py-1" names={HEADS} className="max-sm:sr-only" />
          <tbody role="rowgroup" className="max-sm:block">
            {data.sides.map((side) => {
              const stance = data.stances[side.id]?.[term.issue.id];
              const own = lines.filter((l) => l.side === side.id);
              const response = term.responses.find((r) => r.side.id === side.id);
              return (
                <tr
                  key={side.id}
                  role="row"
                  className="border-b border-slate-200 align-top max-sm:block max-sm:py-2"
                  data-side={side.id}
                >
                  <th scope="row" role="rowheader" className="py-1 pr-2 font-semibold max-sm:block max-sm:text-base">
                    {side.name}
                  </th>
                  <Cell head={1}>{stance ? formatStance(stance.stance) : 'No stance placed'}</Cell>
                  <Cell head={2}>
                    {!stance
                      ? 'Nothing can be said: no stance placed'
                      : !place || !term.place
                        ? 'Term not placed'
                        : termFitWords(place, stance)}
                  </Cell>
                  <Cell head={3}>
                    {own.length === 0
                      ? 'None stated'
                      : own.map((l) => (
                          <p key={l.demand}>
                            Rules out: {l.text} — {redLineWords(place, l).words}
                          </p>
                        ))}
                  </Cell>
                  <Cell head={4} data-response={response?.response ?? (side.id === proposer ? 'proposer' : 'none')}>
                    {response ? (
                      <ResponseItem response={response} />
                    ) : side.id === proposer ? (
                      PROPOSED_IT
                    ) : (
                      RESPONSE_LABELS.none
                    )}
                  </Cell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
