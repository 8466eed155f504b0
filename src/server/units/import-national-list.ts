import "server-only";
import { db } from "@/server/db/client";
import { parseNationalUnitList, type ParseError } from "@/domain/units/national-list-csv";
import { upsertUnits, type UnitRecord } from "./upsert-units";

/** Three-level lists describe units that ended with the reorganisation; two-level ones start with it. */
const ERA = {
  BA_CAP: { validFrom: null, validTo: "2025-06-30" },
  HAI_CAP: { validFrom: "2025-07-01", validTo: null },
} as const;

export type NationalImportOutcome =
  { ok: true; format: "BA_CAP" | "HAI_CAP"; created: number; updated: number } | { ok: false; errors: ParseError[] };

/**
 * Loads the national list (official CSV export) into the unit tree, all or nothing. An operator
 * task for the whole installation (scripts/import-units.ts), so it is not tenant-scoped.
 */
export async function importNationalUnitList(
  csvText: string,
  validity?: { validFrom: string | null; validTo: string | null },
): Promise<NationalImportOutcome> {
  const parsed = parseNationalUnitList(csvText);
  if (!parsed.format)
    return {
      ok: false,
      errors: parsed.errors.length ? parsed.errors : [{ line: 1, message: "Không nhận ra dòng tiêu đề của danh mục." }],
    };
  if (parsed.errors.length) return { ok: false, errors: parsed.errors };
  const era = validity ?? ERA[parsed.format];
  const records: UnitRecord[] = parsed.units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentCode: u.parentCode,
    ...era,
  }));
  const counts = await db().$transaction((tx) => upsertUnits(tx, records), { timeout: 600_000 });
  return { ok: true, format: parsed.format, ...counts };
}
