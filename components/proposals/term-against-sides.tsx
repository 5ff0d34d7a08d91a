import { ColumnHeads } from './column-heads';
import type { SettlementData, TermView } from '@/lib/proposals/view';
import { stanceBounds, formatStance } from '@/lib/stance';
import { redLineWords, termFitWords } from '@/lib/proposals/term-fit';
import { IssueScale } from './issue-scale';
import { PROPOSED_IT, RESPONSE_HEAD, RESPONSE_LABELS } from '@/lib/format';
import { ResponseItem } from './response-item';

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
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            {term.text}: each side’s stance, distance, red lines and response (analysts’ reading)
          </caption>
          <ColumnHeads
            cellClass="py-1"
            names={['Side', 'Stance (analyst judgement)', 'Distance from the term', 'Red lines', RESPONSE_HEAD]}
          />
          <tbody>
            {data.sides.map((side) => {
              const stance = data.stances[side.id]?.[term.issue.id];
              const own = lines.filter((l) => l.side === side.id);
              const response = term.responses.find((r) => r.side.id === side.id);
              return (
                <tr key={side.id} className="border-b border-slate-200 align-top" data-side={side.id}>
                  <th scope="row" className="py-1 pr-2 font-semibold">
                    {side.name}
                  </th>
                  <td className="py-1 pr-2">{stance ? formatStance(stance.stance) : 'No stance placed'}</td>
                  <td className="py-1 pr-2">
                    {!stance
                      ? 'Nothing can be said: no stance placed'
                      : !place || !term.place
                        ? 'Term not placed'
                        : termFitWords(place, stance)}
                  </td>
                  <td className="py-1 pr-2">
                    {own.length === 0
                      ? 'None stated'
                      : own.map((l) => (
                          <p key={l.demand}>
                            Rules out: {l.text} — {redLineWords(place, l).words}
                          </p>
                        ))}
                  </td>
                  <td
                    className="py-1"
                    data-response={response?.response ?? (side.id === proposer ? 'proposer' : 'none')}
                  >
                    {response ? (
                      <ResponseItem response={response} />
                    ) : side.id === proposer ? (
                      PROPOSED_IT
                    ) : (
                      RESPONSE_LABELS.none
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
