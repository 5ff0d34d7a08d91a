/**
 * The warning that positions set side by side are far apart in time. Words first (a bold label and
 * the sentence), a border as well as a tint: it reads the same without colour.
 */
export function SpreadWarning({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p
      className="mt-1 rounded border-2 border-amber-700 bg-amber-50 px-2 py-1 text-sm text-slate-900"
      data-testid="spread-warning"
    >
      <strong>Different dates:</strong> {text}
    </p>
  );
}
