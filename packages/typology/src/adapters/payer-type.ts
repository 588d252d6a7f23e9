import type { FinanceType, PayerType } from "../contract-description.js";

/** INDIGO role categories and organisation types, as outcome payer kinds. */
export function payerTypeOf(roleCategory: string | null, organisationType: string | null): PayerType {
  const t = `${roleCategory ?? ""}|${organisationType ?? ""}`.toLowerCase();
  // Multilateral first: "Intergovernmental" also contains "government".
  if (/multilateral|bilateral|intergovernmental/.test(t)) return "multilateral";
  if (/government|public sector|public bank/.test(t)) return "government";
  if (/foundation|philanthrop|non-?profit|charity|ngo|corporate giving/.test(t)) return "philanthropy";
  if (/company|commercial|partnership/.test(t)) return "private";
  if (t.replace("|", "").trim() === "") return "unknown";
  return "other";
}

/** INDIGO investor role categories, as upfront finance kinds. */
export function financeTypeOf(roleCategory: string | null): FinanceType {
  const t = (roleCategory ?? "").toLowerCase();
  if (/multilateral|bilateral|intergovernmental/.test(t)) return "investor";
  if (/government|public sector|public bank/.test(t)) return "government";
  if (/foundation|philanthrop/.test(t)) return "philanthropy";
  return "investor";
}
