import { runLoader } from "@hnl/data";
import { decisionFigure } from "./decision-diagram.ts";

await runLoader(async () => decisionFigure({ edition: "definitions as of this edition" }));
