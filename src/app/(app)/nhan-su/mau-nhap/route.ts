import writeExcelFile from "write-excel-file/node";
import { download, XLSX } from "@/server/actions/download";
import { can } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import { SHEET_COLUMNS } from "@/schemas/person-sheet";

/** The import template: the header row and one example line. */
export async function GET() {
  return download(async (actor) => {
    if (!can(actor.roles, "person.import")) throw forbidden();
    const bytes = await writeExcelFile([
      SHEET_COLUMNS.map((c) => ({ value: c.header, fontWeight: "bold" as const })),
      ["Nguyễn Văn An", "15/03/1985", "Nam", "Công chức", "Công chức Văn phòng – Thống kê", "", "x"],
    ]).toBuffer();
    return { bytes, mime: XLSX, fileName: "mau-nhap-can-bo.xlsx" };
  });
}
