import { AppError } from "./errors";

/**
 * Optimistic concurrency (issue 14, point 4): an edit form saves the row version it loaded; when
 * someone else saved first, the save is refused with the row as it now is, in the form's shape,
 * so the form can show it beside what the user typed and save again without losing a word.
 */
export const STALE_ROW_MESSAGE =
  "Bản ghi đã được người khác sửa. Giá trị hiện tại đã được nạp lại; kiểm tra rồi lưu lại.";

/** The row as it is now: its values in the edit form's shape and the version to save against. */
export type CurrentRow = { values: unknown; rowVersion: number | null };

export class StaleRowError extends AppError {
  constructor(readonly current: CurrentRow) {
    super("conflict", STALE_ROW_MESSAGE);
    this.name = "StaleRowError";
  }
}
