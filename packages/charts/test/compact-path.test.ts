import { geoIdentity, geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { compactPath } from "../src/compact-path.js";

describe("compactPath", () => {
  it("writes rounded, relative steps and drops steps that round to nothing", () => {
    const ctx = compactPath(1);
    ctx.moveTo(10.04, 20.06);
    ctx.lineTo(10.26, 20.06);
    ctx.lineTo(10.27, 20.08); // rounds to the point before
    ctx.lineTo(8, 25.56);
    ctx.closePath();
    expect(ctx.result()).toBe("M10,20.1l0.3,0l-2.3,5.5z");
    expect(ctx.result()).toBe("");
  });

  it("rounds absolute positions, so a long border does not drift", () => {
    const ctx = compactPath(0);
    ctx.moveTo(0, 0);
    for (let i = 1; i <= 100; i++) ctx.lineTo(i * 1.4, 0);
    const steps = ctx
      .result()
      .split("l")
      .slice(1)
      .map((s) => Number(s.split(",")[0]));
    expect(steps.reduce((a, b) => a + b, 0)).toBe(140);
  });

  it("draws the same shape as d3's own path, to the rounding", () => {
    const square = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [0, 10.123],
          [10.123, 10.123],
          [10.123, 0],
          [0, 0],
        ],
      ],
    };
    const ctx = compactPath(1);
    geoPath(geoIdentity(), ctx)(square);
    expect(ctx.result()).toBe("M0,0l0,10.1l10.1,0l0,-10.1z");
    expect(geoPath(geoIdentity()).digits(1)(square)).toBe("M0,0L0,10.1L10.1,10.1L10.1,0Z");
  });

  it("draws a point as a circle", () => {
    const ctx = compactPath(1);
    ctx.arc(5, 5, 2, 0, 2 * Math.PI);
    expect(ctx.result()).toBe("M7,5a2,2 0 1,1 -4,0a2,2 0 1,1 4,0");
  });
});
