import "server-only";
import type { ParseError } from "@/domain/units/national-list-csv";
import { applyUnitImport, UnitImportRefused } from "./unit-import";

export type NationalImportOutcome =
  { ok: true; format: "BA_CAP" | "HAI_CAP"; created: number; updated: number } | { ok: false; errors: ParseError[] };

/**
 * Loads the national list (official CSV export) into the unit tree, all or nothing: the unit import
 * (unit-import.ts) with the list alone, audited as the installation's.
 */
export async function importNationalUnitList(
  csvText: string,
  validity?: { validFrom: string | null; validTo: string | null },
): Promise<NationalImportOutcome> {
  try {
    const outcome = await applyUnitImport({ listCsv: csvText, validity }, { userId: null });
    return { ok: true, format: outcome.listFormat!, created: outcome.created, updated: outcome.updated };
  } catch (error) {
    if (error instanceof UnitImportRefused) return { ok: false, errors: error.errors };
    throw error;
  }
}
