// The kind of an outcome payer or a service provider, read from the row that ties it to a project
// (its role category) or, when that is blank, from the organisation's own type.
import type { Organisation } from "@hnl/data";

export type OrganisationKind = "government" | "non-profit" | "for-profit" | "other";

/** Role categories (payment commitments, service provisions) and organisation types, as a kind. */
const KINDS: Record<string, OrganisationKind> = {
  "Government/Public Sector/Public Bank": "government",
  "Government body": "government",
  "Nonprofit/NGO": "non-profit",
  "Foundation/Philanthropist": "non-profit",
  "Registered non-profit organisation, charity or foundation": "non-profit",
  "For-profit": "for-profit",
  "Corporate Giving": "for-profit",
  "Registered company, partnership or commercial association": "for-profit",
};

/**
 * The kind of organisation a link row names: its role category if recorded, else the
 * organisation's type; null when neither is recorded. Categories outside the list ("Other",
 * "Multilateral/...", "Collective") are "other".
 *
 * @example
 * organisationKind("Nonprofit/NGO", undefined) // "non-profit"
 * organisationKind(null, { type: "Government body" }) // "government"
 */
export function organisationKind(
  roleCategory: string | null,
  organisation: Pick<Organisation, "type"> | undefined,
): OrganisationKind | null {
  const label = roleCategory ?? organisation?.type ?? null;
  if (label === null) return null;
  return KINDS[label] ?? "other";
}
