import { describe, expect, it } from "vitest";
import { readBibliography } from "../src/bibliography.js";
import type { ChapterFindings } from "../src/collect-findings.js";
import { resolveReferences } from "../src/cross-references.js";
import { escapeHtml } from "../src/escape-html.js";
import { message } from "../src/messages.js";
import {
  type MarkdownItLike,
  previewMarkdownIt,
  previewReferences,
  type UnknownReference,
  unknownReferenceHtml,
} from "../src/preview-references.js";
import { referenceTargets } from "../src/reference-targets.js";
import { tree } from "./fixtures.js";

const root = tree({
  "refs.json": JSON.stringify([
    {
      id: "frantz-2020",
      type: "dataset",
      title: "CSR in India",
      author: [{ family: "Frantz", given: "Jan" }],
      issued: { "date-parts": [[2020]] },
    },
  ]),
});
const bibliography = readBibliography(`${root}/refs.json`);
const findings = [
  { notebook: {}, findings: [{ id: "F2.1", statement: 'Most links are on "metrics".', status: "draft" }] },
] as unknown as ChapterFindings[];
const targets = referenceTargets({ findings, bibliography });

describe("previewReferences", () => {
  it("writes a finding and a citation as the build does, with the build's own text and link", () => {
    const html = "<p>See [@F2.1] and [@cite:frantz-2020].</p>";
    const page = "/05-csr-sync/index";
    const preview = previewReferences(html, page, targets);
    expect(preview).toBe(
      '<p>See <a class="hnl-ref hnl-ref-finding" href="../learning.html#F2.1" title="Most links are on &quot;metrics&quot;.">F2.1</a> and <a class="hnl-ref hnl-ref-citation" href="../appendix/references.html#frantz-2020">(Frantz, 2020)</a>.</p>',
    );
    expect(preview).toBe(resolveReferences(html, page, { ...targets, figure: new Map() }));
  });

  it("leaves a figure reference to the browser, which knows its number once it is drawn", () => {
    expect(previewReferences("<p>As [@fig:sdg-sankey] shows</p>", "/02-sdg-outcomes/index", targets)).toBe(
      '<p>As <a class="hnl-ref hnl-ref-figure" href="#sdg-sankey" data-hnl-figure="sdg-sankey">[@fig:sdg-sankey]</a> shows</p>',
    );
  });

  it("marks a reference to nothing visibly and says so once, instead of failing the preview", () => {
    const told: UnknownReference[] = [];
    const preview = previewReferences("<p>[@cite:nobody-1999] and [@F9.9]</p>", "/02-x/index", targets, (r) => told.push(r));
    expect(preview).toBe(`<p>${unknownReferenceHtml("citation", "nobody-1999")} and ${unknownReferenceHtml("finding", "F9.9")}</p>`);
    expect(preview).toContain(`[@cite:nobody-1999] (${escapeHtml(message.previewUnknownReference("citation", "nobody-1999"))})</mark>`);
    expect(told).toEqual([
      { page: "/02-x/index", kind: "citation", key: "nobody-1999" },
      { page: "/02-x/index", kind: "finding", key: "F9.9" },
    ]);
  });
});

describe("previewMarkdownIt", () => {
  // Framework's markdown-it renders a page's tokens with the page's path in its environment.
  const md = (): MarkdownItLike => ({
    renderer: { render: ((tokens: string) => tokens) as unknown as MarkdownItLike["renderer"]["render"] },
  });
  const render = (m: MarkdownItLike, text: string, path: string) =>
    (m.renderer.render as unknown as (t: string, o: unknown, env: { path: string }) => string)(text, {}, { path });

  it("resolves the references of every page Framework renders, relative to that page", () => {
    const m = previewMarkdownIt(targets)(md());
    expect(render(m, "<p>[@cite:frantz-2020]</p>", "/summary")).toBe(
      '<p><a class="hnl-ref hnl-ref-citation" href="./appendix/references.html#frantz-2020">(Frantz, 2020)</a></p>',
    );
  });

  it("tells each unknown reference of a page once, however often the page renders", () => {
    const told: UnknownReference[] = [];
    const m = previewMarkdownIt(targets, (r) => told.push(r))(md());
    render(m, "<p>[@cite:nope]</p>", "/02-x/index");
    render(m, "<p>[@cite:nope]</p>", "/02-x/index");
    expect(told).toEqual([{ page: "/02-x/index", kind: "citation", key: "nope" }]);
  });
});
