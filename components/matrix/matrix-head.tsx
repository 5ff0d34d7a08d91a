import type { CSSProperties, ReactNode } from 'react';
import type { MatrixView } from '@/lib/reshape';

type Side = MatrixView['sides'][number];

/**
 * The matrix's head row, for both layouts: the "Issue" corner, then one column heading per side, each
 * styled by its side's colour and drawn by `label`. One caption says how the table reads.
 */
export function MatrixHead({
  sides,
  className,
  cornerClass,
  sideClass,
  sideStyle,
  label,
}: {
  sides: Side[];
  className?: string;
  cornerClass: string;
  sideClass: string;
  sideStyle: (side: Side) => CSSProperties;
  label: (side: Side) => ReactNode;
}) {
  return (
    <>
      <caption className="sr-only">Positions by issue (rows) and stakeholder (columns)</caption>
      <thead className={className}>
        <tr>
          <th scope="col" className={cornerClass}>
            Issue
          </th>
          {sides.map((s) => (
            <th key={s.id} scope="col" className={sideClass} style={sideStyle(s)}>
              {label(s)}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
