import { z } from "zod";

export const PayerType = z.enum(["government", "aid_agency", "philanthropy", "multilateral", "private", "other", "unknown"]);
export type PayerType = z.infer<typeof PayerType>;

export const FinanceType = z.enum(["investor", "government", "philanthropy", "provider_own", "none", "unknown"]);
export type FinanceType = z.infer<typeof FinanceType>;

export const Instrument = z.enum(["contract", "grant", "loan", "bond", "guarantee", "incentive_payment", "unknown"]);
export type Instrument = z.infer<typeof Instrument>;

/**
 * What the classifier reads about one contract: a public, documented record. Every field but
 * `id` and `name` is optional; a field left out is reported as `missing` when it would change or
 * firm up the answer.
 */
export const ContractDescription = z
  .object({
    id: z.string().min(1).describe("The record's ID, e.g. INDIGO-POJ-0001."),
    name: z.string().min(1).describe("The contract's name as published."),
    description: z.string().optional().describe("Free text about the contract; read only for secondary text cues."),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code, such as GB"))
      .optional()
      .describe("Countries where the service is delivered (ISO 3166-1 alpha-2)."),
    outcomePayers: z
      .array(
        z.object({
          name: z.string().optional(),
          type: PayerType.describe(
            "government: the government of the place served; aid_agency: a government paying for outcomes in another country.",
          ),
        }),
      )
      .optional()
      .describe("Who pays for the outcomes."),
    upfrontFinance: z
      .array(
        z.object({
          provider: z.string().optional(),
          type: FinanceType,
          repaymentContingentOnOutcomes: z.boolean().optional().describe("Whether the provider is repaid only if outcomes are achieved."),
        }),
      )
      .optional()
      .describe("Who pays for the service before outcomes are known; an empty list or type none means nobody pre-finances."),
    shareOfPaymentContingent: z.number().min(0).max(1).optional().describe("The share of all payments that depends on outcomes, 0 to 1."),
    pooledFundForMultipleContracts: z
      .boolean()
      .optional()
      .describe("Whether this is a pool that pays for outcomes across several contracts."),
    instrument: Instrument.optional().describe("The legal or financial form of the arrangement."),
  })
  .describe("A description of one outcomes-based contract, as the typology classifier reads it.");
export type ContractDescription = z.infer<typeof ContractDescription>;
