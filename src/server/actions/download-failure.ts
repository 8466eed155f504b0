import "server-only";
import { randomUUID } from "node:crypto";
import { AppError, DATABASE_UNREACHABLE_MESSAGE } from "@/domain/errors";
import { isDatabaseUnreachable } from "@/server/data/unreachable";
import { StoredFileMissingError } from "@/server/storage/file-storage";

/** What each expected failure answers. "Not found" (which includes "not yours") is the only 404. */
const STATUS: Record<AppError["kind"], number> = { not_found: 404, forbidden: 403, validation: 400, conflict: 409 };

export const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The answer to a failed download: what happened, in Vietnamese, with the status that says it. */
export function failureResponse(error: unknown): Response {
  if (error instanceof AppError)
    return text(
      error.kind === "not_found" ? "Không tìm thấy tệp, hoặc bạn không có quyền xem." : error.message,
      STATUS[error.kind],
    );
  const ref = randomUUID().slice(0, 8);
  if (error instanceof StoredFileMissingError) {
    console.error(`[download ${ref}]`, error.message);
    return text(
      `Tệp đã được ghi nhận nhưng không còn trong kho lưu trữ. Hãy báo quản trị viên (mã tham chiếu ${ref}) hoặc tải tệp lên lại.`,
      410,
    );
  }
  if (isDatabaseUnreachable(error)) return text(DATABASE_UNREACHABLE_MESSAGE, 503);
  console.error(`[download ${ref}]`, error);
  return text(`Có lỗi không mong muốn khi tạo tệp (mã tham chiếu ${ref}).`, 500);
}
