import type { ContractDescription } from "../src/contract-description.js";

/** Hand-written records, one per type, as a reader would describe each kind of contract. */
export const RECORDS: Record<string, ContractDescription> = {
  sib: {
    id: "sib",
    name: "Youth employment programme",
    countries: ["GB"],
    outcomePayers: [{ name: "Department for Work and Pensions", type: "government" }],
    upfrontFinance: [{ provider: "Big Society Capital", type: "investor", repaymentContingentOnOutcomes: true }],
    shareOfPaymentContingent: 1,
    pooledFundForMultipleContracts: false,
    instrument: "contract",
  },
  dib: {
    id: "dib",
    name: "Girls' education in Rajasthan",
    countries: ["IN"],
    outcomePayers: [
      { name: "A foundation abroad", type: "philanthropy" },
      { name: "An aid agency", type: "aid_agency" },
    ],
    upfrontFinance: [{ type: "investor", repaymentContingentOnOutcomes: true }],
    shareOfPaymentContingent: 1,
    pooledFundForMultipleContracts: false,
    instrument: "contract",
  },
  fund: { id: "fund", name: "Life Chances", pooledFundForMultipleContracts: true, outcomePayers: [{ type: "government" }] },
  pbr: {
    id: "pbr",
    name: "Work programme",
    outcomePayers: [{ type: "government" }],
    upfrontFinance: [{ type: "provider_own" }],
    shareOfPaymentContingent: 0.4,
    pooledFundForMultipleContracts: false,
    instrument: "contract",
  },
  siinc: { id: "siinc", name: "Clinic network premiums", instrument: "incentive_payment", outcomePayers: [{ type: "aid_agency" }] },
  sig: { id: "sig", name: "Employment programme refund", instrument: "guarantee", outcomePayers: [{ type: "government" }] },
  grant: { id: "grant", name: "Sanitation grant", instrument: "grant", shareOfPaymentContingent: 0.5 },
  slf: { id: "slf", name: "Water utility loan", instrument: "loan", outcomePayers: [] },
  nothing: { id: "nothing", name: "A programme" },
};
