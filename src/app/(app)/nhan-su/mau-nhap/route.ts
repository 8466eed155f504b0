import writeExcelFile from "write-excel-file/node";
import { getActor } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { SHEET_COLUMNS } from "@/schemas/person-sheet";

/** The import template: the header row and one example line. */
export async function GET() {
  const actor = await getActor();
  if (!actor || !can(actor.roles, "person.import")) return new Response("Không tìm thấy", { status: 404 });
  const buffer = await writeExcelFile([
    SHEET_COLUMNS.map((c) => ({ value: c.header, fontWeight: "bold" as const })),
    ["Nguyễn Văn An", "15/03/1985", "Nam", "Công chức", "Công chức Văn phòng – Thống kê", "", "x"],
  ]).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="mau-nhap-can-bo.xlsx"`,
    },
  });
}
