import type { Shape } from './colors';

/**
 * The outline of a marker shape as a polygon in a unit box (x and y from −1 to 1, y down), or null
 * for the circle. The one geometry: SVG paths (below) and the .pptx marks
 * (components/brief/pptx/scale-axis.ts) are both drawn from it.
 */
export function shapePoints(shape: Shape): [number, number][] | null {
  switch (shape) {
    case 'square':
      return [
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ];
    case 'triangle':
      return [
        [0, -1],
        [1, 0.8],
        [-1, 0.8],
      ];
    case 'diamond':
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const k = i % 2 === 0 ? 1 : 0.45;
        return [Math.cos(a) * k, Math.sin(a) * k] as [number, number];
      });
    case 'cross':
      return [
        [-0.35, -1],
        [0.35, -1],
        [0.35, -0.35],
        [1, -0.35],
        [1, 0.35],
        [0.35, 0.35],
        [0.35, 1],
        [-0.35, 1],
        [-0.35, 0.35],
        [-1, 0.35],
        [-1, -0.35],
        [-0.35, -0.35],
      ];
    case 'wye':
      return [
        [-0.3, -1],
        [0.3, -1],
        [0.3, 0],
        [1, 0.7],
        [0.6, 1],
        [0, 0.4],
        [-0.6, 1],
        [-1, 0.7],
        [-0.3, 0],
      ];
    case 'triangle-down':
      return [
        [-1, -0.8],
        [1, -0.8],
        [0, 1],
      ];
    case 'circle':
    default:
      return null;
  }
}

/** SVG path of a marker shape centred on (cx, cy) with radius r — shared by HTML marks and charts. */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  const p = (x: number, y: number) => `${(cx + x * r).toFixed(2)},${(cy + y * r).toFixed(2)}`;
  const points = shapePoints(shape);
  if (points) return `M${points.map(([x, y]) => p(x, y)).join('L')}Z`;
  return `M${p(-1, 0)}A${r},${r} 0 1,0 ${p(1, 0)}A${r},${r} 0 1,0 ${p(-1, 0)}Z`;
}
