import { describe, expect, it } from "vitest";
import { copiedParts, copyTargetYear, shiftDate, shiftPlanYears } from "@/domain/plans/copy-plan";

describe("copying last year's plan", () => {
  it("is for the next year, never a year already past", () => {
    expect(copyTargetYear(2025, 2026)).toBe(2026);
    // Drafting next year's plan in December: the copy of this year's is for next year.
    expect(copyTargetYear(2026, 2026)).toBe(2027);
    expect(copyTargetYear(2022, 2026)).toBe(2026);
  });

  it("moves days, months and years; 29/02 falls on 28/02 in a common year", () => {
    expect(shiftDate("2025-03-04", 1)).toBe("2026-03-04");
    expect(shiftDate("2025-12", 1)).toBe("2026-12");
    expect(shiftDate("2025", 2)).toBe("2027");
    expect(shiftDate("2024-02-29", 1)).toBe("2025-02-28");
    expect(shiftDate("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("moves the whole plan's dates and its title's year", () => {
    const shifted = shiftPlanYears(
      {
        title: "Phát động phong trào thi đua năm 2025 (kế hoạch số 12025)",
        periodFrom: "2025-01-01",
        periodTo: "2025-12-31",
        registrationDeadline: "2025-03",
        dossierDeadline: "2025-11-15",
        phases: [{ name: "Sơ kết", reviewDate: "2025" }],
        contents: ["Không đổi"],
      },
      1,
    );
    expect(shifted).toEqual({
      title: "Phát động phong trào thi đua năm 2026 (kế hoạch số 12025)",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
      registrationDeadline: "2026-03",
      dossierDeadline: "2026-11-15",
      phases: [{ name: "Sơ kết", reviewDate: "2026" }],
      contents: ["Không đổi"],
    });
  });

  it("leaves absent deadlines absent", () => {
    const plan: {
      title: string;
      periodFrom: string;
      periodTo: string;
      phases: [];
      registrationDeadline?: string;
      dossierDeadline?: string;
    } = { title: "T", periodFrom: "2025-01-01", periodTo: "2025-12-31", phases: [] };
    const shifted = shiftPlanYears(plan, 1);
    expect(shifted.registrationDeadline).toBeUndefined();
    expect(shifted.dossierDeadline).toBeUndefined();
  });

  it("says what was copied", () => {
    expect(
      copiedParts({
        bases: [1, 2],
        contents: [1],
        awardForms: [1, 2, 3],
        duties: [],
        recipients: [1],
        signerName: "",
        registrationDeadline: "2026-03",
        phases: [],
      }),
    ).toEqual([
      "2 căn cứ",
      "1 nội dung thi đua",
      "3 hình thức khen thưởng (tiêu chuẩn, hồ sơ)",
      "thời hạn đăng ký, nộp hồ sơ",
      "1 nơi nhận",
    ]);
  });
});
