/**
 * A table's header row: one column heading per name, the last without right padding. `className` goes on
 * the thead (a table that stacks on a phone hides it there and labels each cell instead).
 */
export function ColumnHeads({
  names,
  cellClass = '',
  className,
}: {
  names: readonly string[];
  cellClass?: string;
  className?: string;
}) {
  return (
    <thead className={className}>
      <tr className="border-b border-slate-300">
        {names.map((name, k) => (
          <th key={name} scope="col" className={`${cellClass} ${k < names.length - 1 ? 'pr-2' : ''}`.trim()}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
