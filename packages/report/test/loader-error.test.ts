import { describe, expect, it } from "vitest";
import { formatLoaderError, loaderError } from "../src/loader-error.js";

const root = "/repo";
// What tsx prints for a typo in a loader (p.stagee), as captured from a real run.
const typo = `/repo/notebooks/07-team/src/data/by-stage.html.ts:2
console.log(p.stagee.name);
                     ^


TypeError: Cannot read properties of undefined (reading 'name')
    at <anonymous> (/repo/notebooks/07-team/src/data/by-stage.html.ts:2:22)
    at Object.<anonymous> (/repo/notebooks/07-team/src/data/by-stage.html.ts:2:26)
    at Module._compile (node:internal/modules/cjs/loader:1521:14)
    at Object.transformer (/repo/node_modules/.pnpm/tsx@4.23.15/node_modules/tsx/dist/register-B1c7OH6V.cjs:22:2188)

Node.js v20.20.2`;

describe("loaderError", () => {
  it("names the loader's own file:line and keeps the error's own message", () => {
    const e = loaderError(typo, "notebooks/07-team/src/data/by-stage.html.ts", root);
    expect(e.at).toBe("notebooks/07-team/src/data/by-stage.html.ts:2:22");
    expect(e.message).toBe("TypeError: Cannot read properties of undefined (reading 'name')");
  });

  it("prefers a notebook frame over a package's built file, and skips node_modules", () => {
    const stderr = `Error: no such stage "Design"
    at check (/repo/node_modules/.pnpm/zod@4/node_modules/zod/index.js:1:1)
    at stageOf (/repo/packages/analysis/dist/stage.js:10:5)
    at main (file:///repo/notebooks/02/src/data/helper.ts:14:3)`;
    const e = loaderError(stderr, "notebooks/02/src/data/x.html.ts", root);
    expect(e.at).toBe("notebooks/02/src/data/helper.ts:14:3");
    expect(e.message).toBe('Error: no such stage "Design"');
  });

  it("keeps a multi-line message (a data error with its file, row and hint) and drops the stack", () => {
    const stderr = `DataError: projects.csv row 12, column stage: "Desing" is not a stage.
Hint: use one of Design, Launched.
    at load (/repo/packages/data/dist/load.js:3:3)`;
    const e = loaderError(stderr, "notebooks/02/src/data/x.html.ts", root);
    expect(e.message).toBe('DataError: projects.csv row 12, column stage: "Desing" is not a stage.\nHint: use one of Design, Launched.');
    expect(e.at).toBe("packages/data/dist/load.js:3:3");
  });

  it("falls back to the last lines when there is no error line or stack", () => {
    const e = loaderError("something odd\nexit now", "notebooks/02/src/data/x.html.ts", root);
    expect(e).toEqual({ loader: "notebooks/02/src/data/x.html.ts", at: null, message: "something odd\nexit now", code: null });
  });
});

describe("formatLoaderError", () => {
  it("prints where, the message and the failing line, in a few lines", () => {
    const text = formatLoaderError({
      loader: "notebooks/07-team/src/data/by-stage.html.ts",
      at: "notebooks/07-team/src/data/by-stage.html.ts:2:22",
      message: "TypeError: Cannot read properties of undefined (reading 'name')",
      code: "console.log(p.stagee.name);",
    });
    expect(text).toBe(
      [
        "✖ notebooks/07-team/src/data/by-stage.html.ts:2:22",
        "  TypeError: Cannot read properties of undefined (reading 'name')",
        "  2 | console.log(p.stagee.name);",
      ].join("\n"),
    );
  });

  it("names the loader too when the failing line is in another file", () => {
    const text = formatLoaderError({
      loader: "notebooks/02/src/data/x.html.ts",
      at: "notebooks/02/src/data/helper.ts:14:3",
      message: "Error: x",
      code: null,
    });
    expect(text.split("\n")[0]).toBe("✖ notebooks/02/src/data/helper.ts:14:3  (loader notebooks/02/src/data/x.html.ts)");
  });
});
