/** How a stance is printed. Its own small module, so client bundles that print no stance do not carry it. */
import type { Stance } from './schema';

/**
 * A stance's number, the one place every view prints it: "62/100" (fraction), "62 of 100" (spoken,
 * for accessible names) or "62" (bare, beside a side's name in a list of stances). A stance that
 * becomes a range changes here, not in each view.
 */
export function formatStance(stance: Pick<Stance, 'value'>, form: 'fraction' | 'spoken' | 'bare' = 'fraction'): string {
  if (form === 'bare') return `${stance.value}`;
  return form === 'spoken' ? `${stance.value} of 100` : `${stance.value}/100`;
}
