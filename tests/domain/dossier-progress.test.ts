import { describe, expect, it } from "vitest";
import { dossierProgress, dossierProgressText } from "@/domain/nominations/dossier-progress";
import { dossierProblems } from "@/domain/nominations/batch-rules";

describe("a dossier's progress against the documents the plan lists for the form (its dossier list)", () => {
  it("counts filed and accepted documents, not missing nor those sent back for correction", () => {
    const documents = [
      { name: "Báo cáo thành tích", state: "UPLOADED" as const },
      { name: "Biên bản họp xét", state: "ACCEPTED" as const },
      { name: "Sáng kiến", state: "MISSING" as const },
      { name: "Xác nhận", state: "NEEDS_CORRECTION" as const },
    ];
    expect(dossierProgress(documents)).toEqual({ filed: 2, total: 4 });
    expect(dossierProgressText(dossierProgress(documents))).toBe("2/4 giấy tờ đã nộp");
    // What is left to do is exactly what blocks sending.
    expect(dossierProblems([{ label: "A", documents }])).toHaveLength(4 - 2);
  });
  it("a form that asks for no document is complete at 0/0", () => {
    expect(dossierProgressText(dossierProgress([]))).toBe("0/0 giấy tờ đã nộp");
  });
});
