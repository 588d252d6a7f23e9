import { describe, expect, it } from "vitest";
import { financeTypeOf, payerTypeOf } from "../../src/adapters/payer-type.js";

describe("payerTypeOf and financeTypeOf", () => {
  it("maps INDIGO role categories and organisation types", () => {
    expect(payerTypeOf("Government/Public Sector/Public Bank", null)).toBe("government");
    expect(payerTypeOf(null, "Government body")).toBe("government");
    expect(payerTypeOf("Multilateral/Bilateral/Intergovernmental Financial Institution", null)).toBe("multilateral");
    expect(payerTypeOf(null, "Registered non-profit organisation, charity or foundation")).toBe("philanthropy");
    expect(payerTypeOf(null, "Registered company, partnership or commercial association")).toBe("private");
    expect(payerTypeOf(null, "Crowdfunding")).toBe("other");
    expect(payerTypeOf(null, null)).toBe("unknown");
    expect(financeTypeOf("Foundation/Philanthropist")).toBe("philanthropy");
    expect(financeTypeOf("Government/Public Sector/Public Bank ")).toBe("government");
    expect(financeTypeOf("Impact Investor")).toBe("investor");
    expect(financeTypeOf(null)).toBe("investor");
  });
});
