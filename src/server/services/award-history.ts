import "server-only";
import writeExcelFile, { type CellObject, type SheetData } from "write-excel-file/node";
import type { Actor } from "@/server/auth/actor-types";
import { exportAwards } from "@/server/data/awards";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { formatViDate } from "@/lib/dates";
import { rewardInHistory } from "@/domain/awards/reward";

/**
 * The award history as an .xlsx: every award the actor may read that matches the page's search
 * and year (not only the page on screen), one row each, revocations beside the award they undo.
 */

export type AwardFilter = { q?: string; year?: number };

const HEADERS = [
  "STT",
  "Cá nhân, tập thể",
  "Loại",
  "Đơn vị",
  "Danh hiệu, hình thức",
  "Năm thành tích",
  "Số quyết định",
  "Ngày quyết định",
  "Cấp khen thưởng",
  "Số tiền (đồng)",
  "Thu hồi",
] as const;
const WIDTHS = [6, 32, 10, 28, 36, 10, 16, 14, 28, 14, 40];

const boxed = (value: string | number, extra: CellObject = {}): CellObject => ({
  value,
  borderStyle: "thin",
  wrap: true,
  ...extra,
});

function filterLine(filter: AwardFilter): string {
  const parts = [filter.year ? `năm ${filter.year}` : "", filter.q ? `tìm “${filter.q}”` : ""].filter(Boolean);
  return parts.length ? `Lọc theo: ${parts.join(", ")}` : "Tất cả các năm";
}

export async function awardHistoryXlsx(actor: Actor, filter: AwardFilter): Promise<Buffer> {
  const awards = await exportAwards(actor, filter);
  const width = HEADERS.length;
  const title = (value: string, bold = false) => [
    { value, columnSpan: width, ...(bold ? { fontWeight: "bold" as const } : {}) },
    ...Array.from({ length: width - 1 }, () => null),
  ];
  const data: SheetData = [
    title(`LỊCH SỬ KHEN THƯỞNG – ${actor.unit.name.toLocaleUpperCase("vi-VN")}`, true),
    title(filterLine(filter)),
    HEADERS.map((h) => boxed(h, { fontWeight: "bold", align: "center" })),
    ...awards.map((a, i) => [
      boxed(i + 1, { align: "center" }),
      boxed(a.label),
      boxed(RECIPIENT_KIND_LABELS[a.kind]),
      boxed(a.unit.name),
      boxed(a.name),
      boxed(a.year, { align: "center" }),
      boxed(a.decisionNumber),
      boxed(formatViDate(a.decidedOn), { align: "center" }),
      boxed(a.conferredBy),
      // Money stays a number to sum; a gift or "không kèm tiền thưởng" is worded (never a bare sum).
      a.amount === null || a.rewardKind === "GIFT" || a.rewardKind === "NONE"
        ? boxed(rewardInHistory(a.rewardKind, a.amount, a.giftDescription))
        : boxed(a.amount, { align: "right", format: "#,##0" }),
      boxed(
        a.revokedOn
          ? `Quyết định số ${a.revokeDecisionNumber ?? ""} ngày ${formatViDate(a.revokedOn)}: ${a.revokeReason ?? ""}`
          : "",
      ),
    ]),
  ];
  const file = writeExcelFile(
    data,
    { sheet: "Lịch sử khen thưởng", columns: WIDTHS.map((width) => ({ width })) },
    { fontFamily: "Times New Roman", fontSize: 12 },
  );
  return Buffer.from(await file.toBuffer());
}
