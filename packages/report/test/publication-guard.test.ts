import { fileURLToPath } from "node:url";
import { DataError, type DatasetDefinition, DatasetManifest, integerCell, textCell } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkPublication, formatPublicationFinding, normalizeForMatch } from "../src/publication-guard.js";

const fixture = (site: string) => fileURLToPath(new URL(`./fixtures/guard/${site}`, import.meta.url));

// A tiny fake restricted survey: three answers per respondent, two of them sensitive free text.
const FakeResponse = z.object({
  respondent: integerCell({ column: "Respondent", description: "ID" }),
  moved_online: textCell({ column: "Moved online", description: "Ticked" }),
  lost_volunteers: textCell({ column: "Lost volunteers", description: "Ticked" }),
  agency: textCell({ column: "Agency name", description: "Optional agency name", sensitive: true }),
  comment: textCell({ column: "Comment", description: "Any comment", sensitive: true }),
  postcode: textCell({ column: "Postal code", description: "First three characters", sensitive: true }),
});
const records: z.infer<typeof FakeResponse>[] = [
  { respondent: 1, moved_online: "1", lost_volunteers: null, agency: "Riverside Harbour Collective", comment: "Test", postcode: "M5V" },
  {
    respondent: 2,
    moved_online: null,
    lost_volunteers: "1",
    agency: "Tom & Jerry's Food Bank",
    comment: "We lost our only van and the driver who knew every client by name.",
    postcode: null,
  },
  {
    respondent: 3,
    moved_online: "1",
    lost_volunteers: "1",
    agency: "Harbour",
    comment: "The basement flooded in March – then the landlord doubled the rent overnight.",
    postcode: "M4C",
  },
  {
    respondent: 4,
    moved_online: null,
    lost_volunteers: null,
    agency: "Not applicable",
    comment:
      "Our volunteers were mostly seniors who had to stay home for months on end. We rebuilt the roster from scratch with students from the local high school.",
    postcode: null,
  },
  { respondent: 5, moved_online: "1", lost_volunteers: null, agency: "Prefer not to answer", comment: "Mobile Pantry", postcode: null },
  { respondent: 6, moved_online: "1", lost_volunteers: null, agency: null, comment: "food security", postcode: null },
];
const fakeSurvey: DatasetDefinition = {
  id: "fake-survey",
  title: "A fake restricted survey",
  tables: [{ name: "responses", file: "fake/responses.csv", schema: FakeResponse }],
  load: async () => ({
    responses: {
      records,
      rejected: [],
      warnings: [],
      accounting: { rowsIn: records.length, accepted: records.length, rejected: 0 },
      provenance: { dataset: "fake-survey", snapshot: "test", schemaVersion: "1", files: [] },
    },
  }),
};
const manifest = (id: string, access: "public" | "restricted") =>
  DatasetManifest.parse({
    id,
    title: id,
    publisher: "Tests",
    source: "https://example.org/",
    download: "nowhere",
    licence: "none",
    licenceName: "none",
    access: "public",
    disclosure: access === "restricted" ? "aggregates-only" : "records",
    snapshot: "test",
    dates: {},
    citation: id,
    dir: "fake",
    files: [{ path: "fake/responses.csv", loader: "fake" }],
  });

const check = (site: string, extra: Partial<Parameters<typeof checkPublication>[0]> = {}) =>
  checkPublication({
    distDir: fixture(site),
    dataDir: "/no/data/needed",
    manifests: [manifest("fake-survey", "restricted"), manifest("open-data", "public")],
    datasets: [fakeSurvey],
    ...extra,
  });

describe("checkPublication: sensitive values", () => {
  it("fails a page that leaks an agency name, naming the file, dataset, field and a short excerpt", async () => {
    const result = await check("leaky-site");
    expect(result.ok).toBe(false);
    const inIndex = result.findings.filter((f) => f.file === "index.html");
    expect(inIndex).toEqual([
      { check: "sensitive-value", file: "index.html", dataset: "fake-survey", table: "responses", field: "agency", excerpt: "riverside …" },
      {
        check: "sensitive-value",
        file: "index.html",
        dataset: "fake-survey",
        table: "responses",
        field: "comment",
        excerpt: "we rebuilt…",
      },
    ]);
    expect(formatPublicationFinding(inIndex[0] ?? ({} as never))).toBe(
      '✖ index.html contains a value of fake-survey responses.agency ("riverside …"), a sensitive field of a dataset published only as aggregates.',
    );
  });

  it("finds values however the file escapes them: HTML entities, line breaks, percent-encoded CSV downloads, JSON \\u escapes", async () => {
    const result = await check("leaky-site");
    expect(result.findings.filter((f) => f.file !== "index.html").map((f) => [f.file, f.field, f.excerpt])).toEqual([
      ["_file/data/quotes.json", "comment", "the baseme…"],
      ["escaped.html", "agency", "tom & jerr…"],
      ["escaped.html", "comment", "we lost ou…"],
    ]);
  });

  it("passes a page with only suppressed aggregates, common answers, short values, everyday phrases and words that merely contain a value", async () => {
    const result = await check("clean-site");
    expect(result).toEqual({
      ok: true,
      filesScanned: 2,
      restricted: [{ dataset: "fake-survey", fields: ["responses.agency", "responses.comment", "responses.postcode"], values: 8 }],
      findings: [],
    });
  });

  it("looks for nothing when no dataset is restricted", async () => {
    const result = await check("leaky-site", { manifests: [manifest("fake-survey", "public")] });
    expect(result).toMatchObject({ ok: true, restricted: [], findings: [] });
  });

  it("fails closed: a restricted dataset it cannot load is an error, not a pass", async () => {
    await expect(check("clean-site", { datasets: [] })).rejects.toThrow(DataError);
    await expect(check("clean-site", { datasets: [] })).rejects.toThrow(
      "The dataset fake-survey may be published only as aggregates, but the kit has no definition to load it with, so the site cannot be checked for it.",
    );
  });

  it("takes a longer minimum length and more common answers", async () => {
    const result = await check("leaky-site", { minLength: 24, commonAnswers: ["Riverside Harbour Collective"] });
    expect(result.findings.map((f) => f.excerpt)).not.toContain("riverside …");
    expect(result.findings.map((f) => f.excerpt)).not.toContain("tom & jerr…");
  });
});

describe("checkPublication: row-level records", () => {
  it("finds records shaped like the restricted table's rows in JSON, CSV, HTML tables and scripts", async () => {
    const result = await check("rows-site");
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.check, f.file, f.field, f.excerpt])).toEqual([
      ["row-level-records", "_file/data/answers.csv", "lost volunteers, moved online, respondent", "2 CSV rows under its column names"],
      ["row-level-records", "_file/data/rows.json", "respondent", "2 JSON objects shaped like its rows"],
      ["row-level-records", "page.html", "lost volunteers, moved online, respondent", "1 HTML tables with its column names"],
      ["row-level-records", "page.js", "agency, lost_volunteers, moved_online, respondent", "2 object literals shaped like its rows"],
    ]);
  });

  it("does not take an aggregate's `respondents` count for a respondent field", async () => {
    const result = await check("clean-site");
    expect(result.findings.filter((f) => f.check === "row-level-records")).toEqual([]);
  });
});

describe("normalizeForMatch", () => {
  it("lower-cases, decodes and collapses white space", () => {
    expect(normalizeForMatch("Tom &amp; Jerry&#39;s\n  Food%20Bank \\u2013 OK")).toBe("tom & jerry's food bank – ok");
  });
});
