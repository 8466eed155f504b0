import "server-only";
import { readSheet } from "read-excel-file/node";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { writeScope } from "@/server/data/scope";
import { personData } from "@/server/data/people";
import { recordAuditMany } from "@/server/data/audit";
import { toSearchText } from "@/domain/text/vietnamese";
import { parsePeopleSheet, type SheetCell, type SheetRowError } from "@/schemas/person-sheet";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportOutcome = { imported: number; errors: SheetRowError[] };

/** .xlsx files are zip archives: check the bytes, not the file name. */
function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Imports people from an .xlsx sheet into the actor's unit: all rows or none. Every row is
 * checked first and every error reported with its row number; only a clean sheet is written,
 * in one transaction with its audit entries.
 */
export async function importPeople(actor: Actor, bytes: Uint8Array): Promise<ImportOutcome> {
  const scope = writeScope(actor, "person.import");
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

  return db().$transaction(
    async (tx) => {
      const organisations = await tx.organisation.findMany({ where: scope, select: { id: true, searchText: true } });
      const orgBySearch = new Map(organisations.map((o) => [o.searchText, o.id]));
      const resolved = people.map((p) => {
        const organisationId = p.organisationName ? orgBySearch.get(toSearchText(p.organisationName)) : undefined;
        if (p.organisationName && !organisationId) {
          errors.push({
            row: p.row,
            column: "Tổ chức",
            message: `Không có tổ chức "${p.organisationName}" trong đơn vị.`,
          });
        }
        return { ...personData(p.person), organisationId: organisationId ?? null, unitId: scope.unitId };
      });
      if (errors.length) {
        errors.sort((a, b) => a.row - b.row);
        return { imported: 0, errors };
      }
      const created = await tx.person.createManyAndReturn({ data: resolved });
      await recordAuditMany(
        tx,
        actor,
        created.map((row) => ({ entity: "Person", entityId: row.id, action: "CREATE" as const, after: row })),
      );
      return { imported: created.length, errors: [] };
    },
    { timeout: 60_000 },
  );
}
