import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_FILES_PER_DOCUMENT, fileCapProblem } from "@/domain/nominations/dossier-limits";

/** Files per dossier document: an installation's guard (DOSSIER_MAX_FILES), no article of the law sets one. */
describe("files per dossier document", () => {
  it("defaults to five", () => {
    expect(DEFAULT_MAX_FILES_PER_DOCUMENT).toBe(5);
  });
  it("takes files up to the cap and refuses the next, naming the document", () => {
    expect(fileCapProblem({ document: "Báo cáo thành tích", files: 4, max: 5 })).toBeNull();
    expect(fileCapProblem({ document: "Báo cáo thành tích", files: 5, max: 5 })).toBe(
      "“Báo cáo thành tích” đã có 5 tệp: mỗi giấy tờ tối đa 5 tệp. Hãy gộp các trang thành một tệp PDF.",
    );
    expect(fileCapProblem({ document: "Biên bản", files: 309, max: 5 })).toContain("đã có 309 tệp");
  });
});
