import { barChart, type FigureOptions } from "@hnl/charts";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import type { FunnelStep } from "./stages.ts";

type TopLevelSpec = FigureOptions["spec"];
type Layered = { layer: { mark: Record<string, unknown>; encoding?: Record<string, unknown> }[] };

/** Colours of the funnel: stages in the page's blue, launched projects in orange, no stage in grey. */
export const FUNNEL_COLOURS = { stage: "#1f5f8b", launched: "#b35900", none: "#999999" } as const;

/**
 * The pipeline funnel as a horizontal bar chart: one bar per step, top to bottom in the order
 * given (never largest first), each labelled with its count and share ("58 (44%)"); the launched
 * step and the step of projects with no stage in their own colours.
 *
 * @example
 * funnelChart(s.stages.funnel, { launched: "Launched", none: "Stage not recorded", title: "...", description: "..." })
 */
export function funnelChart(
  steps: readonly FunnelStep[],
  o: { launched: string; none: string; title: string; description: string },
): TopLevelSpec {
  const spec = inCategoryOrder(
    barChart({
      data: steps,
      category: "step",
      value: "projects",
      width: PLOT_WIDTH,
      categoryTitle: "Stage of development",
      valueTitle: "Projects",
      title: o.title,
      description: o.description,
    }),
    steps.map((x) => x.step),
  ) as unknown as Layered & Record<string, unknown>;
  const colour = {
    condition: [
      { test: `datum.step === ${JSON.stringify(o.launched)}`, value: FUNNEL_COLOURS.launched },
      { test: `datum.step === ${JSON.stringify(o.none)}`, value: FUNNEL_COLOURS.none },
    ],
    value: FUNNEL_COLOURS.stage,
  };
  // Room at the right for the longest bar's label ("58 (44%)"), which would otherwise run off the plot.
  const max = Math.max(0, ...steps.map((x) => x.projects));
  const encoding = spec.encoding as { x?: Record<string, unknown> } | undefined;
  const x = { ...(encoding?.x ?? {}), scale: { domainMax: Math.ceil(max * 1.5) } };
  const [bars, text, ...rest] = spec.layer;
  if (bars === undefined || text === undefined) throw new Error("funnelChart: barChart no longer draws a bar layer and a text layer.");
  return {
    ...spec,
    encoding: { ...encoding, x },
    layer: [
      { ...bars, encoding: { ...bars.encoding, color: colour } },
      { ...text, encoding: { ...text.encoding, text: { field: "label", type: "nominal" } } },
      ...rest,
    ],
  } as unknown as TopLevelSpec;
}
