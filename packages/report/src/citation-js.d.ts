// Types for citation-js, which ships none: only what the kit calls.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(
      type: "bibliography" | "citation",
      options: { format: "html" | "text"; template: string; lang?: string; entry?: string[] },
    ): string;
    format(type: "bibtex" | "ris"): string;
  }
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
