import type { GeoContext } from "d3-geo";

/**
 * A d3-geo path context that writes SVG path data compactly: every point rounded to `digits`
 * decimals, each step relative to the one before (`l1.2,-0.4` instead of `L632.2,206.5`), and
 * steps that round to nothing left out. Rounding is of absolute positions, so errors never add
 * up along a long border. For maps drawn as static SVG, where path data is most of the bytes.
 *
 * @example
 * const ctx = compactPath(1);
 * geoPath(projection, ctx)(feature);
 * ctx.result(); // "M380.7,167.4l0.3,0.3l6.4,4.9…z"
 */
export function compactPath(digits = 1): CompactPath {
  const scale = 10 ** digits;
  const r = (v: number) => Math.round(v * scale);
  const show = (n: number) => String(n / scale);
  let out = "";
  let x = 0;
  let y = 0;
  return {
    beginPath() {},
    moveTo(px, py) {
      x = r(px);
      y = r(py);
      out += `M${show(x)},${show(y)}`;
    },
    lineTo(px, py) {
      const nx = r(px);
      const ny = r(py);
      if (nx === x && ny === y) return;
      out += `l${show(nx - x)},${show(ny - y)}`;
      x = nx;
      y = ny;
    },
    closePath() {
      out += "z";
    },
    arc(px, py, radius) {
      const d = show(r(radius) * 2);
      const rr = show(r(radius));
      out += `M${show(r(px) + r(radius))},${show(r(py))}a${rr},${rr} 0 1,1 -${d},0a${rr},${rr} 0 1,1 ${d},0`;
    },
    result() {
      const s = out;
      out = "";
      return s;
    },
  };
}

/** The context `compactPath` returns: d3-geo's `GeoContext`, plus `result()` to take the path data. */
export interface CompactPath extends GeoContext {
  /** The path data drawn since the last call, and a fresh start. */
  result(): string;
}
