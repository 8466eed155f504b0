import { describe, expect, it } from "vitest";
import { availablePlanActions, decidePlanAction, isPublished } from "@/domain/plans/lifecycle";
import { formatDocumentNumber, nextDocumentNumber } from "@/domain/plans/numbering";

describe("plan lifecycle (issue 3: draft → submitted → issued → in progress → closed)", () => {
  it("lets officers draft and submit, and only the chairperson issue (NĐ 30/2020, Điều 13: the head signs)", () => {
    expect(decidePlanAction("submit", "DRAFT", ["OFFICER"])).toEqual({ ok: true, to: "SUBMITTED" });
    expect(decidePlanAction("issue", "SUBMITTED", ["OFFICER"])).toEqual({
      ok: false,
      reason: "Chỉ Chủ tịch (người đứng đầu) đơn vị mới được ban hành kế hoạch.",
    });
    expect(decidePlanAction("issue", "SUBMITTED", ["CHAIR"])).toEqual({ ok: true, to: "ISSUED" });
    expect(decidePlanAction("issue", "DRAFT", ["CHAIR"]).ok).toBe(true);
    expect(decidePlanAction("issue", "SUBMITTED", ["ADMIN", "REVIEWER", "COUNCIL_MEMBER"]).ok).toBe(false);
  });
  it("makes an issued plan read-only except by amendment", () => {
    expect(decidePlanAction("edit", "ISSUED", ["CHAIR"])).toMatchObject({ ok: false });
    expect(decidePlanAction("amend", "ISSUED", ["OFFICER"])).toEqual({ ok: true, to: null });
    expect(decidePlanAction("amend", "CLOSED", ["CHAIR"]).ok).toBe(false);
    expect(decidePlanAction("issue", "ISSUED", ["CHAIR"])).toEqual({
      ok: false,
      reason: "Không thể ban hành kế hoạch đang ở trạng thái đã ban hành.",
    });
  });
  it("offers each role only what it may do", () => {
    expect(availablePlanActions("DRAFT", ["OFFICER"])).toEqual(["edit", "submit"]);
    expect(availablePlanActions("SUBMITTED", ["CHAIR"])).toEqual(["edit", "return", "issue"]);
    expect(availablePlanActions("ISSUED", ["REVIEWER"])).toEqual([]);
  });
  it("publishes from issue on", () => {
    expect(isPublished("DRAFT")).toBe(false);
    expect(isPublished("SUBMITTED")).toBe(false);
    expect(isPublished("ISSUED")).toBe(true);
    expect(isPublished("CLOSED")).toBe(true);
  });
});

describe("document numbers (NĐ 30/2020/NĐ-CP, Phụ lục I: số, ký hiệu của văn bản)", () => {
  it("pads numbers below 10 and continues after the highest used this year", () => {
    expect(formatDocumentNumber(5)).toBe("05");
    expect(formatDocumentNumber(25)).toBe("25");
    expect(nextDocumentNumber([])).toBe("01");
    expect(nextDocumentNumber(["05", "12", "7"])).toBe("13");
  });
});
