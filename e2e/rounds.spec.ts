import type { TPlanInput } from "../src/schemas/plan";
import { expect, test, signInAs } from "./fixtures";
import type { Page } from "@playwright/test";
import { fillPlanForm, openStep, signOut } from "./plan-form";
import { seedPlans, type SeedPlan } from "./seed-plans";

/**
 * Issue 12, award rounds and sub-quotas, as a district office lives them: Huyện Hớn Quản issues a
 * ten-year plan (2021–2030) whose Giấy khen is given every year and at the sơ kết of 2021–2025,
 * "03 tập thể, trong đó 01 ban, phòng, ngành và 02 xã, phường". The quota board shows one round
 * per year plus the sơ kết; one year's round is allocated 1 department (the district itself) + 2
 * communes, and a second place in the department group is refused naming the group.
 * Its own plan (own title, number 91): the seed's plans other specs use are left alone.
 */

const honQuan = seedPlans.find((s) => s.unitCode === "694")!;
const FORM = "Giấy khen của Chủ tịch UBND huyện";
const DEPARTMENTS = "Ban, phòng, ngành";
const COMMUNES = "Xã, phường";
const REVIEW = "Sơ kết giai đoạn 2021–2025";

const tenYearPlan: TPlanInput = {
  ...honQuan.plan,
  kind: "PHASE",
  title: "Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” huyện Hớn Quản giai đoạn 2021–2030",
  periodFrom: "2021-03-01",
  periodTo: "2030-12-31",
  registrationDeadline: "",
  dossierDeadline: "",
  phases: [{ name: REVIEW, reviewDate: "tháng 12/2025" }],
  awardForms: [
    {
      name: FORM,
      authority: "Chủ tịch UBND huyện",
      conferral: "OWN",
      recipientKind: "COLLECTIVE",
      quota: 3,
      subQuotas: [
        { category: DEPARTMENTS, quota: 1 },
        { category: COMMUNES, quota: 2 },
      ],
      criteria: ["Dẫn đầu phong trào xây dựng nông thôn mới trong năm."],
      dossier: [{ name: "Báo cáo thành tích của tập thể", template: "", copies: 1 }],
    },
  ],
};

const seed: SeedPlan = { ...honQuan, number: "91", issuedOn: "2021-03-01", plan: tenYearPlan };

test("a ten-year plan given yearly and at its sơ kết: a round per year, groups held at allocation", async ({
  page,
}) => {
  test.slow();
  test.setTimeout(600_000);

  // The officer drafts (the form set to recur), the chair issues.
  const planUrl = await draftAndIssueRecurring(page);
  await signOut(page);

  // Phòng Nội vụ opens the quota board: one round per year of the period and the sơ kết.
  await signInAs(page, "noivu.honquan@thidua.vn");
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Chỉ tiêu khen thưởng và gia hạn hồ sơ" }).click();
  const rounds = page.getByRole("navigation", { name: "Đợt khen thưởng" });
  for (let year = 2021; year <= 2030; year++)
    await expect(rounds.getByRole("link", { name: `Năm ${year}`, exact: true })).toBeVisible();
  await expect(rounds.getByRole("link", { name: REVIEW })).toBeVisible();

  await rounds.getByRole("link", { name: "Năm 2024", exact: true }).click();
  await expect(rounds.getByRole("link", { name: "Năm 2024", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(
    page.getByRole("heading", { level: 2, name: new RegExp(`^${FORM} – Tập thể · Năm 2024 · chỉ tiêu 3`) }),
  ).toContainText(`${DEPARTMENTS}: 1; ${COMMUNES}: 2`);

  const formName = `${FORM} – Tập thể`;
  const allocation = page.getByRole("form", { name: `Phân bổ: ${formName}` });
  const cell = (unit: string, group: string) =>
    allocation.getByLabel(`Phân bổ cho ${unit}, nhóm ${group} (${formName})`);

  // Two places in the department group (the district's own and a commune's) against its 01: refused, naming the group.
  await cell("Huyện Hớn Quản", DEPARTMENTS).fill("1");
  await cell("Thị trấn Tân Khai", DEPARTMENTS).fill("1");
  await allocation.getByRole("button", { name: /Lưu phân bổ/ }).click();
  await expect(allocation.getByText(`Phân bổ cho nhóm "${DEPARTMENTS}" (2) vượt chỉ tiêu của nhóm (1).`)).toBeVisible({
    timeout: 30_000,
  });
  // What was typed is kept.
  await expect(cell("Thị trấn Tân Khai", DEPARTMENTS)).toHaveValue("1");

  // 1 department + 2 communes: saved.
  await cell("Thị trấn Tân Khai", DEPARTMENTS).fill("");
  await cell("Thị trấn Tân Khai", COMMUNES).fill("1");
  await cell("Xã Thanh An", COMMUNES).fill("1");
  await allocation.getByRole("button", { name: /Lưu phân bổ/ }).click();
  await expect(allocation.getByText("Đã lưu phân bổ.")).toBeVisible({ timeout: 30_000 });

  // The allocation belongs to 2024's round only: 2025's round is still unallocated.
  await page.reload();
  await expect(cell("Xã Thanh An", COMMUNES)).toHaveValue("1");
  await rounds.getByRole("link", { name: "Năm 2025", exact: true }).click();
  await expect(rounds.getByRole("link", { name: "Năm 2025", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(cell("Xã Thanh An", COMMUNES)).toHaveValue("");
});

/** draftAndIssue, with the award form set to recur ("Lặp lại") between filling and saving. */
async function draftAndIssueRecurring(page: Page): Promise<string> {
  await signInAs(page, seed.officerEmail);
  await page.goto("/ke-hoach/moi");
  await fillPlanForm(page, seed.plan);
  await openStep(page, "Hình thức khen thưởng");
  const group = page.getByRole("group", { name: "Hình thức khen thưởng 1" });
  await group.getByLabel("Lặp lại").selectOption({ label: "Hằng năm và tại các đợt sơ kết, tổng kết" });
  await group.getByLabel("Hạn nộp hồ sơ mỗi năm (ngày/tháng)").fill("15/12");
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: seed.plan.title })).toBeVisible({ timeout: 60_000 });
  const planUrl = page.url();
  await page.getByRole("button", { name: "Trình ký" }).click();
  await expect(page.getByText("Chờ ký ban hành")).toBeVisible();
  await signOut(page);

  await signInAs(page, seed.chairEmail);
  await page.goto(planUrl);
  await page.getByLabel("Số văn bản").fill(seed.number);
  await page.getByLabel("Ngày ban hành").fill(seed.issuedOn);
  await page.getByRole("button", { name: "Ký ban hành" }).click();
  await expect(page.getByText("Đã ban hành", { exact: true })).toBeVisible({ timeout: 60_000 });
  return planUrl;
}
