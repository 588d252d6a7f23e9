import type { PipelineProject } from "@hnl/data";
import type { ContractDescription } from "../contract-description.js";

/**
 * Builds a ContractDescription from an INDIGO pipeline record WITHOUT reading its instrument
 * flags (impact bond, outcomes fund, SIINC, guarantee, PbR, TA, other), which are what the
 * classifier is scored against. It reads the domestic government's role (outcomes funder or
 * not), the proposed financing instruments and the countries; names and descriptive text feed
 * only the secondary text cues.
 */
export function fromPipelineProject(p: PipelineProject): ContractDescription {
  const financing = [p.financingDebt, p.financingEquity, p.financingGrant, p.financingGuarantee];
  // "No" to every proposed financing instrument says nothing about who pre-finances: unknown.
  const answered = financing.some((f) => f === true);
  const upfront: NonNullable<ContractDescription["upfrontFinance"]> = [];
  if (p.financingDebt === true || p.financingEquity === true) upfront.push({ type: "investor" });
  if (p.financingGrant === true) upfront.push({ type: "philanthropy", repaymentContingentOnOutcomes: false });
  const description = [p.intervention, p.socialChallenge, p.rationaleOutcomesBasedFinancing]
    .filter((t): t is string => t !== null)
    .join("\n");
  return {
    id: p.id,
    name: p.name,
    ...(description ? { description } : {}),
    ...(p.deliveryLocationsCountry.length > 0 ? { countries: p.deliveryLocationsCountry.filter((c) => /^[A-Z]{2}$/.test(c)) } : {}),
    ...(p.governmentOutcomesFunder === true ? { outcomePayers: [{ type: "government" as const }] } : {}),
    ...(answered ? { upfrontFinance: upfront } : {}),
    ...(p.financingGuarantee === true && p.financingDebt !== true && p.financingEquity !== true
      ? { instrument: "guarantee" as const }
      : {}),
  };
}
