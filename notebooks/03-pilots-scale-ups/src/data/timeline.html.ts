import { runLoader } from "@hnl/data";
import { timelineFigure } from "./figures.ts";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => timelineFigure(await scaleStudy()));
