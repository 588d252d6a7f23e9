import { describe, expect, it } from "vitest";
import { components } from "../../src/data/components.ts";

describe("components", () => {
  it("groups items connected through any chain of pairs, largest first", () => {
    expect(
      components(
        ["a", "b", "c", "d", "e", "f"],
        [
          ["a", "b"],
          ["e", "f"],
          ["b", "c"],
        ],
      ),
    ).toEqual([
      ["a", "b", "c"],
      ["e", "f"],
    ]);
  });

  it("leaves out single items and pairs naming unknown items", () => {
    expect(components(["a", "b"], [["a", "z"]])).toEqual([]);
  });
});
