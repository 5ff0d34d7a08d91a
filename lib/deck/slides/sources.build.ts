import type { Model } from '../../model';
import { citeSources } from '../../format';
import type { SourcesFacts } from './sources';

export function buildSourcesSlide(model: Model): SourcesFacts {
  return {
    id: 'sources',
    kind: 'sources',
    title: 'Sources',
    citations: model.sources.map(
      (s) => `${citeSources([s])}${s.url ? ` — ${s.url}` : ''}${s.inferenceNote ? `. ${s.inferenceNote}` : ''}`,
    ),
    notes: [{ text: 'Every quote in this briefing appears verbatim in these sources.' }],
  };
}
