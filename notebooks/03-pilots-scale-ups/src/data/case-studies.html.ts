import { runLoader } from "@hnl/data";
import { caseStudiesHtml } from "./case-studies-html.ts";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => caseStudiesHtml((await scaleStudy()).caseStudies));
