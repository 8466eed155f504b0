import "server-only";
import { readSheet } from "read-excel-file/node";
import type { Actor } from "@/server/auth/actor-types";
import { createPeopleFromSheet, type ImportOutcome } from "@/server/data/people-import";
import { can } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { parsePeopleSheet, type SheetCell } from "@/schemas/person-sheet";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** .xlsx files are zip archives: check the bytes, not the file name. */
function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Imports people from an .xlsx sheet into the actor's unit: all rows or none. Every row is
 * checked first and every error reported with its row number; only a clean sheet is written,
 * in one transaction with its audit entries (`createPeopleFromSheet`).
 */
export async function importPeople(actor: Actor, bytes: Uint8Array): Promise<ImportOutcome> {
  // Refused before the file is even read.
  if (!can(actor.roles, "person.import")) throw forbidden();
  if (bytes.length > MAX_IMPORT_BYTES)
    return { imported: 0, errors: [{ row: 0, column: "", message: "Tệp lớn hơn 2 MB." }] };
  if (!looksLikeXlsx(bytes))
    return { imported: 0, errors: [{ row: 0, column: "", message: "Tệp không phải bảng tính Excel (.xlsx)." }] };
  let rows: SheetCell[][];
  try {
    rows = (await readSheet(Buffer.from(bytes))) as SheetCell[][];
  } catch {
    return {
      imported: 0,
      errors: [{ row: 0, column: "", message: "Không đọc được bảng tính. Hãy lưu lại tệp dưới dạng .xlsx." }],
    };
  }
  const { people, errors } = parsePeopleSheet(rows);
  return createPeopleFromSheet(actor, people, errors);
}
