type Props = {
  legend: string;
  /** The URL parameter the ticked ids are sent as (`s` for sides, `i` for issues). */
  name: 's' | 'i';
  choices: { id: string; name: string }[];
  checked: string[];
  /** With JavaScript: the boxes follow `checked` and report each change. Without: plain form boxes. */
  onToggle?: (ids: string[]) => void;
  className?: string;
};

/** A row of labelled checkboxes for choosing sides or issues; the compare view and the deck share it. */
export function ChoiceFieldset({ legend, name, choices, checked, onToggle, className }: Props) {
  return (
    <fieldset className={className}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {choices.map((c) => {
          const on = checked.includes(c.id);
          const state = onToggle
            ? { checked: on, onChange: () => onToggle(on ? checked.filter((x) => x !== c.id) : [...checked, c.id]) }
            : { defaultChecked: on };
          return (
            <label key={c.id} className="inline-flex items-center gap-2 rounded border border-slate-300 px-2 py-1">
              <input type="checkbox" name={name} value={c.id} {...state} className="size-4" />
              {c.name}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
