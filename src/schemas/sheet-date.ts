/**
 * A date cell of an uploaded sheet as the day it names (yyyy-mm-dd), or null when its date is not one
 * (a corrupt or hand-made file can hold an invalid date): the caller then gives the row its field's
 * message instead of the whole import failing on a RangeError.
 */
export function sheetDateText(cell: Date): string | null {
  return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
}
