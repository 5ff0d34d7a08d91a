import type { Choice } from '@/lib/params';

type Props = {
  stakeholders: (Choice & { styleIndex: number })[];
  issues: Choice[];
  /** Ticked boxes: the valid ids the URL asked for (or the default comparison). */
  checked: { stakeholders: string[]; issues: string[] };
  /** With JavaScript: called on every change, so the URL follows the ticks. Without: a plain GET form. */
  onSelect?: (stakeholders: string[], issues: string[]) => void;
};

/** Checkboxes named s and i: submitted without JavaScript they make `/compare/?s=…&s=…&i=…`. */
export function CompareForm({ stakeholders, issues, checked, onSelect }: Props) {
  // With a handler the boxes follow the URL (back and forward included); without, they are plain HTML.
  const tick = (list: string[], id: string, kind: 's' | 'i') => {
    if (!onSelect) return { defaultChecked: list.includes(id) };
    const toggled = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
    return {
      checked: list.includes(id),
      onChange: () => (kind === 's' ? onSelect(toggled, checked.issues) : onSelect(checked.stakeholders, toggled)),
    };
  };
  const box = 'inline-flex items-center gap-2 rounded border border-slate-300 px-2 py-1';
  return (
    <form method="get" action="/compare/" onSubmit={onSelect ? (e) => e.preventDefault() : undefined} className="rounded border border-slate-300 bg-slate-50 p-3">
      <fieldset>
        <legend className="font-semibold">Stakeholders to compare (two or more)</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {stakeholders.map((s) => (
            <label key={s.id} className={box}>
              <input type="checkbox" name="s" value={s.id} {...tick(checked.stakeholders, s.id, 's')} className="size-4" />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="mt-3">
        <legend className="font-semibold">Issues (none ticked: every issue)</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {issues.map((i) => (
            <label key={i.id} className={box}>
              <input type="checkbox" name="i" value={i.id} {...tick(checked.issues, i.id, 'i')} className="size-4" />
              {i.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="mt-3 rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900">
        Compare
      </button>
    </form>
  );
}
