/** A table's header row: one column heading per name, the last without right padding. */
export function ColumnHeads({ names, cellClass = '' }: { names: string[]; cellClass?: string }) {
  return (
    <thead>
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
