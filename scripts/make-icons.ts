/**
 * Draws the add-in icon (a clipboard with a check mark) at 16, 32, 64, 80 and 128 px into assets/.
 * Shapes are signed-distance functions sampled 4×4 per pixel, so small sizes stay crisp.
 * Run: `npx tsx scripts/make-icons.ts` (the PNGs are committed; rerun only when the drawing changes).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng } from "./lib/png";

/** Icon sizes the manifest and the store listing use. */
export const ICON_SIZES: readonly number[] = [16, 32, 64, 80, 128];

type Rgb = readonly [number, number, number];
interface Shape {
  readonly colour: Rgb;
  /** Signed distance in unit coordinates (0..1): negative inside. */
  readonly distance: (x: number, y: number) => number;
}

function roundedRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number
): (x: number, y: number) => number {
  return (x, y) => {
    const qx = Math.max(x0 + r - x, x - (x1 - r));
    const qy = Math.max(y0 + r - y, y - (y1 - r));
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number
): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2))
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function polyline(
  points: readonly (readonly [number, number])[],
  halfWidth: number
): (x: number, y: number) => number {
  return (x, y) => {
    let best = Infinity;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b) best = Math.min(best, segmentDistance(x, y, a[0], a[1], b[0], b[1]));
    }
    return best - halfWidth;
  };
}

/** The mark, back to front: board (Fluent brand blue), paper, clip, green check. */
const SHAPES: readonly Shape[] = [
  { colour: [0x0f, 0x6c, 0xbd], distance: roundedRect(0.14, 0.1, 0.86, 0.97, 0.09) },
  { colour: [0xff, 0xff, 0xff], distance: roundedRect(0.23, 0.21, 0.77, 0.88, 0.035) },
  { colour: [0x3d, 0x3d, 0x3d], distance: roundedRect(0.33, 0.03, 0.67, 0.19, 0.05) },
  {
    colour: [0x10, 0x7c, 0x10],
    distance: polyline(
      [
        [0.33, 0.55],
        [0.46, 0.7],
        [0.69, 0.38],
      ],
      0.055
    ),
  },
];

/** Renders the icon as RGBA bytes of size × size pixels. */
export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour: Rgb | null = null;
          for (const shape of SHAPES) if (shape.distance(x, y) <= 0) colour = shape.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return out;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
