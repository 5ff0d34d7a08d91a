import type { Shape } from './colors';

/** SVG path of a marker shape centred on (cx, cy) with radius r — shared by HTML marks and charts. */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  const p = (x: number, y: number) => `${(cx + x * r).toFixed(2)},${(cy + y * r).toFixed(2)}`;
  switch (shape) {
    case 'square':
      return `M${p(-0.85, -0.85)}L${p(0.85, -0.85)}L${p(0.85, 0.85)}L${p(-0.85, 0.85)}Z`;
    case 'triangle':
      return `M${p(0, -1)}L${p(1, 0.8)}L${p(-1, 0.8)}Z`;
    case 'diamond':
      return `M${p(0, -1)}L${p(1, 0)}L${p(0, 1)}L${p(-1, 0)}Z`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const k = i % 2 === 0 ? 1 : 0.45;
        return p(Math.cos(a) * k, Math.sin(a) * k);
      });
      return `M${points.join('L')}Z`;
    }
    case 'cross':
      return `M${p(-0.35, -1)}L${p(0.35, -1)}L${p(0.35, -0.35)}L${p(1, -0.35)}L${p(1, 0.35)}L${p(0.35, 0.35)}L${p(0.35, 1)}L${p(-0.35, 1)}L${p(-0.35, 0.35)}L${p(-1, 0.35)}L${p(-1, -0.35)}L${p(-0.35, -0.35)}Z`;
    case 'wye':
      return `M${p(-0.3, -1)}L${p(0.3, -1)}L${p(0.3, 0)}L${p(1, 0.7)}L${p(0.6, 1)}L${p(0, 0.4)}L${p(-0.6, 1)}L${p(-1, 0.7)}L${p(-0.3, 0)}Z`;
    case 'circle':
    default:
      return `M${p(-1, 0)}A${r},${r} 0 1,0 ${p(1, 0)}A${r},${r} 0 1,0 ${p(-1, 0)}Z`;
  }
}
