import type { Model } from '../../model';
import { formatDate } from '../../dates';
import type { TimelineFacts } from './timeline';

export function buildTimelineSlide(model: Model): TimelineFacts {
  return {
    id: 'timeline',
    kind: 'timeline',
    title: 'Timeline',
    events: model.events.map((e) => ({
      date: formatDate(e.date, e.dateApprox),
      label: e.label,
      ...(e.issues ? { issues: e.issues } : {}),
      // An event's passage is the source's own words, so it may stand in quotation marks.
      note: `${formatDate(e.date, e.dateApprox)}: ${e.label} — “${e.passage}”`,
    })),
    notes: [],
  };
}
