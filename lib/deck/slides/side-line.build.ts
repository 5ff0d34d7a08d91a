import type { Model } from '../../model';
import { cellView } from '../../reshape';
import { formatDate } from '../../dates';
import { stanceWords, stanceWordsShort } from '../../format';
import { formatStance, isRange, stancePlace } from '../../stance';
import { quoteAbout, quoted, quoteRecords } from '../../quote';
import { positionTrack, statementsOf } from '../../analysis/positions';
import type { Note } from '../types';
import type { SideLine } from './side-line';

/** Sources of every statement behind the side's positions on the issue, history included. */
function positionSources(model: Model, stakeholder: string, issue: string): string[] {
  const ids = model.positions
    .filter((p) => p.stakeholder === stakeholder && p.issue === issue)
    .flatMap((p) => p.statements);
  return [...new Set(statementsOf(model, ids).map((s) => s.source))];
}

export function sideLine(model: Model, stakeholder: string, issue: string): SideLine {
  const current = positionTrack(model, stakeholder, issue).current;
  const sources = positionSources(model, stakeholder, issue);
  if (!current)
    return {
      stakeholder,
      summary: null,
      stance: null,
      stanceWords: null,
      stanceShort: null,
      quote: null,
      quoteGap: null,
      sources,
      related: cellView(model, stakeholder, model.issueById.get(issue)!, { history: false }).uncited.length,
    };
  const own = statementsOf(model, current.statements).filter((s) => s.stakeholder === stakeholder);
  const issueRecord = model.issueById.get(issue)!;
  return {
    stakeholder,
    summary: current.summary,
    headline: current.headline ?? null,
    stance: current.stance ? stancePlace(current.stance) : null,
    stanceWords: current.stance ? stanceWords(issueRecord, current.stance) : null,
    stanceShort: current.stance ? stanceWordsShort(issueRecord, current.stance) : null,
    ...quoteAbout(own, [issue], (s) => `${s.actorRecord.name}, ${s.actorRecord.role}`),
    sources,
  };
}

/** Speaker notes for a position: its verbatim quotes with speaker and date, and the stance rationale. */
export function positionNotes(model: Model, stakeholder: string, issue: string): Note[] {
  const current = positionTrack(model, stakeholder, issue).current;
  if (!current) return [];
  const name = model.stakeholderById.get(stakeholder)!.name;
  const texts = statementsOf(model, current.statements).map((s) => {
    const words = s.quotes.length > 0 ? quoteRecords(s, s.actorRecord.name).map(quoted).join(' … ') : s.summary;
    return `${name} — ${s.actorRecord.name} (${formatDate(s.date, s.dateApprox)}, ${s.channel}): ${words}`;
  });
  if (current.stance)
    texts.push(
      `${name} stance ${formatStance(current.stance)}${isRange(current.stance) ? ' (a range)' : ''} (analyst judgement): ${current.stance.rationale}`,
    );
  for (const c of current.conflicts) texts.push(`${name} — conflicting statements: ${c.summary}`);
  return texts.map((text) => ({ text, stakeholders: [stakeholder], issue }));
}
