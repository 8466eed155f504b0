import writeExcelFile from "write-excel-file/node";
import { download, XLSX } from "@/server/actions/download";
import { can } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { ACCOUNT_SHEET_COLUMNS } from "@/schemas/account-sheet";

/** The accounts import template: the header row and two example lines. */
export async function GET() {
  return download(async (actor) => {
    if (!can(actor.roles, "account.manage")) throw forbidden();
    const bytes = await writeExcelFile([
      ACCOUNT_SHEET_COLUMNS.map((c) => ({ value: c.header, fontWeight: "bold" as const })),
      ["25222", "Nguyễn Văn An", "quantri.xa@example.vn", "Quản trị"],
      ["25222", "Trần Thị Bình", "canbo.xa@example.vn", "Cán bộ; Hội đồng"],
    ]).toBuffer();
    return { bytes, mime: XLSX, fileName: "mau-nhap-tai-khoan.xlsx" };
  });
}
