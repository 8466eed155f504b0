import { describe, expect, it } from "vitest";
import {
  canEditRegistration,
  decideRegistration,
  endOfVietnamDay,
  registrationWindow,
} from "@/domain/registration/rules";
import { registrationWarnings } from "@/domain/registration/warnings";
import { registrationCounts } from "@/domain/registration/aggregate";
import { disciplineReasons } from "@/domain/eligibility/discipline";

describe("registration window (deadline counted in Asia/Ho_Chi_Minh)", () => {
  const w = { deadline: "2024-04-26", reopenedUntil: null, planPublished: true };
  it("closes at the end of the deadline day in Vietnam, not in UTC", () => {
    expect(endOfVietnamDay("2024-04-26").toISOString()).toBe("2024-04-26T16:59:59.999Z");
    expect(registrationWindow(w, new Date("2024-04-26T16:59:00Z"))).toEqual({ open: true });
    expect(registrationWindow(w, new Date("2024-04-26T17:00:00Z"))).toMatchObject({
      open: false,
      reason: expect.stringContaining("26/04/2024"),
    });
  });
  it("reopens until the day the issuing unit chose, and is closed before a plan is issued", () => {
    expect(registrationWindow({ ...w, reopenedUntil: "2024-05-10" }, new Date("2024-05-10T10:00:00Z"))).toEqual({
      open: true,
    });
    expect(registrationWindow({ ...w, reopenedUntil: "2024-05-10" }, new Date("2024-05-11T10:00:00Z")).open).toBe(
      false,
    );
    expect(registrationWindow({ ...w, planPublished: false }, new Date("2024-01-01T00:00:00Z"))).toEqual({
      open: false,
      reason: "Kế hoạch chưa ban hành nên chưa nhận đăng ký.",
    });
  });
  it("has no deadline when the plan sets none", () => {
    expect(registrationWindow({ ...w, deadline: null }, new Date("2030-01-01T00:00:00Z"))).toEqual({ open: true });
  });
});

describe("registration states: not sent → sent → returned / approved", () => {
  it("moves along the allowed transitions only", () => {
    expect(decideRegistration("send", "NOT_SENT")).toEqual({ ok: true, to: "SENT" });
    expect(decideRegistration("send", "RETURNED")).toEqual({ ok: true, to: "SENT" });
    expect(decideRegistration("approve", "SENT")).toEqual({ ok: true, to: "APPROVED" });
    expect(decideRegistration("return", "SENT")).toEqual({ ok: true, to: "RETURNED" });
    expect(decideRegistration("approve", "NOT_SENT")).toEqual({
      ok: false,
      reason: "Không thể duyệt bản đăng ký chưa gửi.",
    });
    expect(decideRegistration("send", "APPROVED").ok).toBe(false);
  });
  it("is editable before sending and after being returned", () => {
    expect(["NOT_SENT", "SENT", "RETURNED", "APPROVED"].filter((s) => canEditRegistration(s as "SENT"))).toEqual([
      "NOT_SENT",
      "RETURNED",
    ]);
  });
});

describe("eligibility warnings at registration (NĐ 98/2023/NĐ-CP, Điều 4; Luật TĐKT 2022 for nominee kinds)", () => {
  const items = [
    { code: "LDTT", name: "Lao động tiên tiến", nominee: ["INDIVIDUAL"] as const, article: "Luật TĐKT 2022, Điều 24" },
    {
      code: "TTLDXS",
      name: "Tập thể lao động xuất sắc",
      nominee: ["COLLECTIVE"] as const,
      article: "Luật TĐKT 2022, Điều 27",
    },
  ];
  it("warns when a title is for the other kind of nominee", () => {
    expect(registrationWarnings({ kind: "COLLECTIVE", items: ["LDTT"], disciplines: [] }, items, "2024-05-01")).toEqual(
      [
        {
          code: "WRONG_NOMINEE_KIND",
          message: '"Lao động tiên tiến" chỉ xét cho cá nhân, không cho tập thể.',
          article: "Luật TĐKT 2022, Điều 24",
        },
      ],
    );
  });
  it("warns while discipline is in effect or being considered, not before or after", () => {
    const decided = { status: "DECIDED" as const, effectiveFrom: "2024-03-01", effectiveTo: "2025-02-28" };
    expect(disciplineReasons([decided], "2024-05-01").map((r) => r.code)).toEqual(["UNDER_DISCIPLINE"]);
    expect(disciplineReasons([decided], "2025-03-01")).toEqual([]);
    expect(disciplineReasons([decided], "2024-02-29")).toEqual([]);
    expect(
      disciplineReasons(
        [{ status: "UNDER_CONSIDERATION", effectiveFrom: "2024-04-01", effectiveTo: null }],
        "2024-05-01",
      ).map((r) => r.code),
    ).toEqual(["DISCIPLINE_PENDING"]);
  });
  it("says nothing for a line with no marks", () => {
    expect(
      registrationWarnings(
        {
          kind: "INDIVIDUAL",
          items: [],
          disciplines: [{ status: "DECIDED", effectiveFrom: "2024-01-01", effectiveTo: null }],
        },
        items,
        "2024-05-01",
      ),
    ).toEqual([]);
  });
});

describe("aggregate counts", () => {
  it("counts collectives and individuals per title or form", () => {
    expect(
      registrationCounts([{ items: ["GK", "BK"] }, { items: ["GK"] }, { items: ["X"] }], ["GK", "BK", "LDTT"]),
    ).toEqual({ GK: 2, BK: 1, LDTT: 0 });
  });
});
