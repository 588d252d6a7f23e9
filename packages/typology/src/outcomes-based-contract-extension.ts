import { Ajv, type ValidateFunction } from "ajv";
import { TypeCode } from "./type-code.js";

/** The property the extension adds to a project (project.json) or pipeline record (pipeline.json) of the INDIGO data standard. */
export const OBC_PROPERTY = "outcomes_based_contract";

const ISO2 = "^[A-Z]{2}$";

/**
 * The fields an Outcomes-based Contracts Dataset needs beyond the INDIGO data standard 4.1.0, as a
 * JSON Schema (draft-07, like the standard's own schemas). It adds one property,
 * `outcomes_based_contract`, to a project or pipeline record and leaves the standard's own
 * properties as they are. Every field is optional: a field not known is left out, never guessed.
 */
export const OBC_EXTENSION_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Outcomes-based contract: an extension of the INDIGO data standard 4.1.0",
  description:
    "Adds outcomes_based_contract to a project (project.json) or a pipeline record (pipeline.json) of the INDIGO data standard 4.1.0: the facts that tell the types of outcomes-based contract apart.",
  type: "object",
  properties: {
    [OBC_PROPERTY]: {
      type: "object",
      additionalProperties: false,
      properties: {
        contract_type: {
          type: "string",
          enum: TypeCode.options.filter((t) => t !== "unclassified"),
          description: "The type of outcomes-based contract, by the typology's definitions.",
        },
        instrument: {
          type: "string",
          enum: ["contract", "grant", "loan", "bond", "guarantee", "incentive_payment"],
          description: "The legal or financial form of the arrangement.",
        },
        pooled_fund_for_multiple_contracts: {
          type: "boolean",
          description: "True for a pool that pays for outcomes across several contracts (an outcomes fund).",
        },
        paid_by_outcomes_fund: {
          type: "string",
          minLength: 1,
          description: "For a contract, the ID of the outcomes fund that pays for its outcomes.",
        },
        share_of_payment_contingent: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "The share of all payments that is paid only if outcomes are achieved, 0 to 1.",
        },
        prefinance: {
          type: "array",
          description: "Who pays for the service before outcomes are known, and on what terms.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["kind"],
            properties: {
              organisation_id: { type: "string", minLength: 1 },
              kind: { type: "string", enum: ["investor", "government", "philanthropy", "provider_own", "none"] },
              repayment_contingent_on_outcomes: {
                type: "boolean",
                description: "Whether this funder is repaid only if outcomes are achieved.",
              },
            },
          },
        },
        outcome_payers: {
          type: "array",
          description: "Who pays for outcomes, what kind of body each is and where it is based.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["kind"],
            properties: {
              organisation_id: { type: "string", minLength: 1 },
              kind: { type: "string", enum: ["government", "aid_agency", "philanthropy", "multilateral", "private", "other"] },
              based_in: { type: "string", pattern: ISO2, description: "ISO 3166-1 alpha-2 code of the country the payer is based in." },
            },
          },
        },
      },
    },
  },
} as const;

/** The block a record carries under `outcomes_based_contract`. */
export interface OutcomesBasedContractBlock {
  contract_type?: Exclude<TypeCode, "unclassified">;
  instrument?: "contract" | "grant" | "loan" | "bond" | "guarantee" | "incentive_payment";
  pooled_fund_for_multiple_contracts?: boolean;
  paid_by_outcomes_fund?: string;
  share_of_payment_contingent?: number;
  prefinance?: {
    organisation_id?: string;
    kind: "investor" | "government" | "philanthropy" | "provider_own" | "none";
    repayment_contingent_on_outcomes?: boolean;
  }[];
  outcome_payers?: {
    organisation_id?: string;
    kind: "government" | "aid_agency" | "philanthropy" | "multilateral" | "private" | "other";
    based_in?: string;
  }[];
}

let validator: ValidateFunction | undefined;

/**
 * Validates a record (any object; the standard's own properties pass through) against the
 * extension schema with ajv. Returns the problems as "path: message" lines, empty when valid.
 */
export function validateOutcomesBasedContract(record: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(OBC_EXTENSION_SCHEMA);
  if (validator(record)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}
