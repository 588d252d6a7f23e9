import type { barChart } from "@hnl/charts";

type Spec = ReturnType<typeof barChart>;

/**
 * The same bar chart with category labels of more than 14 characters broken over two lines at a
 * space, and bars spaced to fit them. barChart cuts labels at 170 px, and at build time (no
 * canvas) Vega estimates a 13 px label at about 10 px a character, so a type name such as
 * "Development impact bond" would end in an ellipsis; on one line, uncut, it would shrink the
 * whole chart on a phone.
 *
 * @example
 * twoLineLabels(barChart({ ... }))
 */
export function twoLineLabels(spec: Spec): Spec {
  const copy = structuredClone(spec) as { height?: unknown; encoding?: { y?: { axis?: Record<string, unknown> } } };
  const cut = "lastindexof(substring(datum.label, 0, 14), ' ')";
  if (copy.encoding?.y?.axis !== undefined) {
    copy.encoding.y.axis.labelExpr = `length(datum.label) > 14 && ${cut} > 0 ? [substring(datum.label, 0, ${cut}), substring(datum.label, ${cut} + 1)] : datum.label`;
    copy.encoding.y.axis.labelLineHeight = 14;
    copy.encoding.y.axis.labelLimit = 170;
  }
  copy.height = { step: 34 };
  return copy as Spec;
}
