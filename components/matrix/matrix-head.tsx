import type { ComponentType, CSSProperties, ReactNode } from 'react';
import type { MatrixView } from '@/lib/reshape';
import type { CellMarkers } from '@/lib/time/core';

/** What the as-of view's painted table (PaintedTable) is given. */
export type PaintedTableProps = {
  size: string;
  heads: ReactNode;
  matrix: MatrixView;
  markers: Record<string, CellMarkers>;
};

/** What either matrix layout draws. */
export type MatrixProps = {
  matrix: MatrixView;
  /** Change and staleness markers by cell key (`side.issue`). */
  markers?: Record<string, CellMarkers>;
  /** The day the cells' links carry (`?asof=`, lib/url's linkDay), undefined for the latest. */
  linkDay?: string;
  /**
   * Draw the compact matrix's table with this component (PaintedTable: numbers and markers on a canvas over
   * the squares rather than as text and classes, its squares buttons rather than links): the as-of view in
   * the browser, where a new day changes hundreds of squares at once. Handed in by the as-of view's own
   * code, loaded only for it, so the server's matrix never ships it with the page.
   */
  painted?: ComponentType<PaintedTableProps>;
};

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
