import { describe, expect, it } from "vitest";
import { ZIssueInput, ZPlanInput } from "@/schemas/plan";
import { notHeldBySchema, seedPlans, type SeedPlan } from "../../e2e/seed-plans";

const bySeed = (prefix: string): SeedPlan => {
  const s = seedPlans.find((p) => p.seedFile.startsWith(prefix));
  if (!s) throw new Error(`no seed ${prefix}`);
  return s;
};

const parse = (s: SeedPlan) => {
  const r = ZPlanInput.safeParse(s.plan);
  if (!r.success) console.error(s.seedFile, JSON.stringify(r.error.issues, null, 2));
  return r;
};

/** Every string in a value, with its path. */
function strings(v: unknown, path = ""): [string, string][] {
  if (typeof v === "string") return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => strings(x, path ? `${path}.${k}` : k));
  return [];
}

describe("seed plans (/work/shared/seeds)", () => {
  it("has the three seeds with their units and accounts", () => {
    expect(seedPlans.map((s) => [s.seedFile.slice(0, 3), s.unitCode, s.officerEmail, s.chairEmail])).toEqual([
      ["000", "14026", "canbo.cole@thidua.vn", "chutich.cole@thidua.vn"],
      ["001", "12004", "canbo.dinhdu@thidua.vn", "chutich.dinhdu@thidua.vn"],
      ["002", "694", "canbo.honquan@thidua.vn", "chutich.honquan@thidua.vn"],
    ]);
  });

  it.each(seedPlans.map((s) => [s.seedFile, s] as const))("%s parses with ZPlanInput", (_file, s) => {
    const r = parse(s);
    expect(r.success, r.success ? "" : JSON.stringify(r.error.issues, null, 2)).toBe(true);
  });

  it.each(seedPlans.map((s) => [s.seedFile, s] as const))(
    "%s has a number and date the issue step accepts",
    (_file, s) => {
      expect(ZIssueInput.safeParse({ number: s.number, issuedOn: s.issuedOn }).success).toBe(true);
      expect(s.issuedOn.slice(0, 4)).toBe("2024");
    },
  );

  it.each(seedPlans.map((s) => [s.seedFile, s] as const))(
    "%s is normalised text: no wrapped lines, doubled or edge spaces",
    (_file, s) => {
      const bad = strings(s.plan)
        .filter(([path]) => path !== "rewardRules") // paragraphs joined by "\n" on purpose
        .filter(([, t]) => t !== t.trim() || /\s{2,}|\n|\t/.test(t));
      expect(bad).toEqual([]);
      // No list marker left at the start of an item.
      expect(
        strings(s.plan).filter(([path, t]) => path !== "rewardRules" && /^(- |\+ |\d+\. |[a-z][).] )/.test(t)),
      ).toEqual([]);
    },
  );

  it("000 Cổ Lễ: title, slogan, six contents, forms, dossier deadline", () => {
    const s = bySeed("000");
    const p = parse(s);
    expect(p.success).toBe(true);
    if (!p.success) return;
    const plan = p.data;
    expect(plan.kind).toBe("ANNUAL");
    expect(plan.title).toBe(
      "Phát động phong trào thi đua thực hiện nhiệm vụ công tác Cải cách hành chính thị trấn Cổ Lễ năm 2024",
    );
    expect(plan.place).toBe("Cổ Lễ");
    expect(plan.bases.map((b) => b.text)).toEqual([
      "Kế hoạch số 125/KH-UBND ngày 28/10/2021 của UBND tỉnh về phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính tỉnh Nam Định giai đoạn 2021-2025”",
      "Kế hoạch số 25/KH-UBND ngày 20/02/2024 của UBND huyện Trực Ninh về việc phát động và triển khai phong trào thi đua thực hiện nhiệm vụ cải cách hành chính năm 2024",
      "Kế hoạch số 08/KH-UBND ngày 15/01/2024 của UBND thị trấn về cải cách hành chính năm 2024",
    ]);
    expect(plan.slogan).toMatch(/^“Đẩy mạnh cải cách hành chính; .* trách nhiệm”\.$/);
    expect(plan.purposes).toHaveLength(3);
    expect(plan.requirements).toHaveLength(4);
    expect(plan.contents).toHaveLength(6);
    expect(plan.periodFrom).toBe(s.issuedOn); // "từ ngày UBND thị trấn ban hành kế hoạch"
    expect(plan.periodTo).toBe("2024-12-31");
    expect(plan.registrationDeadline).toBeUndefined();
    expect(plan.dossierDeadline).toBe("2024-11-10");
    expect(plan.awardForms.map((f) => [f.name, f.conferral, f.recipientKind])).toEqual([
      ["Giấy khen của Chủ tịch UBND thị trấn", "OWN", "COLLECTIVE"],
      ["Giấy khen của Chủ tịch UBND thị trấn", "OWN", "INDIVIDUAL"],
      ["Giấy khen của Chủ tịch UBND huyện", "PROPOSED", "INDIVIDUAL"],
      ["Danh hiệu “Chiến sỹ thi đua cơ sở”", "PROPOSED", "INDIVIDUAL"],
    ]);
    for (const f of plan.awardForms) {
      expect(f.dossier).toHaveLength(4);
      expect(f.dossier[2]).toEqual({
        name: "Báo cáo thành tích của các tập thể, cá nhân được đề nghị khen thưởng",
        template: "Mẫu số 03, Nghị định 98/2023/NĐ-CP",
        copies: 1,
      });
    }
    expect(plan.duties.map((d) => d.assignee)).toEqual([
      "Công chức Văn phòng - thống kê",
      "Công chức Văn hóa - xã hội",
      "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội thị trấn",
    ]);
    expect(plan.recipients).toHaveLength(8);
    expect(plan.recipients.at(-1)).toBe("Lưu: VT");
    // The original's typo survives (in the text the schema cannot hold).
    expect(notHeldBySchema[s.seedFile]!.some((n) => n.text.includes("kinh tế - thị trấn hội"))).toBe(true);
  });

  it("001 Đình Dù: date, four contents, registration and dossier deadlines, principles", () => {
    const s = bySeed("001");
    const p = parse(s);
    expect(p.success).toBe(true);
    if (!p.success) return;
    const plan = p.data;
    expect(s.issuedOn).toBe("2024-04-16");
    expect(plan.kind).toBe("ANNUAL");
    expect(plan.title).toBe("Phát động phong trào thi đua cải cách hành chính năm 2024");
    expect(plan.place).toBe("Đình Dù");
    expect(plan.contents).toHaveLength(4);
    expect(plan.registrationDeadline).toBe("2024-04-26");
    expect(plan.dossierDeadline).toBe("2024-12-10");
    expect(plan.rewardRules).toContain("Không khen thưởng đối với những tập thể, cá nhân đang bị kỷ luật");
    const proposed = plan.awardForms.filter((f) => f.conferral === "PROPOSED");
    expect(proposed.map((f) => f.recipientKind)).toEqual(["COLLECTIVE", "INDIVIDUAL"]);
    for (const f of proposed)
      expect(f.dossier.map((d) => d.name)).toContain("Biên bản và kết quả bỏ phiếu của Hội đồng thi đua, khen thưởng");
    for (const f of plan.awardForms.filter((f) => f.conferral === "OWN")) expect(f.dossier).toEqual([]);
    expect(plan.duties).toHaveLength(3);
    expect(plan.signerName).toBe("Trần Quang Huy");
  });

  it("002 Hớn Quản: thematic, quotas 05 collectives and 10 individuals, no deadlines", () => {
    const s = bySeed("002");
    const p = parse(s);
    expect(p.success).toBe(true);
    if (!p.success) return;
    const plan = p.data;
    expect(plan.kind).toBe("THEMATIC");
    expect(plan.title).toBe(
      "Phát động phong trào thi đua theo chuyên đề “Thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính trên địa bàn huyện Hớn Quản năm 2024”",
    );
    expect(plan.contents).toHaveLength(4);
    expect(plan.awardForms.map((f) => [f.name, f.authority, f.conferral, f.recipientKind, f.quota])).toEqual([
      ["Giấy khen của Chủ tịch UBND huyện", "Chủ tịch UBND huyện Hớn Quản", "OWN", "COLLECTIVE", 5],
      ["Giấy khen của Chủ tịch UBND huyện", "Chủ tịch UBND huyện Hớn Quản", "OWN", "INDIVIDUAL", 10],
    ]);
    expect(plan.awardForms[0]!.criteria).toHaveLength(5);
    expect(plan.awardForms[0]!.criteria.join(" ")).toContain("(Par Index)");
    expect(plan.awardForms[0]!.criteria.join(" ")).toContain(
      "có lãnh đạo chủ chốt bị kỷ luật từ mức khiển trách trở lên",
    );
    expect(plan.awardForms[1]!.criteria).toHaveLength(5);
    expect(plan.awardForms.every((f) => f.dossier.length === 3 && f.dossier.every((d) => d.copies === 1))).toBe(true);
    expect(plan.registrationDeadline).toBeUndefined();
    expect(plan.dossierDeadline).toBeUndefined();
    expect(plan.budgetSource).toBe("Từ nguồn quỹ Thi đua - Khen thưởng của huyện.");
    expect(plan.duties.map((d) => d.assignee)[0]).toBe("Phòng Nội vụ");
    expect(plan.duties).toHaveLength(4);
    expect(plan.signerName).toBe("Vũ Xuân Trường");
  });
});

describe("a plan as the browser sends it", () => {
  it("takes a new award form's empty hidden id as 'not saved yet', and refuses a forged one", () => {
    const plan = seedPlans[0]!.plan;
    const withIds = (id: unknown) => ({ ...plan, awardForms: plan.awardForms.map((f) => ({ ...f, id })) });
    const fresh = ZPlanInput.safeParse(withIds(""));
    expect(fresh.success).toBe(true);
    expect(fresh.data!.awardForms.every((f) => f.id === undefined)).toBe(true);
    expect(ZPlanInput.safeParse(withIds("x'; drop table")).success).toBe(false);
  });
});
