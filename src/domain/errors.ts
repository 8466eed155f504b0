/**
 * Expected failures a user can act on. Each carries a Vietnamese message for the screen.
 * A miss and a refusal across units both surface as NotFound, so ids of other units' rows
 * cannot be probed (no oracle).
 */
export class AppError extends Error {
  constructor(
    readonly kind: "not_found" | "forbidden" | "validation" | "conflict",
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("not_found", "Không tìm thấy bản ghi hoặc bạn không có quyền xem.");
export const forbidden = () =>
  new AppError("forbidden", "Bạn không có quyền thực hiện thao tác này tại đơn vị đang làm việc.");
export const invalid = (message: string, fieldErrors: Record<string, string> = {}) =>
  new AppError("validation", message, fieldErrors);
export const conflict = (message: string, fieldErrors: Record<string, string> = {}) =>
  new AppError("conflict", message, fieldErrors);

/** The database is out of reach (down, restarting): nothing the user did, and worth a retry soon. */
export const DATABASE_UNREACHABLE_MESSAGE = "Không kết nối được cơ sở dữ liệu, vui lòng thử lại sau ít phút.";
