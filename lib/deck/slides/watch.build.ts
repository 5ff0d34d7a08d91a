import type { Model } from '../../model';
import { compareDates, dateKey, formatDate } from '../../dates';
import type { WatchFacts } from './watch';

export function buildWatchSlide(model: Model): WatchFacts {
  const asOf = dateKey(model.dataset.asOf);
  const name = (id: string) => model.stakeholderById.get(id)!.name;
  const facts: WatchFacts['facts'] = [];
  for (const e of [...model.events].sort((a, b) => compareDates(a.date, b.date))) {
    if (dateKey(e.date) > asOf)
      facts.push({ kind: 'deadline', label: `${formatDate(e.date, e.dateApprox)}: ${e.label}` });
  }
  for (const d of model.demands) {
    facts.push({
      kind: 'condition',
      stakeholder: d.stakeholder,
      issue: d.issue,
      label: `${name(d.stakeholder)}: ${d.text}`,
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
        text: 'Open deadlines are events dated after the data’s as-of date; conditions are demands partly accepted or not yet answered; mixed signals are conflicts among one side’s own statements.',
      },
    ],
  };
}
