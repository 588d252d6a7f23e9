import { describe, expect, it } from "vitest";
import { axisFormat } from "../src/axis-format.js";

describe("axisFormat", () => {
  it("writes shares in whole percent, counts with separators and no exponent, other formats as given", () => {
    expect(axisFormat(".1%")).toBe("~%");
    expect(axisFormat(",")).toBe(",~f");
    expect(axisFormat("$,.0f")).toBe("$,.0f");
  });
});
