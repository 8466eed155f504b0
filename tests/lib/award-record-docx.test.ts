import { describe, expect, it } from "vitest";
import { awardRecordDocx } from "@/server/documents/award-record-docx";
import { readDocxText } from "../support/docx-text";
import { inOrder } from "../support/in-order";

describe("quá trình khen thưởng as .docx", () => {
  it("prints the unit, the title, who, every award in order with its revocation, and the totals", async () => {
    const base = {
      catalogueCode: "CSTD_CS",
      name: "Chiến sĩ thi đua cơ sở",
      conferredBy: "Chủ tịch UBND huyện Trực Ninh",
      amount: null,
      source: "ENTERED" as const,
      revokedOn: null,
      revokeDecisionNumber: null,
      revokeReason: null,
    };
    const bytes = await awardRecordDocx({
      unitName: "Thị trấn Cổ Lễ",
      subject: "Nguyễn Văn Tuấn",
      details: ["Chức vụ: Công chức Văn phòng - Thống kê"],
      today: "2026-12-01",
      awards: [
        {
          ...base,
          id: "2",
          year: 2024,
          decisionNumber: "20/QĐ-UBND",
          decidedOn: "2025-01-20",
          unitName: "Thị trấn Cổ Lễ",
        },
        {
          ...base,
          id: "1",
          year: 2023,
          decisionNumber: "11/QĐ-UBND",
          decidedOn: "2024-01-11",
          unitName: "Xã Cũ",
          amount: 1_170_000,
          revokedOn: "2024-06-01",
          revokeDecisionNumber: "30/QĐ-UBND",
          revokeReason: "Sai thành tích",
        },
      ],
    });
    const { paragraphs, tables } = await readDocxText(bytes);
    inOrder(paragraphs, [
      "THỊ TRẤN CỔ LỄ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Ngày 01 tháng 12 năm 2026",
      "QUÁ TRÌNH KHEN THƯỞNG",
      "Nguyễn Văn Tuấn",
      "Chức vụ: Công chức Văn phòng - Thống kê",
      "Tổng hợp:",
      "- Chiến sĩ thi đua cơ sở: 1 lần (2024).",
    ]);
    const grid = tables.at(-1)!;
    expect(grid[0]).toEqual(["STT", "Năm", "Danh hiệu, hình thức", "Quyết định", "Cấp khen thưởng", "Đơn vị, ghi chú"]);
    expect(grid[1]!.slice(0, 4)).toEqual(["1", "2023", "Chiến sĩ thi đua cơ sở", "Số 11/QĐ-UBND ngày 11/01/2024"]);
    expect(grid[1]![5]).toBe(
      "Xã Cũ\n1.170.000 đồng\nThu hồi theo Quyết định số 30/QĐ-UBND ngày 01/06/2024: Sai thành tích",
    );
    expect(grid[2]!.slice(0, 2)).toEqual(["2", "2024"]);
  });
});
