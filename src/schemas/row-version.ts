import { z } from "zod";

/**
 * The row version an edit form loaded and sends back with its save (optimistic concurrency, see
 * src/server/data/row-version.ts): a whole number, bounded like the INTEGER column that holds it.
 */
export const ZRowVersion = z.number().int().min(0).max(2_147_483_647);

/**
 * For a form that creates its row on first save (a council's rules, a unit's registration): null
 * when the form was loaded before the row existed.
 */
export const ZRowVersionOrNew = ZRowVersion.nullable();
