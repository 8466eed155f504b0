import "server-only";
import { readSheet } from "read-excel-file/node";
import type { Actor } from "@/server/auth/actor-types";
import { importUnitAccounts, type AccountImportOutcome } from "@/server/data/account-import";
import { can } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { parseAccountSheet } from "@/schemas/account-sheet";
import type { SheetCell } from "@/schemas/person-sheet";

export const MAX_ACCOUNT_SHEET_BYTES = 2 * 1024 * 1024;

const fileError = (message: string): AccountImportOutcome => ({
  errors: [{ row: 0, column: "", message }],
  results: [],
});

/**
 * Imports accounts from an .xlsx sheet into the administrator's unit and the units below it: all
 * rows or none (`importUnitAccounts`), every error reported with its row number.
 */
export async function importAccounts(actor: Actor, bytes: Uint8Array): Promise<AccountImportOutcome> {
  // Refused before the file is even read.
  if (!can(actor.roles, "account.manage")) throw forbidden();
  if (bytes.length > MAX_ACCOUNT_SHEET_BYTES) return fileError("Tệp lớn hơn 2 MB.");
  // .xlsx files are zip archives: check the bytes, not the file name.
  if (!(bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
    return fileError("Tệp không phải bảng tính Excel (.xlsx).");
  let rows: SheetCell[][];
  try {
    rows = (await readSheet(Buffer.from(bytes))) as SheetCell[][];
  } catch {
    return fileError("Không đọc được bảng tính. Hãy lưu lại tệp dưới dạng .xlsx.");
  }
  const { accounts, errors } = parseAccountSheet(rows);
  if (!accounts.length) return { errors, results: [] };
  return importUnitAccounts(actor, accounts, errors);
}
