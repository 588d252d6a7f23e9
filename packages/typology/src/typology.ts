import { z } from "zod";
import { TypeCode } from "./type-code.js";

/** A source a definition draws on. */
export const Citation = z.object({ title: z.string(), publisher: z.string(), url: z.url() });
export type Citation = z.infer<typeof Citation>;

/** One type of the typology, as the report and notebook 04 show it. */
export const TypologyEntry = z.object({
  code: TypeCode,
  name: z.string(),
  alsoCalled: z.array(z.string()),
  definition: z.string().describe("In the kit's own words."),
  features: z.array(z.string()).describe("What distinguishes the type, as fields of a ContractDescription."),
  sources: z.array(Citation),
});
export type TypologyEntry = z.infer<typeof TypologyEntry>;

const GLOSSARY: Citation = {
  title: "Glossary",
  publisher: "Government Outcomes Lab, University of Oxford",
  url: "https://golab.bsg.ox.ac.uk/knowledge-bank/glossary/",
};
const BEYOND: Citation = {
  title: "Beyond impact bonds: varieties of outcomes-based contracts around the world",
  publisher: "Government Outcomes Lab, University of Oxford",
  url: "https://golab.bsg.ox.ac.uk/knowledge-bank/resource-library/beyond-impact-bonds-varieties-of-outcomes-based-contracts-around-the-world/",
};
const INTRO_IB: Citation = {
  title: "Introduction to impact bonds",
  publisher: "Government Outcomes Lab, University of Oxford",
  url: "https://golab.bsg.ox.ac.uk/knowledge/basics/introduction-social-impact-bonds/",
};
const FAQ_OBC: Citation = {
  title: "Outcomes-based contracting: frequently asked questions",
  publisher: "Government Outcomes Lab, University of Oxford",
  url: "https://golab.bsg.ox.ac.uk/the-basics/frequently-asked-questions/",
};
const PARTNERSHIPS: Citation = {
  title: "Impact bonds and other innovative partnerships",
  publisher: "Government Outcomes Lab, University of Oxford",
  url: "https://golab.bsg.ox.ac.uk/the-basics/innovative-partnerships/",
};

/** The typology: every type with a definition, its distinguishing features and sources. */
export const TYPOLOGY: readonly TypologyEntry[] = [
  {
    code: "social_impact_bond",
    name: "Social impact bond",
    alsoCalled: [
      "social outcomes partnership",
      "social outcomes contract",
      "pay for success",
      "social benefit bond",
      "domestic impact bond",
    ],
    definition:
      "A public body pays a provider for outcomes achieved by the people it serves, and third-party investors put up the money to run the service first; they are repaid, with or without a return, only as outcomes are paid for.",
    features: [
      "upfrontFinance: an investor whose repayment depends on outcomes",
      "outcomePayers: the government of the place served",
      "instrument: contract",
    ],
    sources: [INTRO_IB, GLOSSARY],
  },
  {
    code: "development_impact_bond",
    name: "Development impact bond",
    alsoCalled: ["international impact bond", "DIB"],
    definition:
      "The same structure as a social impact bond, but the outcomes are paid for by someone other than the government of the place served: an aid agency of another government, a multilateral, or a philanthropy.",
    features: [
      "upfrontFinance: an investor whose repayment depends on outcomes",
      "outcomePayers: aid_agency, multilateral or philanthropy",
      "countries: usually where the payer is not",
    ],
    sources: [INTRO_IB, PARTNERSHIPS],
  },
  {
    code: "outcomes_fund",
    name: "Outcomes fund",
    alsoCalled: ["outcome fund", "rate card fund"],
    definition:
      "A pool of money, often from several funders, set aside to pay for outcomes across many contracts, usually at published prices; the contracts it pays into may themselves be impact bonds or payment-by-results contracts.",
    features: ["pooledFundForMultipleContracts: true"],
    sources: [GLOSSARY, BEYOND],
  },
  {
    code: "payment_by_results",
    name: "Payment by results",
    alsoCalled: ["PbR", "outcomes-based contract without pre-finance", "performance-based contract"],
    definition:
      "The commissioner pays the provider in whole or in part on the outcomes achieved, and no third party pre-finances the service: the provider carries the risk out of its own means.",
    features: ["upfrontFinance: none or provider_own", "shareOfPaymentContingent: above 0", "instrument: contract"],
    sources: [FAQ_OBC, BEYOND],
  },
  {
    code: "social_impact_incentive",
    name: "Social impact incentive",
    alsoCalled: ["SIINC", "impact-linked payment"],
    definition:
      "A funder pays an enterprise time-limited premiums on top of its revenue for verified social impact, so that impact and profitability move together and the enterprise can raise investment to grow.",
    features: [
      "instrument: incentive_payment",
      "outcomePayers: aid agency or philanthropy",
      "the recipient is an enterprise with its own revenue",
    ],
    sources: [BEYOND, PARTNERSHIPS],
  },
  {
    code: "social_impact_guarantee",
    name: "Social impact guarantee",
    alsoCalled: ["SIG", "outcomes guarantee"],
    definition:
      "The commissioner pays for a service as usual, and a guarantor promises to refund it, in part or whole, if the agreed outcomes are not achieved: a money-back guarantee on results, without investors pre-financing.",
    features: ["instrument: guarantee"],
    sources: [BEYOND],
  },
  {
    code: "results_based_grant",
    name: "Results-based grant",
    alsoCalled: ["targeted grant", "output-based aid", "results-based financing grant"],
    definition: "A grant whose disbursements depend, at least in part, on verified results rather than on activities or spending.",
    features: ["instrument: grant", "shareOfPaymentContingent: above 0"],
    sources: [BEYOND, PARTNERSHIPS],
  },
  {
    code: "sustainability_linked_finance",
    name: "Sustainability-linked finance",
    alsoCalled: ["sustainability-linked loan", "sustainability-linked bond", "KPI-linked loan"],
    definition:
      "A loan or bond whose terms, usually its interest rate, step up or down as the borrower meets or misses agreed social or environmental targets; nobody else pays for the outcomes.",
    features: ["instrument: loan or bond", "outcomePayers: none"],
    sources: [BEYOND],
  },
  {
    code: "unclassified",
    name: "Unclassified",
    alsoCalled: [],
    definition:
      "The evidence does not decide between types, or says nothing about them; the classifier lists what it found and which fields would settle it.",
    features: [],
    sources: [],
  },
];
