import { describe, expect, it } from "vitest";
import { indigoImpactBondDataset } from "../../src/indigo/dataset.js";
import { realDataDir } from "../helpers.js";

const load = await indigoImpactBondDataset.load(realDataDir());
const counts = Object.fromEntries(Object.entries(load).map(([k, r]) => [k, r.accounting.accepted]));

describe("indigoImpactBondDataset on the real export", () => {
  it("loads every table with its exact row count and rejects nothing", () => {
    expect(counts).toEqual({
      projects: 320,
      delivery_locations: 502,
      documents: 199,
      intermediary_services: 538,
      investments: 1084,
      open_contracting_datas: 11,
      outcome_funds: 131,
      outcome_metrics: 1419,
      outcome_payer_cost: 0,
      outcome_payment_commitments: 671,
      outcome_payment_plans: 84,
      outcome_payments: 2369,
      outcome_pricings: 385,
      provider_side_cost: 7,
      results: 528,
      service_provisions: 604,
      sources: 2073,
      technical_assistance_details: 6,
      technical_assistances: 1,
      transactions: 29,
      "360giving_datas": 0,
      organisations: 1554,
      organisation_controlled_by: 0,
      organisation_secondary_ids: 6,
      organisation_sources: 34,
      funds: 21,
      fund_documents: 30,
      fund_geographic_areas: 21,
      fund_organisations: 0,
    });
    for (const r of Object.values(load)) expect(r.accounting.rowsIn).toBe(r.accounting.accepted + r.accounting.rejected);
    expect(Object.values(load).every((r) => r.rejected.length === 0)).toBe(true);
  });

  it("checks every Project ID of every child table against projects.csv", () => {
    const ids = new Set(load.projects?.records.map((p) => (p as { id: string }).id));
    for (const [name, r] of Object.entries(load)) {
      for (const rec of r.records as { projectId?: string }[])
        if (rec.projectId !== undefined) expect(ids.has(rec.projectId), `${name} ${rec.projectId}`).toBe(true);
    }
  });

  it("reports each organisation or fund ID missing from the export once, keeping the rows", () => {
    const dangling = Object.values(load)
      .flatMap((r) => r.warnings.map((w) => w.message))
      .filter((m) => m.includes(" is not in "));
    expect(dangling).toHaveLength(26);
    expect(dangling).toContain(
      "Organisation ID INDIGO-ORG-1155 is not in organisations.csv. 209 row(s) use it and were kept: row 1681, 1682, 1683, 1684, 1685, ....",
    );
    expect(dangling).toContain("Fund ID INDIGO-FUND-0011 is not in funds.csv. 1 row(s) use it and were kept: row 2.");
  });

  it("reads known values: list cells, numbers and sensitive contact fields", () => {
    const metric = load.outcome_metrics?.records.find((m) => (m as { primarySdgGoal: string[] }).primarySdgGoal.length > 1) as {
      primarySdgGoal: string[];
    };
    expect(metric.primarySdgGoal).toEqual(["1", "4", "10"]);
    const payment = load.outcome_payments?.records.find((p) => (p as { payerOrganisationId: string[] }).payerOrganisationId.length > 1) as {
      payerOrganisationId: string[];
    };
    expect(payment.payerOrganisationId).toEqual(["INDIGO-ORG-0171", "INDIGO-ORG-1061"]);
    const fund = load.funds?.records[0] as { id: string };
    expect(fund.id).toMatch(/^INDIGO-FUND-\d{4}$/);
  });
});
