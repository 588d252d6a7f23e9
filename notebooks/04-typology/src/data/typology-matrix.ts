// The typology for people: each type against the dimensions that define it, and the questions
// that tell the types apart, in the order the classifier asks them. Words, from the typology's
// definitions (TYPOLOGY in @hnl/typology); no numbers.
import type { TypeCode } from "@hnl/typology";

export type ContractType = Exclude<TypeCode, "unclassified">;

/** The dimensions of the matrix, as column titles. */
export const DIMENSIONS = {
  payer: "Who pays for outcomes",
  contingent: "What payment depends on",
  risk: "Who pre-finances and bears the risk",
  form: "Single contract or pooled fund",
  scale: "Typical scale",
} as const;

export type Dimension = keyof typeof DIMENSIONS;

/** Each type on each dimension. */
export const MATRIX: Record<ContractType, Record<Dimension, string>> = {
  social_impact_bond: {
    payer: "The government of the place served",
    contingent: "Outcomes achieved by the people served",
    risk: "Social investors, repaid only as outcomes are paid for",
    form: "Single contract",
    scale: "One service for one group of people in one place",
  },
  development_impact_bond: {
    payer: "An aid agency, a multilateral or a philanthropy, not the government of the place served",
    contingent: "Outcomes achieved by the people served",
    risk: "Social investors, repaid only as outcomes are paid for",
    form: "Single contract",
    scale: "One programme, usually in a low- or middle-income country",
  },
  outcomes_fund: {
    payer: "One or more funders pooling money, often a government with donors",
    contingent: "Outcomes of each contract it pays, often at published prices",
    risk: "Whoever finances each contract: investors, or the providers themselves",
    form: "Pooled fund paying several contracts",
    scale: "A portfolio of contracts, often across a country or sector",
  },
  payment_by_results: {
    payer: "The commissioner, usually a government",
    contingent: "Outcomes, in whole or in part",
    risk: "The provider, from its own means; no third party pre-finances",
    form: "Single contract",
    scale: "Any size, often part of a larger service contract",
  },
  social_impact_incentive: {
    payer: "An aid agency or a philanthropy",
    contingent: "Verified social impact, paid as premiums on top of an enterprise's revenue",
    risk: "The enterprise and its investors",
    form: "Single agreement with an enterprise",
    scale: "One enterprise, time-limited premiums",
  },
  social_impact_guarantee: {
    payer: "The commissioner pays as usual; a guarantor refunds it if outcomes are missed",
    contingent: "Outcomes, through the refund",
    risk: "The guarantor",
    form: "Single contract",
    scale: "One service",
  },
  results_based_grant: {
    payer: "The grant maker",
    contingent: "Verified results, at least in part",
    risk: "The grantee, for the part paid on results",
    form: "Single grant",
    scale: "Any size",
  },
  sustainability_linked_finance: {
    payer: "Nobody else: the borrower's own interest rate moves",
    contingent: "Agreed social or environmental targets",
    risk: "The borrower and the lender",
    form: "Single loan or bond",
    scale: "A company's or a government's borrowing",
  },
};

/** One question of the decision diagram: each answer leads to a type, or (null) to the next question. */
export interface DecisionStep {
  question: string;
  yes: ContractType | null;
  no: ContractType | null;
}

/** The questions in the classifier's order: a pool first, then the instrument, then who pre-finances, then who pays. */
export const DECISION_STEPS: readonly DecisionStep[] = [
  { question: "Does one pool of money pay for outcomes across several contracts?", yes: "outcomes_fund", no: null },
  { question: "Does a guarantor refund the payer if the outcomes are not achieved?", yes: "social_impact_guarantee", no: null },
  {
    question: "Are premiums paid to an enterprise, on top of its revenue, for verified impact?",
    yes: "social_impact_incentive",
    no: null,
  },
  {
    question: "Is it a loan or bond whose terms move with targets, with nobody else paying for outcomes?",
    yes: "sustainability_linked_finance",
    no: null,
  },
  { question: "Is it a grant paid out, at least in part, on verified results?", yes: "results_based_grant", no: null },
  { question: "Do investors pre-finance the service and get repaid only on outcomes?", yes: null, no: "payment_by_results" },
  { question: "Does the government of the place served pay for the outcomes?", yes: "social_impact_bond", no: "development_impact_bond" },
];
