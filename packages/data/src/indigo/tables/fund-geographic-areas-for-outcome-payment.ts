import { z } from "zod";
import { countryCell, requiredTextCell } from "../../cells.js";

/** One row of `funds_geographic_areas_for_outcome_payment.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const FundGeographicAreasForOutcomePayment = z
  .object({
    fundId: requiredTextCell({ column: "Fund ID", description: "The outcomes fund this row belongs to (INDIGO-FUND-####)." }),
    country: countryCell({ column: "Country - (Value)", description: "Country: Country within which the Outcome Fund allocates funds." }),
  })
  .describe("A row of funds_geographic_areas_for_outcome_payment.csv (INDIGO Impact Bond Dataset).");
export type FundGeographicAreasForOutcomePayment = z.infer<typeof FundGeographicAreasForOutcomePayment>;
