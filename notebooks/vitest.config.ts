import { defineConfig } from "vitest/config";

// One run for every notebook's tests (a folder starting with "." is a fork being made, and left
// out); `pnpm hnl test <slug>` runs one notebook's by naming its folder. The package's test script
// leaves out zz-* folders: forks the report's own tests make and remove while this suite runs.
export default defineConfig({
  test: {
    include: ["*/test/**/*.test.ts"],
    // Generous: suites load the real data and share two cores with the other packages' suites.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
