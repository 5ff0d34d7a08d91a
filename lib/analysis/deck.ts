/**
 * The briefing deck as data: which slides, what each says, its speaker notes and its footnote.
 * The HTML deck, the print/PDF export and the PowerPoint export all render this one structure.
 */
import type { Model } from '../model';
import { compareDates, dateKey, formatDate } from '../dates';
import { citeSources, plural, RESPONSE_LABELS, stanceWords } from '../format';
import { citeStatementSources } from './citations';
import { stakeholderStyle, type StakeholderStyle } from '../colors';
import { buildMatrix, positionTrack, statementsOf } from './positions';
import { responseGrid, spectrum, spectrumTakeaway, timeline, timelineTakeaway } from './charts';

export type SideLine = {
  stakeholder: string;
  /** The position's summary, or null when the side has no sourced position. */
  summary: string | null;
  stance: number | null;
  stanceWords: string | null;
  /** The key quote behind the position and who said it. */
  quote: { text: string; speaker: string } | null;
};

type Base = {
  id: string;
  title: string;
  notes: string[];
  footnote: string;
  /** What did not fit on the slide, in words (set by fitDeck). */
  omitted?: string;
};

export type DeckSlide =
  | (Base & { kind: 'title'; subject: string; asOf: string; sources: number; statements: number })
  | (Base & { kind: 'matrix'; issues: string[]; rows: { issue: string; cells: (SideLine & { conflict: boolean })[] }[] })
  | (Base & { kind: 'issue'; issue: string; question: string; scale: [string, string, string]; takeaway: string; lines: SideLine[]; gap: number | null })
  | (Base & { kind: 'demands'; rows: { stakeholder: string; issue: string; text: string; responses: { stakeholder: string; label: string }[] }[] })
  | (Base & { kind: 'timeline'; takeaway: string; events: { date: string; label: string }[]; perSide: { stakeholder: string; count: number; first: string; last: string }[] })
  | (Base & { kind: 'watch'; items: { label: string; detail: string; stakeholders: string[]; issue?: string }[] })
  | (Base & { kind: 'sources'; citations: string[] });

export type Deck = { title: string; asOf: string; stakeholders: ({ id: string; name: string; abbreviation: string } & StakeholderStyle)[]; issues: { id: string; title: string }[]; slides: DeckSlide[] };

function citeStatements(model: Model, ids: Iterable<string>): string {
  const line = citeStatementSources(model, ids);
  return line ? `Source: ${line}` : 'Source: none — no sourced statements on this slide.';
}

function sideLine(model: Model, stakeholder: string, issue: string): SideLine {
  const current = positionTrack(model, stakeholder, issue).current;
  if (!current) return { stakeholder, summary: null, stance: null, stanceWords: null, quote: null };
  const quoted = statementsOf(model, current.statements).find((s) => s.stakeholder === stakeholder && s.quotes.length > 0);
  const issueRecord = model.issueById.get(issue)!;
  return {
    stakeholder,
    summary: current.summary,
    stance: current.stance?.value ?? null,
    stanceWords: current.stance ? stanceWords(issueRecord, current.stance.value) : null,
    quote: quoted ? { text: quoted.quotes[0]!, speaker: `${quoted.actorRecord.name}, ${quoted.actorRecord.role}` } : null,
  };
}

/** Speaker notes for a position: its quotes with speaker and date, and the stance rationale. */
function positionNotes(model: Model, stakeholder: string, issue: string): string[] {
  const current = positionTrack(model, stakeholder, issue).current;
  if (!current) return [];
  const name = model.stakeholderById.get(stakeholder)!.name;
  const notes = statementsOf(model, current.statements).map((s) => {
    const words = s.quotes.length > 0 ? s.quotes.map((q) => `“${q}”`).join(' … ') : s.summary;
    return `${name} — ${s.actorRecord.name} (${formatDate(s.date, s.dateApprox)}, ${s.channel}): ${words}`;
  });
  if (current.stance) notes.push(`${name} stance ${current.stance.value}/100 (analyst judgement): ${current.stance.rationale}`);
  for (const c of current.conflicts) notes.push(`${name} — conflicting statements: ${c.summary}`);
  return notes;
}

export function buildDeck(model: Model): Deck {
  const { dataset } = model;
  const slides: DeckSlide[] = [];
  const allStatements = model.statements.map((s) => s.id);
  const sides = model.stakeholders.map((s) => s.id);

  slides.push({
    id: 'title',
    kind: 'title',
    title: dataset.title,
    subject: dataset.subject,
    asOf: formatDate(dataset.asOf),
    sources: model.sources.length,
    statements: model.statements.length,
    notes: [`As of ${formatDate(dataset.asOf)}. ${plural(model.statements.length, 'statement')} from ${plural(model.sources.length, 'source')}. Stances are analyst judgements.`],
    footnote: citeStatements(model, allStatements),
  });

  const matrix = buildMatrix(model);
  slides.push({
    id: 'matrix',
    kind: 'matrix',
    title: 'Where each side stands',
    issues: model.issues.map((i) => i.id),
    rows: matrix.map((row) => ({ issue: row.issue, cells: row.cells.map((c) => ({ ...sideLine(model, c.stakeholder, row.issue), conflict: c.conflicts.length > 0 })) })),
    notes: ['Stance numbers are analyst judgements on each issue’s 0–100 scale; “No stated position” means no sourced statement supports one.'],
    footnote: citeStatements(model, model.positions.flatMap((p) => p.statements)),
  });

  for (const issue of model.issues) {
    const data = spectrum(model, issue.id);
    const positions = model.positions.filter((p) => p.issue === issue.id);
    slides.push({
      id: `issue-${issue.id}`,
      kind: 'issue',
      title: issue.title,
      issue: issue.id,
      question: issue.question,
      scale: [issue.scale.min.short, issue.scale.mid.short, issue.scale.max.short],
      takeaway: spectrumTakeaway(model, data),
      gap: data.gap?.value ?? null,
      lines: sides.map((s) => sideLine(model, s, issue.id)),
      notes: sides.flatMap((s) => positionNotes(model, s, issue.id)),
      footnote: citeStatements(model, positions.flatMap((p) => p.statements)),
    });
  }

  const grid = responseGrid(model);
  slides.push({
    id: 'demands',
    kind: 'demands',
    title: 'Demands and responses',
    rows: grid.map((r) => ({
      stakeholder: r.stakeholder,
      issue: r.issue,
      text: `${r.kind === 'rules-out' ? 'Rules out: ' : ''}${r.text}`,
      responses: r.cells.map((c) => ({ stakeholder: c.stakeholder, label: RESPONSE_LABELS[c.response] })),
    })),
    notes: model.demands.flatMap((d) => d.responses.map((r) => `${model.stakeholderById.get(r.stakeholder)!.name} ${r.response} “${d.text}” — ${r.rationale} (analyst judgement)`)),
    footnote: citeStatements(model, model.demands.flatMap((d) => [...d.statements, ...d.responses.flatMap((r) => r.statements)])),
  });

  const line = timeline(model);
  slides.push({
    id: 'timeline',
    kind: 'timeline',
    title: 'Timeline',
    takeaway: timelineTakeaway(model, line),
    events: model.events.map((e) => ({ date: formatDate(e.date, e.dateApprox), label: e.label })),
    perSide: sides
      .map((s) => {
        const own = model.statements.filter((st) => st.stakeholder === s);
        return { stakeholder: s, count: own.length, first: own[0] ? formatDate(own[0].date, own[0].dateApprox) : '', last: own.at(-1) ? formatDate(own.at(-1)!.date, own.at(-1)!.dateApprox) : '' };
      })
      .filter((p) => p.count > 0),
    notes: model.events.map((e) => `${formatDate(e.date, e.dateApprox)}: ${e.label} — “${e.passage}”`),
    footnote: citeStatements(model, allStatements),
  });

  const asOf = dateKey(dataset.asOf);
  const watch: Extract<DeckSlide, { kind: 'watch' }>['items'] = [];
  for (const e of [...model.events].sort((a, b) => compareDates(a.date, b.date))) {
    if (dateKey(e.date) > asOf) watch.push({ label: `${formatDate(e.date, e.dateApprox)}: ${e.label}`, detail: 'Open deadline: after the data’s as-of date.', stakeholders: [] });
  }
  for (const d of model.demands) {
    const unanswered = sides.filter((s) => s !== d.stakeholder && !d.responses.some((r) => r.stakeholder === s) && model.positions.some((p) => p.stakeholder === s));
    const partly = d.responses.filter((r) => r.response === 'partly').map((r) => r.stakeholder);
    if (partly.length > 0) {
      const names = partly.map((s) => model.stakeholderById.get(s)!.name).join(', ');
      watch.push({ label: `${model.stakeholderById.get(d.stakeholder)!.name}: ${d.text}`, detail: `Condition in play: ${names} partly accept${partly.length === 1 ? 's' : ''}.`, stakeholders: [d.stakeholder, ...partly], issue: d.issue });
    } else if (d.responses.length === 0 && unanswered.length > 0) {
      watch.push({ label: `${model.stakeholderById.get(d.stakeholder)!.name}: ${d.text}`, detail: 'Condition with no stated response from any side.', stakeholders: [d.stakeholder], issue: d.issue });
    }
  }
  for (const p of model.positions) {
    for (const c of p.conflicts) watch.push({ label: `${model.stakeholderById.get(p.stakeholder)!.name}: mixed signals on ${model.issueById.get(p.issue)!.title.toLowerCase()}`, detail: c.summary, stakeholders: [p.stakeholder], issue: p.issue });
  }
  slides.push({
    id: 'watch',
    kind: 'watch',
    title: 'What to watch',
    items: watch,
    notes: ['Open deadlines are events dated after the data’s as-of date; conditions are demands partly accepted or not yet answered; mixed signals are conflicts among one side’s own statements.'],
    footnote: citeStatements(model, allStatements),
  });

  slides.push({
    id: 'sources',
    kind: 'sources',
    title: 'Sources',
    citations: model.sources.map((s) => `${citeSources([s])}${s.url ? ` — ${s.url}` : ''}${s.inferenceNote ? `. ${s.inferenceNote}` : ''}`),
    notes: ['Every quote in this briefing appears verbatim in these sources.'],
    footnote: '',
  });

  return {
    title: dataset.title,
    asOf: formatDate(dataset.asOf),
    stakeholders: model.stakeholders.map((s, i) => ({ id: s.id, name: s.name, abbreviation: s.abbreviation, ...stakeholderStyle(i) })),
    issues: model.issues.map((i) => ({ id: i.id, title: i.title })),
    slides,
  };
}
