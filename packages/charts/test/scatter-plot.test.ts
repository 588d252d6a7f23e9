import { describe, expect, it } from "vitest";
import { scatterPlot } from "../src/scatter-plot.js";
import { drawnAtBothWidths } from "./drawn-at-both-widths.js";

const data = Array.from({ length: 12 }, (_, i) => ({
  project: `Project ${i + 1}`,
  capital: 1 + ((i * 7) % 11),
  achieved: 0.3 + ((i * 5) % 12) / 20,
  sector: i % 2 === 0 ? "Employment and training" : "Health",
  participants: 100 + i * 90,
}));
const options = {
  data,
  x: "capital",
  y: "achieved",
  xTitle: "Capital raised (USD million)",
  yTitle: "Outcome targets achieved",
  yFormat: ".0%",
  title: "Capital raised and outcomes achieved",
  description: "One point per project.",
};

describe("scatterPlot", () => {
  it("draws one point per row on two number axes that need not start at zero", () => {
    expect(scatterPlot(options)).toMatchObject({
      layer: [
        {
          mark: { type: "point", filled: true },
          encoding: { x: { field: "capital", scale: { zero: false } }, y: { field: "achieved", axis: { format: "~%" } } },
        },
      ],
    });
  });

  it("colours and shapes points by group, sizes them by a number, each with a legend, and labels the points named", async () => {
    const spec = scatterPlot({
      ...options,
      group: "sector",
      groupTitle: "Policy sector",
      size: "participants",
      sizeTitle: "Participants",
      label: "project",
      labels: ["Project 1", "Project 4"],
    });
    expect(spec).toMatchObject({
      layer: [
        {
          encoding: {
            color: { field: "sector", title: "Policy sector" },
            shape: { field: "sector" },
            size: { field: "participants", title: "Participants" },
          },
        },
        { mark: { type: "text", align: "left" } },
        { mark: { type: "text", align: "right" } },
      ],
    });
    const { wide, narrow } = await drawnAtBothWidths(spec);
    for (const svg of [wide, narrow ?? ""]) {
      expect(svg).toContain(">Project 1<");
      expect(svg).toContain(">Project 4<");
      expect(svg).not.toContain(">Project 2<");
      expect(svg).toContain("Employment and training");
    }
  });

  it("names the field of a value that is not a number, and a label no point has", () => {
    expect(() => scatterPlot({ ...options, data: [{ capital: "2.5m", achieved: 0.5 }] })).toThrow(
      'scatterPlot: row 1, field "capital" (x): expected a number, received "2.5m".',
    );
    expect(() => scatterPlot({ ...options, label: "project", labels: ["Project 99"] })).toThrow(
      'scatterPlot: labels lists "Project 99", which no row has in the field "project".',
    );
    expect(() => scatterPlot({ ...options, labels: ["Project 1"] })).toThrow("scatterPlot: labels are given but no label field.");
  });
});
