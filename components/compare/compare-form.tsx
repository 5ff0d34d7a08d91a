import type { Choice } from '@/lib/url';
import { ChoiceFieldset } from '@/components/ui/choice-fieldset';

type Props = {
  stakeholders: Choice[];
  issues: Choice[];
  /** Ticked boxes: the valid ids the URL asked for (or the default comparison). */
  checked: { stakeholders: string[]; issues: string[] };
  /** With JavaScript: called on every change, so the URL follows the ticks. Without: a plain GET form. */
  onSelect?: (stakeholders: string[], issues: string[]) => void;
};

/** Checkboxes named s and i: submitted without JavaScript they make `/compare/?s=…&s=…&i=…`. */
export function CompareForm({ stakeholders, issues, checked, onSelect }: Props) {
  return (
    <form
      method="get"
      action="/compare/"
      onSubmit={onSelect ? (e) => e.preventDefault() : undefined}
      className="rounded border border-slate-300 bg-slate-50 p-3"
    >
      <ChoiceFieldset
        legend="Stakeholders to compare (two or more)"
        name="s"
        choices={stakeholders}
        checked={checked.stakeholders}
        onToggle={onSelect && ((ids) => onSelect(ids, checked.issues))}
      />
      <ChoiceFieldset
        legend="Issues (none ticked: every issue)"
        name="i"
        choices={issues}
        checked={checked.issues}
        onToggle={onSelect && ((ids) => onSelect(checked.stakeholders, ids))}
        className="mt-3"
      />
      <button type="submit" className="mt-3 rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900">
        Compare
      </button>
    </form>
  );
}
