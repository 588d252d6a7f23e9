// The report's Framework configuration. `hnl report build` / `hnl dev` stage the source root
// (reports/.site-src, or reports/.preview/<notebook>) and say which notebooks it holds.
import { fileURLToPath } from "node:url";
import { readManifests } from "@hnl/data";
import { previewSite, reportStructure, siteConfig } from "@hnl/report";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const only = (process.env.HNL_NOTEBOOKS ?? "").split(",").filter((s) => s !== "");
const { config, notebooks, reportPages } = reportStructure(repoRoot, only);

export default siteConfig({
  root: process.env.HNL_SITE_ROOT ?? ".site-src",
  output: process.env.HNL_SITE_OUTPUT ?? "dist",
  title: config.title,
  notebooks,
  // A one-notebook preview shows that notebook alone; the full report adds its own pages.
  reportPages,
  // Each page's footer names the data its chapter uses, and the licence of the text.
  datasets: readManifests(repoRoot),
  licence: config.licence,
  // `hnl dev` (HNL_PREVIEW=1): references and figure numbers as the build writes them; Framework
  // has no step after rendering a page, so the preview does it while rendering and in the browser.
  ...(process.env.HNL_PREVIEW === "1" ? { preview: previewSite(repoRoot, only) } : {}),
});
