import type { Issue } from '@/lib/schema';

/**
 * SLOT for the issue's charts (spectrum, timeline) — the charts issue fills this in. It renders
 * nothing until then, so the page never shows an empty frame. Keep it one component: the issue
 * page places it between the scale and the positions.
 */
export function IssueChartsSlot({ issue }: { issue: Issue }) {
  void issue;
  return null;
}
