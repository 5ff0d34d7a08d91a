/** An issue's scale words under its 0–100 line on an HTML slide (x 60 to 1140 of a 1200-wide picture). */
export function ScaleEnds({ scale, y, size }: { scale: readonly [string, string, string]; y: number; size: number }) {
  return (
    <>
      <text x={60} y={y} className="fill-current" fontSize={size}>
        0 · {scale[0]}
      </text>
      <text x={600} y={y} textAnchor="middle" className="fill-current" fontSize={size}>
        50 · {scale[1]}
      </text>
      <text x={1140} y={y} textAnchor="end" className="fill-current" fontSize={size}>
        {scale[2]} · 100
      </text>
    </>
  );
}
