import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ZPlanInput, type TPlan, type TPlanInput } from "@/schemas/plan";
import { amendPlan, createPlan, transitionPlan } from "@/server/data/plans";
import { findPlan } from "@/server/data/plan-reads";
import { planFormValues, toPlanDocument, toPlanInput } from "@/server/data/plan-mapping";
import { planOutline } from "@/domain/plans/plan-outline";
import { createActor, createTree } from "../support/factories";

// Dates as offices write them (issue 12, point 4): a period "từ ngày ban hành", deadlines and
// reviews known only by month or year, a plan that leaves the signer's name blank.

const plan = (over: Partial<TPlanInput> = {}): TPlan =>
  ZPlanInput.parse({
    kind: "ANNUAL",
    title: "Phát động phong trào thi đua thực hiện nhiệm vụ năm 2024",
    place: "Cổ Lễ",
    symbol: "KH-UBND",
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
    bases: [],
    purposes: ["Phát huy truyền thống yêu nước"],
    requirements: [],
    slogan: "",
    contents: ["Thi đua hoàn thành xuất sắc nhiệm vụ"],
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "Giấy khen của Chủ tịch UBND",
        authority: "Chủ tịch UBND",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: 3,
        subQuotas: [],
        criteria: ["Hoàn thành tốt nhiệm vụ"],
        cashValue: "",
        dossier: [],
      },
    ],
    registrationDeadline: "",
    dossierDeadline: "",
    phases: [],
    budgetSource: "",
    rewardRules: "",
    duties: [],
    recipients: ["Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Tuấn",
    ...over,
  });

const outlineText = (p: Parameters<typeof toPlanDocument>[0]) => JSON.stringify(planOutline(toPlanDocument(p)));

describe("a plan in force from the date of issue", () => {
  it("takes the issue date as its start (and year) when issued, and keeps it through an amendment", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const chair = await createActor(c1, ["CHAIR"]);
    // The form holds a provisional start (hidden behind the box); nothing is checked against it.
    const draft = await createPlan(
      officer,
      plan({ periodFromIssue: true, periodFrom: "2024-01-01", registrationDeadline: "2024-02-01" }),
    );
    expect(draft.periodFromIssue).toBe(true);
    expect(outlineText(draft)).toContain("Thời gian thực hiện: từ ngày ban hành đến ngày 31/12/2024.");

    await transitionPlan(officer, draft.id, "submit");
    const issued = await transitionPlan(chair, draft.id, "issue", { issuedOn: "2024-03-15" });
    expect(issued.periodFrom.toISOString().slice(0, 10)).toBe("2024-03-15");
    expect(issued).toMatchObject({ year: 2024, periodFromIssue: true, status: "ISSUED" });
    // The document still says what the plan says.
    expect(outlineText(issued)).toContain("từ ngày ban hành đến ngày 31/12/2024");

    // An amendment sent with the provisional start from the form keeps the issue date.
    const amended = await amendPlan(
      officer,
      draft.id,
      plan({ periodFromIssue: true, periodFrom: "2024-01-01", title: "Đổi tên kế hoạch" }),
      "Sửa tên kế hoạch",
      issued.rowVersion,
    );
    expect(amended.periodFrom.toISOString().slice(0, 10)).toBe("2024-03-15");
    expect(amended.title).toBe("Đổi tên kế hoạch");
  });

  it("cannot be issued after the day its period ends; nothing changes", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const chair = await createActor(c1, ["CHAIR"]);
    const draft = await createPlan(officer, plan({ periodFromIssue: true, periodTo: "2024-06-30" }));
    await transitionPlan(officer, draft.id, "submit");
    await expect(transitionPlan(chair, draft.id, "issue", { issuedOn: "2024-07-01" })).rejects.toMatchObject({
      kind: "conflict",
      fieldErrors: { issuedOn: "Ngày ban hành sau ngày kết thúc kế hoạch." },
    });
    const after = await db().plan.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after).toMatchObject({ status: "SUBMITTED", issuedOn: null });
    expect(after.periodFrom.toISOString().slice(0, 10)).toBe("2024-01-01");
  });

  it("a plan with a fixed start keeps it when issued", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const chair = await createActor(c1, ["CHAIR"]);
    const draft = await createPlan(officer, plan({ periodFrom: "2024-01-01" }));
    await transitionPlan(officer, draft.id, "submit");
    const issued = await transitionPlan(chair, draft.id, "issue", { issuedOn: "2024-03-15" });
    expect(issued.periodFrom.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(outlineText(issued)).toContain("từ ngày 01/01/2024 đến ngày 31/12/2024");
  });
});

describe("deadlines and reviews known only by month or year", () => {
  it("are stored as the period's last day with their precision, read back and printed as written", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(
      officer,
      plan({
        kind: "PHASE",
        periodFrom: "2021-01-01",
        periodTo: "2025-12-31",
        registrationDeadline: "tháng 2/2021",
        dossierDeadline: "năm 2025",
        phases: [
          { name: "Sơ kết", reviewDate: "tháng 6/2023" },
          { name: "Tổng kết", reviewDate: "năm 2025" },
        ],
      }),
    );
    const stored = await db().plan.findUniqueOrThrow({ where: { id: created.id }, include: { phases: true } });
    // The deadline falls at the END of the month or year the plan names.
    expect(stored.registrationDeadline?.toISOString().slice(0, 10)).toBe("2021-02-28");
    expect(stored.registrationDeadlinePrecision).toBe("MONTH");
    expect(stored.dossierDeadline?.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(stored.dossierDeadlinePrecision).toBe("YEAR");
    expect(
      stored.phases
        .sort((a, b) => a.position - b.position)
        .map((p) => [p.reviewDate.toISOString().slice(0, 10), p.reviewDatePrecision]),
    ).toEqual([
      ["2023-06-30", "MONTH"],
      ["2025-12-31", "YEAR"],
    ]);

    const read = await findPlan(officer, created.id);
    expect(toPlanInput(read)).toMatchObject({
      registrationDeadline: "2021-02",
      dossierDeadline: "2025",
      phases: [
        { name: "Sơ kết", reviewDate: "2023-06" },
        { name: "Tổng kết", reviewDate: "2025" },
      ],
    });
    // The edit form shows them as written, and what it shows parses back to the same dates.
    const values = planFormValues(read);
    expect(values).toMatchObject({
      registrationDeadline: "tháng 02/2021",
      dossierDeadline: "năm 2025",
      phases: [{ reviewDate: "tháng 06/2023" }, { reviewDate: "năm 2025" }],
    });
    expect(ZPlanInput.parse(values)).toMatchObject({ registrationDeadline: "2021-02", dossierDeadline: "2025" });

    const text = outlineText(read);
    expect(text).toContain("Thời hạn đăng ký thi đua: trong tháng 02/2021.");
    expect(text).toContain("Thời hạn nộp hồ sơ: trong năm 2025.");
    expect(text).toContain("Sơ kết: tháng 06/2023.");
    expect(text).toContain("Tổng kết: năm 2025.");
  });

  it("a day stays a day: 'trước ngày' as before", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(officer, plan({ registrationDeadline: "26/04/2024" }));
    const read = await findPlan(officer, created.id);
    expect(read.registrationDeadlinePrecision).toBe("DAY");
    expect(toPlanInput(read).registrationDeadline).toBe("2024-04-26");
    expect(outlineText(read)).toContain("Thời hạn đăng ký thi đua: trước ngày 26/04/2024.");
  });

  it("a month that ends after the plan's period is refused next to its field", () => {
    const result = ZPlanInput.safeParse({ ...plan(), registrationDeadline: "năm 2025" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ["registrationDeadline"],
        message: "Hạn đăng ký phải nằm trong thời gian thực hiện (01/01/2024 – 31/12/2024).",
      }),
    );
    const unreadable = ZPlanInput.safeParse({ ...plan(), dossierDeadline: "cuối năm" });
    expect(unreadable.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ["dossierDeadline"],
        message: "Nhập ngày (dd/mm/yyyy), hoặc tháng (tháng mm/yyyy), hoặc năm (năm yyyy).",
      }),
    );
  });
});

describe("a plan that leaves the signer's name blank", () => {
  it("is saved, and its document has the signature block without a name", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(officer, plan({ signerName: "" }));
    const read = await findPlan(officer, created.id);
    expect(read.signerName).toBe("");
    const outline = planOutline(toPlanDocument(read));
    expect(outline.signature).toEqual({ authority: ["TM. ỦY BAN NHÂN DÂN"], title: ["CHỦ TỊCH"], name: "" });
  });
});
