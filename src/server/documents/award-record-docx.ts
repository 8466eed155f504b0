import "server-only";
import { dayMonthYear, formatDong, upper } from "@/domain/text/format";
import { heldLine, recordLines, titlesHeld, type RecordedAward } from "@/domain/awards/award-record";
import { rewardInHistory } from "@/domain/awards/reward";
import { administrativeDocument, body, centred, headerTable, mm, rule, TEXT_WIDTH, toDocxBuffer } from "./docx-kit";
import { gridTable } from "./docx-grid";

/**
 * "Quá trình khen thưởng" as .docx: the unit's header, the title, who it is about, every award in
 * order (a revoked one with its revocation), then how many times each title is held. The same
 * lines as the page and its printout (src/domain/awards/award-record.ts).
 */

export type AwardRecordDocument = {
  unitName: string;
  /** "Nguyễn Văn Tuấn" or "Văn phòng UBND" */
  subject: string;
  /** What describes the subject: "Ngày sinh: …", "Chức vụ: …", "Đơn vị: …". */
  details: string[];
  awards: RecordedAward[];
  /** yyyy-mm-dd: the day it is printed. */
  today: string;
};

export async function awardRecordDocx(d: AwardRecordDocument): Promise<Buffer> {
  const lines = recordLines(d.awards);
  const held = titlesHeld(d.awards);
  const rows = lines.map((a, i) => [
    String(i + 1),
    String(a.year),
    a.name,
    a.decision,
    a.conferredBy,
    [a.unitName, rewardInHistory(a.rewardKind ?? null, a.amount, a.giftDescription ?? ""), a.revocation ?? ""]
      .filter(Boolean)
      .join("\n"),
  ]);
  const children = [
    headerTable({
      parentLine: null,
      issuerLines: [upper(d.unitName)],
      numberLine: "",
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: dayMonthYear(d.today).replace(/^n/u, "N"),
    }),
    centred("QUÁ TRÌNH KHEN THƯỞNG", { bold: true, before: 360 }),
    centred(d.subject, { bold: true }),
    rule(mm(30), TEXT_WIDTH, 240),
    ...d.details.map((line) => body(line)),
    lines.length
      ? gridTable(
          [
            { share: 6, align: "center" },
            { share: 8, align: "center" },
            { share: 26 },
            { share: 20 },
            { share: 18 },
            { share: 22 },
          ],
          ["STT", "Năm", "Danh hiệu, hình thức", "Quyết định", "Cấp khen thưởng", "Đơn vị, ghi chú"],
          rows,
          12,
        )
      : body("Chưa có khen thưởng nào được ghi nhận."),
    ...(held.length ? [body("Tổng hợp:", { bold: true }), ...held.map((h) => body(`- ${heldLine(h)}.`))] : []),
  ];
  return toDocxBuffer(
    administrativeDocument(
      { title: `Quá trình khen thưởng – ${d.subject}`, subject: "Quá trình khen thưởng" },
      children,
    ),
  );
}
