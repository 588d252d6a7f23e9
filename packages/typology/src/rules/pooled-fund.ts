import type { Rule } from "../rule.js";

/** A pool paying for outcomes across several contracts is an outcomes fund. */
export const pooledFund: Rule = {
  id: "pooled-fund",
  kind: "structured",
  describe: "A pool that pays for outcomes across several contracts is an outcomes fund.",
  apply: (d) =>
    d.pooledFundForMultipleContracts === true
      ? [
          {
            rule: "pooled-fund",
            kind: "structured",
            type: "outcomes_fund",
            weight: 0.9,
            says: "Pays for outcomes across several contracts (pooledFundForMultipleContracts = true).",
            reads: { pooledFundForMultipleContracts: true },
          },
        ]
      : [],
};
