/** The proposal slides' facts, from the model and the proposals through lib/proposals' views. */
import type { Model } from '../../model';
import type { Proposals } from '../../proposals/schema';
import { proposalView, settlementData, type ResponseView } from '../../proposals/view';
import { redLineWords, termFitWords } from '../../proposals/term-fit';
import { formatStance, stanceBounds } from '../../stance';
import { quoteAbout } from '../../quote';
import { RESPONSE_LABELS } from '../../format';
import { formatDate } from '../../dates';
import type { Note } from '../types';
import type { ProposalFacts, ResponseLine, TermSide } from './proposal';

const VERB = { accepts: 'accepts', rejects: 'rejects', partly: 'partly accepts' } as const;

/** A response's line; its quote only from a statement about `about` alone (the term's issue, or the proposal's issues). */
function responseLine(r: ResponseView, about: readonly string[]): ResponseLine {
  return {
    stakeholder: r.side.id,
    label: RESPONSE_LABELS[r.response],
    ...quoteAbout(r.statements, about, (s) => s.actorRecord.name),
    sources: [...new Set(r.statements.map((s) => s.source))],
  };
}

/** The response in full for the notes: the analyst's reading, then each statement's words (quoted) or summary, dated. */
function responseNote(r: ResponseView, what: string): Note {
  const words = r.statements
    .map(
      (s) =>
        `${s.quotes.length > 0 ? s.quotes.map((q) => `“${q}”`).join(' … ') : s.summary} — ${s.actorRecord.name}, ${formatDate(s.date, s.dateApprox)}`,
    )
    .join('; ');
  return {
    text: `${r.side.name} ${VERB[r.response]} ${what} (analyst judgement: ${r.rationale}): ${words}`,
    stakeholders: [r.side.id],
  };
}

/** One slide per proposal, in the file's order. */
export function buildProposalSlides(model: Model, proposals: Proposals): ProposalFacts[] {
  const data = settlementData(model, proposals);
  return proposals.proposals.map((p) => {
    const view = proposalView(model, proposals, p);
    const notes: Note[] = [
      { text: `${view.title} — put forward by ${view.by.name}: ${view.summary}` },
      ...view.responses.map((r) => responseNote(r, 'the proposal as a whole')),
    ];
    const terms = view.terms.map((t) => {
      const term = t.place ? stanceBounds(t.place) : undefined;
      const lines = data.redLines[t.issue.id] ?? [];
      if (t.place)
        notes.push({
          text: `${t.text}: placed at ${formatStance(t.place)} (analyst judgement: ${t.place.rationale})`,
          issue: t.issue.id,
        });
      const sides: TermSide[] = data.sides.map((side) => {
        const at = data.stances[side.id]?.[t.issue.id];
        const response = t.responses.find((r) => r.side.id === side.id);
        if (response) notes.push({ ...responseNote(response, `the term (${t.text})`), issue: t.issue.id });
        const own = lines.filter((l) => l.side === side.id);
        for (const l of own)
          notes.push({
            text: `${side.name} rules out: ${l.text} — ${redLineWords(term, l).words}`,
            stakeholders: [side.id],
            issue: t.issue.id,
          });
        return {
          stakeholder: side.id,
          stance: at ? { low: at.low, high: at.high, words: formatStance(at.stance, 'bare') } : null,
          distance: !at ? 'nothing can be said: no stance placed' : !term ? 'term not placed' : termFitWords(term, at),
          crossed: own.filter((l) => ['crosses', 'partly'].includes(redLineWords(term, l).crossing)).map((l) => l.text),
          response: response ? responseLine(response, [t.issue.id]) : null,
          proposed: side.id === view.by.id,
        };
      });
      return {
        id: t.id,
        text: t.text,
        issue: t.issue.id,
        issueTitle: t.issue.title,
        scale: [t.issue.scale.min, t.issue.scale.mid, t.issue.scale.max] as [string, string, string],
        place: term && t.place ? { ...term, words: formatStance(t.place, 'bare') } : null,
        sides,
      };
    });
    return {
      id: `proposal-${p.id}`,
      kind: 'proposal',
      title: `${view.title} against the sides`,
      proposal: p.id,
      byline: `Put forward by ${view.by.name}, ${formatDate(view.date, view.dateApprox)}${view.supersededBy ? ` · superseded by ${view.supersededBy.title}` : ''}`,
      terms,
      whole: view.responses.map((r) => responseLine(r, [...new Set(view.terms.map((t) => t.issue.id))])),
      sources: [...new Set([...view.statements, ...view.terms.flatMap((t) => t.statements)].map((s) => s.source))],
      notes,
    };
  });
}
