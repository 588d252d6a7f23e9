import { dotPlot } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { PHONE_BAND, tallerOnPhone } from "../../src/data/taller-on-phone.ts";

describe("tallerOnPhone", () => {
  it("gives the phone's drawing a band of PHONE_BAND pixels per category and leaves the desktop one as it was", () => {
    const spec = dotPlot({
      data: [
        { goal: "16 Peace, justice and strong institutions", group: "a", share: 0.1, lo: 0, hi: 0.2 },
        { goal: "16 Peace, justice and strong institutions", group: "b", share: 0.2, lo: 0.1, hi: 0.3 },
      ],
      category: "goal",
      value: "share",
      series: "group",
      lower: "lo",
      upper: "hi",
      categoryTitle: "Goal",
      valueTitle: "Share",
      title: "t",
      description: "d",
    });
    const tall = tallerOnPhone(spec, 1) as unknown as { height: unknown; usermeta: { hnlPhoneSpec: { height: unknown } } };
    expect(tall.height).toEqual((spec as { height: unknown }).height);
    expect(tall.usermeta.hnlPhoneSpec.height).toBe(PHONE_BAND);
  });
});
