import type { CsrProjectSpend2014to17, CsrProjectSpend2023to24, CsrProjectSpend2024to25 } from "@hnl/data";
import { isSwapped } from "./detect-swapped-sectors.js";
import type { Mappings } from "./mapping-tables.js";
import { sectorClass } from "./sector-class.js";
import { toRupees } from "./units.js";

/** A source's own total for one year and broad group (`(all)` for the year's total), in rupees. */
export interface SourceTotal {
  sourceId: string;
  fiscalYear: string;
  /** The broad group, `(all)` for the whole year, null where the source's label maps to none. */
  sectorBroad: string | null;
  rows: number;
  amountInr: number;
}

type ProjectRecord = CsrProjectSpend2014to17 | CsrProjectSpend2023to24 | CsrProjectSpend2024to25;

/**
 * A source's totals per year and per year and broad group, worked out in JavaScript straight from
 * its loader's records, independently of the SQL that fills csr_spend: the reconciliation
 * compares the two. Blank amounts count as rows but add nothing; a row without a year is left
 * out, as the sync rejects it.
 *
 * @example
 * sourceTotals("portal-2024-25", records, mappings).find((t) => t.sectorBroad === "(all)");
 * // { sourceId: "portal-2024-25", fiscalYear: "2024-25", sectorBroad: "(all)", rows: 66, amountInr: ... }
 */
export function sourceTotals(sourceId: string, records: readonly ProjectRecord[], mappings: Mappings): SourceTotal[] {
  const totals = new Map<string, SourceTotal>();
  const add = (fiscalYear: string, sectorBroad: string | null, amountInr: number | null) => {
    const k = `${fiscalYear}\u0000${sectorBroad}`;
    const t = totals.get(k) ?? { sourceId, fiscalYear, sectorBroad, rows: 0, amountInr: 0 };
    t.rows++;
    t.amountInr += amountInr ?? 0;
    totals.set(k, t);
  };
  for (const r of records) {
    const { year, broad, amount } = "spent" in r ? oldPortal(r, mappings) : portal(r, mappings);
    if (year === null) continue;
    add(year, broad, amount);
    add(year, "(all)", amount);
  }
  return [...totals.values()].map((t) => ({ ...t, amountInr: Math.round(t.amountInr * 100) / 100 }));
}

function oldPortal(r: CsrProjectSpend2014to17, m: Mappings) {
  const broad = r.sector === null ? null : (m.sectorSpecific(r.sector)?.row.sector_broad ?? null);
  return { year: r.year, broad, amount: toRupees(r.spent, "INR") };
}

function portal(r: CsrProjectSpend2023to24 | CsrProjectSpend2024to25, m: Mappings) {
  const swapped = isSwapped(sectorClass(r.developmentSector, m), sectorClass(r.subDevelopmentSector, m));
  const broadLabel = swapped ? r.subDevelopmentSector : r.developmentSector;
  const specificLabel = swapped ? r.developmentSector : r.subDevelopmentSector;
  const broad =
    (broadLabel === null ? undefined : m.sectorBroad(broadLabel)?.row.canonical) ??
    (specificLabel === null ? null : (m.sectorSpecific(specificLabel)?.row.sector_broad ?? null));
  return { year: r.financialYear?.replace(/^FY /, "") ?? null, broad, amount: toRupees(r.amountSpent, "INR crore") };
}
