import type { TableData } from '@/lib/chart-export';

/** Rows drawn in the page; a longer table is cut here and whole in the CSV download. */
export const TABLE_ROW_LIMIT = 200;

/** The chart's numbers as a plain table, behind a disclosure: server-rendered, works without JS. */
export function DataTable({ id, title, table }: { id: string; title: string; table: TableData }) {
  return (
    <details className="min-w-0 flex-1">
      <summary className="font-medium text-blue-800">Show the table</summary>
      <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={`${title}: table (scrolls)`}>
        <table className="w-full border-collapse text-sm" aria-label={`${title}: table`} data-testid={`table-${id}`}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="border border-slate-300 bg-slate-100 px-2 py-1 text-left">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, TABLE_ROW_LIMIT).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} className="border border-slate-300 px-2 py-1 align-top">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {table.rows.length > TABLE_ROW_LIMIT ? (
          <p className="mt-1 text-sm text-slate-700">
            First {TABLE_ROW_LIMIT} of {table.rows.length} rows; the CSV download has them all.
          </p>
        ) : null}
      </div>
    </details>
  );
}
