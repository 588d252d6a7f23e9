import { describe, expect, it } from "vitest";
import { detectSurveyEncoding, readSurveyCsv } from "../../src/covid-npo/read-survey-csv.js";
import { fixtureDataDir } from "../helpers.js";

describe("detectSurveyEncoding", () => {
  it("calls valid UTF-8 UTF-8, and anything else windows-1252", () => {
    expect(detectSurveyEncoding(Buffer.from("Métis, don’t", "utf8"))).toBe("utf-8");
    expect(detectSurveyEncoding(Buffer.from("plain ASCII"))).toBe("utf-8");
    expect(detectSurveyEncoding(Buffer.from([0x4d, 0xe9, 0x74, 0x69, 0x73]))).toBe("windows-1252");
    expect(detectSurveyEncoding(Buffer.from([0x64, 0x6f, 0x6e, 0x92, 0x74]))).toBe("windows-1252");
  });
});

describe("readSurveyCsv", () => {
  it("reads the same table from windows-1252 and UTF-8 bytes, and keeps the file's own bytes", async () => {
    const cp1252 = Buffer.concat([
      Buffer.from("Name,Answer\nFiert"),
      Buffer.from([0xe9]),
      Buffer.from(",I don"),
      Buffer.from([0x92]),
      Buffer.from("t\n"),
    ]);
    const utf8 = Buffer.from("Name,Answer\nFierté,I don’t\n", "utf8");
    const dir = fixtureDataDir({ "a.csv": cp1252, "b.csv": utf8 });
    const a = await readSurveyCsv(`${dir.path}/a.csv`, "a.csv");
    const b = await readSurveyCsv(`${dir.path}/b.csv`, "b.csv");
    expect(a.header).toEqual(["Name", "Answer"]);
    expect(a.records).toEqual([{ row: 2, cells: ["Fierté", "I don’t"] }]);
    expect(a.lineOf?.(2)).toBe(2);
    expect(b.records).toEqual(a.records);
    expect(a.bytes).toEqual(cp1252);
    expect(b.bytes).toEqual(utf8);
  });
});
