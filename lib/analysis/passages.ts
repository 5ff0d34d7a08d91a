/** Splits a source's text into plain and highlighted runs, one highlight per statement passage. */
import { textIndex } from '../text';

export type Segment = {
  text: string;
  /** Statements whose passage covers this run (empty: plain text). */
  covering: string[];
  /** Statements whose passage starts at this run: their "in context" links land here. */
  starts: string[];
};

export function passageSegments(text: string, passages: { id: string; passage: string }[]): Segment[] {
  const index = textIndex(text);
  const spans = passages
    .map((p) => ({ id: p.id, span: index.locate(p.passage) }))
    .filter((p): p is { id: string; span: { start: number; end: number } } => p.span !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    segments.push({
      text: text.slice(start, end),
      covering: spans.filter((s) => s.span.start <= start && s.span.end >= end).map((s) => s.id),
      starts: spans.filter((s) => s.span.start === start).map((s) => s.id),
    });
  }
  return segments.filter((s) => s.text.length > 0);
}
