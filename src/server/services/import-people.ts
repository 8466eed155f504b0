import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { createPeopleFromSheet, type ImportOutcome } from "@/server/data/people-import";
import { can } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { parsePeopleSheet } from "@/schemas/person-sheet";
import { MAX_SHEET_BYTES, SHEET_TOO_LARGE } from "@/lib/file-types";
import { readXlsxSheet } from "./sheet-reader";

/**
 * Imports people from an .xlsx sheet into the actor's unit: all rows or none. The file is checked
 * and read under limits (sheet-reader.ts); every row is checked and every error reported with its
 * row number; only a clean sheet is written, in one transaction with its audit entries
 * (`createPeopleFromSheet`).
 */
export async function importPeople(actor: Actor, bytes: Uint8Array): Promise<ImportOutcome> {
  // Refused before the file is even read.
  if (!can(actor.roles, "person.import")) throw forbidden();
  if (bytes.length > MAX_SHEET_BYTES)
    return { imported: 0, errors: [{ row: 0, column: "", message: SHEET_TOO_LARGE }] };
  const sheet = await readXlsxSheet(bytes);
  if (!sheet.ok) return { imported: 0, errors: [{ row: 0, column: "", message: sheet.message }] };
  const { people, errors } = parsePeopleSheet(sheet.rows);
  return createPeopleFromSheet(actor, people, errors);
}
