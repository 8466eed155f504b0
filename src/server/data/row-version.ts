import "server-only";
import { notFound } from "@/domain/errors";
import { StaleRowError } from "@/domain/stale-row";

/**
 * Optimistic concurrency, one rule for every edit form (issue 14, point 4). A form loads a row
 * with its `rowVersion` and sends that number back with the save; the save writes the row only
 * where the version is still the one loaded, and bumps it, in one statement:
 *
 *   const claimed = await tx.person.updateMany({
 *     where: { id, rowVersion, ...scope },
 *     data: { ...changes, ...BUMP_ROW_VERSION },
 *   });
 *   await claimRowVersion(claimed, () => tx.person.findFirst({ where: { id, ...scope } }), personFormValues);
 *
 * Two tabs saving one row: the second finds no row at its version and is refused with the row as
 * the first left it (StaleRowError → the action's `current`), so nothing is silently lost. No lock
 * is held while a person types, and a save that lost waits only for the winner's transaction
 * (the row lock of its UPDATE), then answers at once: 50 saves of one row at the same moment give
 * one success and 49 refusals within a second or two (tests/integration/row-version.test.ts).
 * `checkRowVersion` is the same comparison on a row already read, to refuse before doing any work.
 */

type Versioned = { rowVersion: number };

export const BUMP_ROW_VERSION = { rowVersion: { increment: 1 } } as const;

function stale<R extends Versioned>(row: R, toValues: (row: R) => unknown) {
  return new StaleRowError({ values: toValues(row), rowVersion: row.rowVersion });
}

/** Refuses when the row read is no longer at the version the form loaded. */
export function checkRowVersion<R extends Versioned>(row: R, expected: number, toValues: (row: R) => unknown): void {
  if (row.rowVersion !== expected) throw stale(row, toValues);
}

/** After the guarded update: nothing written means the row moved on (or is gone, or out of reach). */
export async function claimRowVersion<R extends Versioned>(
  claimed: { count: number },
  reload: () => Promise<R | null>,
  toValues: (row: R) => unknown,
): Promise<void> {
  if (claimed.count > 0) return;
  const row = await reload();
  if (!row) throw notFound();
  throw stale(row, toValues);
}

/**
 * For a form that creates its row on its first save (expected null: loaded when there was none).
 * `expected` undefined is a caller that is no edit form (seed, test set-up): nothing to compare.
 */
export function checkRowVersionOrNew<R extends Versioned>(
  row: R | null,
  expected: number | null | undefined,
  toValues: (row: R) => unknown,
): void {
  if (expected === undefined) return;
  if (!row) {
    if (expected !== null) throw notFound();
    return;
  }
  if (row.rowVersion !== expected) throw stale(row, toValues);
}
