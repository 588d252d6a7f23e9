import { type FigureColumn, type FigureProvenance, figureHtml } from "./figure.js";
import { type SankeyLink, type SankeySvgOptions, sankeySvg } from "./sankey-svg.js";

export interface SankeyOptions extends SankeySvgOptions {
  id: string;
  valueTitle: string;
  provenance: FigureProvenance;
}

/**
 * A Sankey diagram drawn at build time (`sankeySvg`), wrapped like every figure: caption, data
 * table of the links (largest first), CSV download and provenance.
 */
export function sankeyFigure(o: SankeyOptions): string {
  const columns: FigureColumn[] = [
    { field: "source", title: o.sourceTitle },
    { field: "target", title: o.targetTitle },
    { field: "value", title: o.valueTitle },
  ];
  const rows = [...o.links].sort((a: SankeyLink, b: SankeyLink) => b.value - a.value).map((l) => ({ ...l }));
  return figureHtml({
    id: o.id,
    title: o.title,
    description: o.description,
    // On a phone the links read better as a ranked table than as a drawing scrolled sideways.
    svg: { wide: sankeySvg(o), narrow: null },
    rows,
    columns,
    provenance: o.provenance,
    wide: true,
  });
}
