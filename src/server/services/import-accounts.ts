import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { importUnitAccounts, type AccountImportOutcome } from "@/server/data/account-import";
import { can } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { parseAccountSheet } from "@/schemas/account-sheet";
import { readXlsxSheet } from "./sheet-reader";

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
  // Checked by content and read under limits, in a worker (sheet-reader.ts).
  const sheet = await readXlsxSheet(bytes);
  if (!sheet.ok) return fileError(sheet.message);
  const { accounts, errors } = parseAccountSheet(sheet.rows);
  if (!accounts.length) return { errors, results: [] };
  return importUnitAccounts(actor, accounts, errors);
}
