// A d3-geo path context that writes short SVG path data: whole units, relative moves, and points closer
// than `tolerance` units to the last one dropped (radial-distance simplification). A world of 240
// countries is ~5× smaller than d3's default output, which matters because the drawing is inline HTML.
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";

class CompactContext {
  private parts: string[] = [];
  private ring: [number, number][] = [];
  private x = 0;
  private y = 0;

  constructor(private readonly tolerance: number) {}

  moveTo(x: number, y: number) {
    this.flush(false);
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number) {
    const last = this.ring[this.ring.length - 1];
    if (last && Math.hypot(x - last[0], y - last[1]) < this.tolerance) return;
    this.ring.push([x, y]);
  }

  closePath() {
    this.flush(true);
  }

  arc() {
    // Points are not drawn as paths here.
  }

  private flush(closed: boolean) {
    const points = this.ring.map(([x, y]) => [Math.round(x), Math.round(y)] as const);
    this.ring = [];
    const distinct = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
    if (distinct.length < (closed ? 3 : 2)) return;
    const [fx, fy] = distinct[0]!;
    let out = this.parts.length === 0 ? `M${fx} ${fy}` : `m${fx - this.x}${sep(fy - this.y)}`;
    let [px, py] = [fx, fy];
    for (let i = 1; i < distinct.length; i++) {
      const [x, y] = distinct[i]!;
      out += `${i === 1 ? `l${x - px}` : sep(x - px)}${sep(y - py)}`;
      [px, py] = [x, y];
    }
    if (closed) out += "z";
    // After "z" the current point is the subpath's first point.
    [this.x, this.y] = closed ? [fx, fy] : [px, py];
    this.parts.push(out);
  }

  result(): string {
    this.flush(false);
    return this.parts.join("");
  }
}

/** A separator before a number: none when its minus sign separates it already. */
const sep = (n: number) => (n < 0 ? String(n) : ` ${n}`);

/** Path data for a GeoJSON object under a projection, in whole units with simplification. */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, tolerance = 1): string {
  const context = new CompactContext(tolerance);
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.result();
}
