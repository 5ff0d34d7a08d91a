import { stancePlace } from '../../stance';
import type { Model } from '../../model';
import { spectrum } from '../../analysis/charts';
import type { IssueFacts } from './issue';
import { positionNotes, sideLine } from './side-line.build';

/** One slide per issue, in the data's order. */
export function buildIssueSlides(model: Model): IssueFacts[] {
  const sides = model.stakeholders.map((s) => s.id);
  return model.issues.map((issue) => ({
    id: `issue-${issue.id}`,
    kind: 'issue',
    title: issue.title,
    issue: issue.id,
    question: issue.question,
    scale: [issue.scale.min.short, issue.scale.mid.short, issue.scale.max.short],
    lines: sides.map((s) => sideLine(model, s, issue.id)),
    marks: spectrum(model, issue.id).marks.map((m) => ({
      stakeholder: m.stakeholder,
      current: m.current,
      role: m.role,
      asOf: m.asOf,
      ...stancePlace(m),
    })),
    staleAfterDays: model.dataset.staleAfterDays,
    notes: sides.flatMap((s) => positionNotes(model, s, issue.id)),
  }));
}
