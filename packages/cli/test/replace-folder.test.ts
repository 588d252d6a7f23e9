import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli-error.js";
import { replaceFolder } from "../src/replace-folder.js";

const parent = () => mkdtempSync(join(tmpdir(), "hnl-replace-"));

describe("replaceFolder", () => {
  it("writes into a temporary folder beside the target and renames it into place", async () => {
    const p = parent();
    await replaceFolder(join(p, "out"), "datapackage.json", (dir) => {
      expect(dir).not.toBe(join(p, "out"));
      expect(existsSync(join(p, "out"))).toBe(false);
      writeFileSync(join(dir, "datapackage.json"), "{}");
    });
    expect(readdirSync(p)).toEqual(["out"]);
    expect(readFileSync(join(p, "out", "datapackage.json"), "utf8")).toBe("{}");
  });

  it("keeps the previous output intact when writing fails, and leaves no temporary folder", async () => {
    const p = parent();
    mkdirSync(join(p, "out"));
    writeFileSync(join(p, "out", "datapackage.json"), "old");
    await expect(
      replaceFolder(join(p, "out"), "datapackage.json", (dir) => {
        writeFileSync(join(dir, "datapackage.json"), "half");
        throw new Error("disk trouble");
      }),
    ).rejects.toThrow("disk trouble");
    expect(readdirSync(p)).toEqual(["out"]);
    expect(readFileSync(join(p, "out", "datapackage.json"), "utf8")).toBe("old");
  });

  it("replaces a previous output as a whole", async () => {
    const p = parent();
    mkdirSync(join(p, "out"));
    writeFileSync(join(p, "out", "datapackage.json"), "old");
    writeFileSync(join(p, "out", "stale.csv"), "old");
    await replaceFolder(join(p, "out"), "datapackage.json", (dir) => writeFileSync(join(dir, "datapackage.json"), "new"));
    expect(readdirSync(join(p, "out"))).toEqual(["datapackage.json"]);
    expect(readdirSync(p)).toEqual(["out"]);
  });

  it("refuses a folder that holds other things than a previous output, and a file", async () => {
    const p = parent();
    mkdirSync(join(p, "mine"));
    writeFileSync(join(p, "mine", "notes.txt"), "keep me");
    await expect(replaceFolder(join(p, "mine"), "datapackage.json", () => {})).rejects.toThrow(CliError);
    expect(readFileSync(join(p, "mine", "notes.txt"), "utf8")).toBe("keep me");
    writeFileSync(join(p, "file"), "x");
    await expect(replaceFolder(join(p, "file"), "datapackage.json", () => {})).rejects.toThrow(/is a file, not a folder/);
  });

  it("refuses /proc, /sys and /dev at once", async () => {
    for (const out of ["/proc/x", "/sys/x", "/dev/x"])
      await expect(replaceFolder(out, "datapackage.json", () => {})).rejects.toThrow(/virtual file system/);
  });
});
