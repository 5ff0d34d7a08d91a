import type { Model } from '../../model';
import { compareDates, dateKey, formatDate } from '../../dates';
import { eventTense } from '../../time/asof';
import { standingDemands } from '../../demands';
import type { WatchFacts } from './watch';

export function buildWatchSlide(model: Model): WatchFacts {
  const asOf = dateKey(model.dataset.asOf);
  const name = (id: string) => model.stakeholderById.get(id)!.name;
  const facts: WatchFacts['facts'] = [];
  // A deadline on or before the as-of date has passed (the changes slide may say so); a planned
  // event ahead is listed as planned; what happened is history, not something to watch.
  for (const e of [...model.events].sort((a, b) => compareDates(a.date, b.date))) {
    if (e.kind !== 'happened' && eventTense(e, asOf) === 'ahead')
      facts.push({
        kind: e.kind === 'deadline' ? 'deadline' : 'planned',
        label: `${formatDate(e.date, e.dateApprox)}: ${e.label}`,
      });
  }
  // A withdrawn, met or superseded demand is no longer a condition to watch (the same test as every other view).
  for (const d of standingDemands(model)) {
    facts.push({
      kind: 'condition',
      stakeholder: d.stakeholder,
      issue: d.issue,
      // A red line stays one: "Ukraine rules out: …", never read as the side's demand.
      label: `${name(d.stakeholder)}${d.kind === 'rules-out' ? ' rules out' : ''}: ${d.text}`,
      partly: d.responses.filter((r) => r.response === 'partly').map((r) => r.stakeholder),
      answered: d.responses.length > 0,
      // Sides that could answer: not the demander, not already answering, with some position on record.
      couldAnswer: model.stakeholders
        .map((s) => s.id)
        .filter(
          (s) =>
            s !== d.stakeholder &&
            !d.responses.some((r) => r.stakeholder === s) &&
            model.positions.some((p) => p.stakeholder === s),
        ),
    });
  }
  for (const p of model.positions) {
    for (const c of p.conflicts) {
      facts.push({
        kind: 'mixed',
        stakeholder: p.stakeholder,
        issue: p.issue,
        label: `${name(p.stakeholder)}: mixed signals on ${model.issueById.get(p.issue)!.title.toLowerCase()}`,
        detail: c.summary,
      });
    }
  }
  return {
    id: 'watch',
    kind: 'watch',
    title: 'What to watch',
    facts,
    notes: [
      {
        text: 'Open deadlines and planned events are those dated after the data’s as-of date (a deadline on or before it has passed); conditions are demands still standing, partly accepted or not yet answered; mixed signals are conflicts among one side’s own statements.',
      },
    ],
  };
}
