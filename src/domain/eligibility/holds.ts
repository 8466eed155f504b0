import { openOn, principlesArticle, type Reason } from "./principles";

/**
 * Open complaints and inspections suspend commendation (Nghị định 98/2023/NĐ-CP, then
 * 152/2025/NĐ-CP, Điều 4: "chưa khen thưởng hoặc đề nghị cấp trên khen thưởng … trong thời gian
 * … điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm hoặc có đơn thư khiếu nại, tố cáo …
 * đang được xác minh làm rõ"). The bar lifts when the matter is closed.
 */
export type HoldFacts = { kind: "COMPLAINT" | "INSPECTION"; openedOn: string; closedOn: string | null };

export function holdReasons(holds: HoldFacts[], onDate: string): Reason[] {
  const article = principlesArticle(onDate);
  return holds
    .filter((h) => openOn(h.openedOn, h.closedOn, onDate))
    .map((h) =>
      h.kind === "COMPLAINT"
        ? {
            code: "COMPLAINT_OPEN",
            message: "Có đơn thư khiếu nại, tố cáo đang được xác minh: chưa xét khen thưởng.",
            article,
            sensitive: true,
          }
        : {
            code: "INSPECTION_OPEN",
            message: "Đang bị thanh tra, kiểm tra khi có dấu hiệu vi phạm: chưa xét khen thưởng.",
            article,
            sensitive: true,
          },
    );
}
