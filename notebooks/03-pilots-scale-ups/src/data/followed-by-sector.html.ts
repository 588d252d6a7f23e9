import { runLoader } from "@hnl/data";
import { followedByFigure } from "./figures.ts";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => followedByFigure(await scaleStudy(), "sector"));
