import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { toSearchText } from "@/domain/text/vietnamese";
import type { SheetPerson, SheetRowError } from "@/schemas/person-sheet";
import { writeScope } from "./scope";
import { personData } from "./people";
import { recordAuditMany } from "./audit";

export type ImportOutcome = { imported: number; errors: SheetRowError[] };

/**
 * Writes the people read from an import sheet into the actor's unit: all or none. Each row's
 * organisation is matched by name (without diacritics) among the unit's own; a name that matches
 * none is one more error. With any error, the sheet's included (`sheetErrors`), nothing is written
 * and every error is returned by row; otherwise the people and their audit entries are written in
 * one transaction.
 */
export async function createPeopleFromSheet(
  actor: Actor,
  people: SheetPerson[],
  sheetErrors: SheetRowError[],
): Promise<ImportOutcome> {
  const scope = writeScope(actor, "person.import");
  const errors = [...sheetErrors];
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
