import { runLoader } from "@hnl/data";
import { signalsFigure } from "./figures.ts";
import { scaleStudy } from "./scale-study.ts";

await runLoader(async () => signalsFigure(await scaleStudy()));
