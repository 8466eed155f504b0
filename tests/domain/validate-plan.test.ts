import { describe, expect, it } from "vitest";
import { planDateProblems, quotaProblems } from "@/domain/plans/validate-plan";

const base = { kind: "ANNUAL" as const, periodFrom: "2024-01-01", periodTo: "2024-12-31", phases: [] };

describe("plan dates", () => {
  it("accepts the deadlines of seed 001 (registration 26/04, dossier 10/12/2024)", () => {
    expect(planDateProblems({ ...base, registrationDeadline: "2024-04-26", dossierDeadline: "2024-12-10" })).toEqual(
      [],
    );
  });
  it("refuses a deadline after the period ends, next to the deadline field", () => {
    expect(planDateProblems({ ...base, dossierDeadline: "2025-01-10" })).toEqual([
      {
        path: ["dossierDeadline"],
        message: "Hạn nộp hồ sơ phải nằm trong thời gian thực hiện (01/01/2024 – 31/12/2024).",
      },
    ]);
  });
  it("refuses a period that ends before it starts and a dossier deadline before registration closes", () => {
    expect(planDateProblems({ ...base, periodTo: "2023-12-31" }).map((p) => p.path)).toEqual([["periodTo"]]);
    expect(
      planDateProblems({ ...base, registrationDeadline: "2024-05-01", dossierDeadline: "2024-04-01" }).map(
        (p) => p.message,
      ),
    ).toEqual(["Hạn nộp hồ sơ phải sau hạn đăng ký."]);
  });
  it("keeps interim and final reviews (sơ kết, tổng kết) for multi-year phases, inside the phase", () => {
    const phase = { ...base, kind: "PHASE" as const, periodFrom: "2021-01-01", periodTo: "2030-12-31" };
    expect(
      planDateProblems({ ...phase, phases: [{ reviewDate: "2025-10-15" }, { reviewDate: "2030-11-30" }] }),
    ).toEqual([]);
    expect(planDateProblems({ ...phase, phases: [{ reviewDate: "2031-01-15" }] }).map((p) => p.path)).toEqual([
      ["phases", 0, "reviewDate"],
    ]);
    expect(planDateProblems({ ...base, phases: [{ reviewDate: "2024-06-01" }] }).map((p) => p.path)).toEqual([
      ["phases"],
    ]);
  });
});

describe("quotas and sub-quotas", () => {
  it("accepts seed 002's quota and a split that fits (1 for a department, 2 for communes)", () => {
    expect(quotaProblems({ quota: 5, subQuotas: [] })).toEqual([]);
    expect(quotaProblems({ quota: 3, subQuotas: [{ quota: 1 }, { quota: 2 }] })).toEqual([]);
  });
  it("refuses sub-quotas that add up to more than the quota", () => {
    expect(quotaProblems({ quota: 2, subQuotas: [{ quota: 1 }, { quota: 2 }] })).toEqual([
      { path: ["subQuotas"], message: "Tổng các nhóm (3) vượt số lượng khen thưởng (2)." },
    ]);
  });
  it("needs a total when the quota is split", () => {
    expect(quotaProblems({ subQuotas: [{ quota: 1 }] })[0]!.path).toEqual(["quota"]);
  });
});

describe("the plan schema reports every problem at once", () => {
  it("shows a deadline outside the period even when a quota is also wrong", async () => {
    const { ZPlanInput } = await import("@/schemas/plan");
    const result = ZPlanInput.safeParse({
      kind: "ANNUAL",
      title: "Kế hoạch",
      place: "Cổ Lễ",
      symbol: "KH-UBND",
      periodFrom: "2024-01-01",
      periodTo: "2024-12-31",
      bases: [],
      purposes: ["Mục đích"],
      requirements: [],
      slogan: "",
      contents: ["Nội dung"],
      participantCollectives: [],
      participantIndividuals: [],
      awardForms: [
        {
          name: "Giấy khen",
          authority: "Chủ tịch",
          conferral: "OWN",
          recipientKind: "INDIVIDUAL",
          quota: -1,
          subQuotas: [],
          criteria: ["Tiêu chuẩn"],
          cashValue: "",
          dossier: [],
        },
      ],
      registrationDeadline: "",
      dossierDeadline: "2025-01-15",
      phases: [],
      budgetSource: "",
      rewardRules: "",
      duties: [],
      recipients: ["Lưu: VT"],
      signerAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: "Người Ký",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["awardForms.0.quota", "dossierDeadline"]);
  });
});

describe("awards of a multi-year phase (sơ kết 2025, tổng kết 2030, each with its own awards)", () => {
  it("ties an award form to one of the plan's reviews, or to the whole plan", async () => {
    const { phaseProblems } = await import("@/domain/plans/validate-plan");
    const phases = [{ name: "Sơ kết năm 2025" }, { name: "Tổng kết năm 2030" }];
    expect(phaseProblems({ phases, awardForms: [{ phase: "Sơ kết năm 2025" }, { phase: "" }] })).toEqual([]);
    expect(phaseProblems({ phases, awardForms: [{ phase: "Sơ kết năm 2027" }] })).toEqual([
      { path: ["awardForms", 0, "phase"], message: "Chọn một đợt sơ kết, tổng kết của kế hoạch." },
    ]);
  });
  it("lets a form recurring at reviews list only some of them, each one of the plan's", async () => {
    const { phaseProblems } = await import("@/domain/plans/validate-plan");
    const phases = [{ name: "Sơ kết năm 2025" }, { name: "Tổng kết năm 2030" }];
    const atFinal = { phase: "", recurrence: "AT_REVIEWS", reviews: ["Tổng kết năm 2030"] };
    expect(phaseProblems({ phases, awardForms: [atFinal] })).toEqual([]);
    expect(phaseProblems({ phases, awardForms: [{ ...atFinal, reviews: ["Tổng kết năm 2035"] }] })).toEqual([
      {
        path: ["awardForms", 0, "reviews"],
        message: 'Kế hoạch không có đợt sơ kết, tổng kết "Tổng kết năm 2035": chọn lại các đợt được khen thưởng.',
      },
    ]);
  });
  it("prints each review's forms apart", async () => {
    const { planOutline } = await import("@/domain/plans/plan-outline");
    const { ZPlanInput } = await import("@/schemas/plan");
    const form = {
      name: "Giấy khen của Chủ tịch UBND tỉnh",
      authority: "Chủ tịch UBND tỉnh",
      conferral: "OWN",
      recipientKind: "COLLECTIVE",
      quota: 5,
      subQuotas: [],
      criteria: ["Tiêu biểu"],
      cashValue: "",
      dossier: [],
    };
    const plan = ZPlanInput.parse({
      kind: "PHASE",
      title: "Đẩy mạnh cải cách hành chính giai đoạn 2021-2030",
      place: "Nam Định",
      symbol: "KH-UBND",
      periodFrom: "2021-01-01",
      periodTo: "2030-12-31",
      bases: [],
      purposes: ["Mục đích"],
      requirements: [],
      slogan: "",
      contents: ["Nội dung"],
      participantCollectives: [],
      participantIndividuals: [],
      awardForms: [
        { ...form, phase: "Sơ kết năm 2025" },
        { ...form, quota: 10, phase: "Tổng kết năm 2030" },
      ],
      registrationDeadline: "",
      dossierDeadline: "",
      phases: [
        { name: "Sơ kết năm 2025", reviewDate: "2025-10-15" },
        { name: "Tổng kết năm 2030", reviewDate: "2030-11-30" },
      ],
      budgetSource: "",
      rewardRules: "",
      duties: [],
      recipients: ["Lưu: VT"],
      signerAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: "Người Ký",
    });
    const text = JSON.stringify(
      planOutline({ ...plan, issuer: { name: "Tỉnh Nam Định", parentName: null }, number: null, issuedOn: null }),
    );
    expect(text).toContain("Giấy khen của Chủ tịch UBND tỉnh – khen thưởng dịp Sơ kết năm 2025");
    expect(text).toContain("Giấy khen của Chủ tịch UBND tỉnh – khen thưởng dịp Tổng kết năm 2030");
  });
});

describe("plan dates as offices write them", () => {
  it("a plan 'từ ngày ban hành' checks its deadlines against the period's end only", () => {
    expect(
      planDateProblems({
        ...base,
        periodFromIssue: true,
        periodFrom: "2024-06-01",
        registrationDeadline: "2024-02-01",
      }),
    ).toEqual([]);
    expect(planDateProblems({ ...base, periodFromIssue: true, dossierDeadline: "2025-01-10" })).toEqual([
      {
        path: ["dossierDeadline"],
        message: "Hạn nộp hồ sơ phải nằm trong thời gian thực hiện (ngày ban hành – 31/12/2024).",
      },
    ]);
  });
  it("a deadline or review by month or year counts from the end of that month or year", () => {
    // "tháng 12/2024" ends on 31/12/2024, inside the period; "năm 2025" ends after it.
    expect(planDateProblems({ ...base, registrationDeadline: "2024-03", dossierDeadline: "2024-12" })).toEqual([]);
    expect(planDateProblems({ ...base, dossierDeadline: "2025" })).toHaveLength(1);
    // A dossier due on 15/03 falls before a registration due "in March" (31/03).
    expect(planDateProblems({ ...base, registrationDeadline: "2024-03", dossierDeadline: "2024-03-15" })).toEqual([
      { path: ["dossierDeadline"], message: "Hạn nộp hồ sơ phải sau hạn đăng ký." },
    ]);
    const phase = { ...base, kind: "PHASE" as const, periodFrom: "2021-01-01", periodTo: "2025-12-31" };
    expect(planDateProblems({ ...phase, phases: [{ reviewDate: "2023" }, { reviewDate: "2025-12" }] })).toEqual([]);
    expect(planDateProblems({ ...phase, phases: [{ reviewDate: "2026" }] })).toEqual([
      { path: ["phases", 0, "reviewDate"], message: "Ngày sơ kết/tổng kết phải nằm trong giai đoạn." },
    ]);
  });
});
