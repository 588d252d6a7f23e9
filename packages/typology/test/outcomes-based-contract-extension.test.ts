import { describe, expect, it } from "vitest";
import { OBC_EXTENSION_SCHEMA, OBC_PROPERTY, validateOutcomesBasedContract } from "../src/outcomes-based-contract-extension.js";

describe("the Outcomes-based Contracts extension schema", () => {
  it("accepts a record of the standard with the block, and one without it", () => {
    expect(
      validateOutcomesBasedContract({
        id: "INDIGO-POJ-0014",
        name: { value: "Cambodia Rural Sanitation DIB" },
        [OBC_PROPERTY]: {
          contract_type: "development_impact_bond",
          instrument: "contract",
          prefinance: [{ kind: "investor", repayment_contingent_on_outcomes: true }],
          outcome_payers: [{ organisation_id: "INDIGO-ORG-0001", kind: "aid_agency", based_in: "US" }],
          share_of_payment_contingent: 1,
        },
      }),
    ).toEqual([]);
    expect(validateOutcomesBasedContract({ id: "INDIGO-PL-0001" })).toEqual([]);
  });

  it("names the path and the problem of a bad value", () => {
    const errors = validateOutcomesBasedContract({
      [OBC_PROPERTY]: {
        contract_type: "unclassified",
        share_of_payment_contingent: 2,
        outcome_payers: [{ kind: "government", based_in: "GBR" }],
      },
    });
    expect(errors).toContain("/outcomes_based_contract/contract_type: must be equal to one of the allowed values");
    expect(errors).toContain("/outcomes_based_contract/share_of_payment_contingent: must be <= 1");
    expect(errors).toContain('/outcomes_based_contract/outcome_payers/0/based_in: must match pattern "^[A-Z]{2}$"');
    expect(validateOutcomesBasedContract({ [OBC_PROPERTY]: { guessed: true } })).toEqual([
      "/outcomes_based_contract: must NOT have additional properties",
    ]);
  });

  it("is draft-07 JSON Schema, like the standard's, adding one property", () => {
    expect(OBC_EXTENSION_SCHEMA.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(OBC_EXTENSION_SCHEMA.properties)).toEqual([OBC_PROPERTY]);
  });
});
