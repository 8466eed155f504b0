import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { exportAwardBatches, type ExportedAward } from "@/server/data/awards";
import { bytesOf, streamXlsx, type XlsxCell, type XlsxStyle } from "@/server/documents/xlsx-stream";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { formatViDate } from "@/lib/dates";
import { rewardInHistory } from "@/domain/awards/reward";

/**
 * The award history as an .xlsx: every award the actor may read that matches the page's search
 * and year (not only the page on screen), one row each, revocations beside the award they undo.
 * Streamed: rows are read from the database in batches as the download goes (xlsx-stream.ts).
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

const boxed = (value: string | number, style: XlsxStyle = "cell"): XlsxCell => ({ value, style });

function filterLine(filter: AwardFilter): string {
  const parts = [filter.year ? `năm ${filter.year}` : "", filter.q ? `tìm “${filter.q}”` : ""].filter(Boolean);
  return parts.length ? `Lọc theo: ${parts.join(", ")}` : "Tất cả các năm";
}

async function* sheetRows(actor: Actor, filter: AwardFilter): AsyncGenerator<XlsxCell[][]> {
  const across = (value: string, style: XlsxStyle): XlsxCell[] => [{ value, style, span: HEADERS.length }];
  let n = 0;
  const titleRows = [
    across(`LỊCH SỬ KHEN THƯỞNG – ${actor.unit.name.toLocaleUpperCase("vi-VN")}`, "title"),
    across(filterLine(filter), "plain"),
    HEADERS.map((h) => boxed(h, "header")),
  ];
  // The first batch is read before the title is sent: a refusal then reaches the route as an error
  // response (download.ts reads the first chunk), not as a file cut short.
  const batches = exportAwardBatches(actor, filter);
  const first = await batches.next();
  const rows = (awards: ExportedAward[]) =>
    awards.map((a) => [
      boxed(++n, "center"),
      boxed(a.label),
      boxed(RECIPIENT_KIND_LABELS[a.kind]),
      boxed(a.unit.name),
      boxed(a.name),
      boxed(a.year, "center"),
      boxed(a.decisionNumber),
      boxed(formatViDate(a.decidedOn), "center"),
      boxed(a.conferredBy),
      // Money stays a number to sum; a gift or "không kèm tiền thưởng" is worded (never a bare sum).
      a.amount === null || a.rewardKind === "GIFT" || a.rewardKind === "NONE"
        ? boxed(rewardInHistory(a.rewardKind, a.amount, a.giftDescription))
        : boxed(a.amount, "money"),
      boxed(
        a.revokedOn
          ? `Quyết định số ${a.revokeDecisionNumber ?? ""} ngày ${formatViDate(a.revokedOn)}: ${a.revokeReason ?? ""}`
          : "",
      ),
    ]);
  yield [...titleRows, ...(first.done ? [] : rows(first.value))];
  for await (const awards of batches) yield rows(awards);
}

/** The export as the route sends it: bytes leave as rows are read. */
export function awardHistoryXlsxStream(actor: Actor, filter: AwardFilter): ReadableStream<Uint8Array> {
  return streamXlsx({ name: "Lịch sử khen thưởng", widths: WIDTHS, frozenRows: 3, rows: sheetRows(actor, filter) });
}

/** The same file whole, for callers that need its bytes at once (tests, the benchmark's statement capture). */
export async function awardHistoryXlsx(actor: Actor, filter: AwardFilter): Promise<Buffer> {
  return bytesOf(awardHistoryXlsxStream(actor, filter));
}
