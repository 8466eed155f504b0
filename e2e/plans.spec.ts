import fs from "node:fs";
import type { Page } from "@playwright/test";
import { readDocxText } from "../tests/support/docx-text";
import { expect, test, expectAccessible, signInAs } from "./fixtures";
import { draftAndIssue, fillPlanForm, openStep } from "./plan-form";
import { seedPlans, type SeedPlan } from "./seed-plans";

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const viDate = (iso: string) => iso.split("-").reverse().join("/");

/** Downloads the .docx and checks it carries the seed's essential content. */
async function expectExportMatchesSeed(page: Page, seed: SeedPlan) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải về (.docx)" }).click(),
  ]);
  const { paragraphs } = await readDocxText(fs.readFileSync(await download.path()));
  const text = paragraphs.join("\n");
  const p = seed.plan;
  expect(text).toContain("KẾ HOẠCH");
  expect(text).toContain(p.title);
  expect(text).toContain(`Số: ${pad(Number(seed.number))}/${p.symbol}`);
  for (const basis of p.bases) expect(text).toContain(basis.text);
  for (const content of p.contents) expect(text).toContain(content);
  for (const form of p.awardForms) {
    expect(text).toContain(form.name);
    for (const criterion of form.criteria) expect(text).toContain(criterion);
    for (const d of form.dossier) expect(text).toContain(d.name);
  }
  const quotas = p.awardForms.filter((f) => f.quota !== "" && f.quota !== undefined);
  for (const f of quotas)
    expect(text).toContain(`${pad(Number(f.quota))} ${f.recipientKind === "COLLECTIVE" ? "tập thể" : "cá nhân"}`);
  if (p.registrationDeadline) expect(text).toContain(viDate(p.registrationDeadline));
  if (p.dossierDeadline) expect(text).toContain(viDate(p.dossierDeadline));
  expect(text).toContain(p.signerName);
}

test.describe.configure({ mode: "serial" });

/** The commune's draft built by the cascade test, edited by the next one. */
let cascadedPlanUrl = "";

for (const seed of seedPlans) {
  test(`seed ${seed.seedFile}: drafted through the UI, issued by the chair, exported as the seed reads`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await draftAndIssue(page, seed);
    await expectAccessible(page);
    await expectExportMatchesSeed(page, seed);
  });
}

test("a commune cascades its own plan from the district's issued plan (seed 002, Hớn Quản → Tân Khai)", async ({
  page,
}) => {
  const district = seedPlans.find((s) => s.unitCode === "694")!;
  await signInAs(page, "canbo.tankhai@thidua.vn");
  await page.goto("/ke-hoach?q=" + encodeURIComponent(district.plan.title.slice(0, 40)));
  // The campaign spec issues the same text under another number: take the one numbered as the seed.
  await page
    .getByRole("row")
    .filter({ hasText: `${pad(Number(district.number))}/KH-UBND` })
    .getByRole("link", { name: district.plan.title })
    .click();
  await page.getByRole("button", { name: "Xây dựng kế hoạch của đơn vị từ kế hoạch này" }).click();
  await expect(page).toHaveURL(/\/sua(\?|$)/);
  await expect(page.getByText(/Dự thảo của đơn vị đã được tạo từ Kế hoạch số/)).toBeVisible();
  // Pre-filled from the district's plan; the commune completes what is its own.
  await openStep(page, "Căn cứ, mục đích, yêu cầu");
  await expect(page.getByLabel("Căn cứ 1", { exact: true })).toHaveValue(
    new RegExp(`^Kế hoạch số ${pad(Number(district.number))}/KH-UBND`),
  );
  await openStep(page, "Hình thức khen thưởng");
  // The higher plan's form is copied as a proposal upward; its quota is the higher unit's, not the commune's.
  const form1 = page.getByRole("group", { name: "Hình thức khen thưởng 1" });
  await expect(form1.getByLabel("Tên hình thức")).toHaveValue(district.plan.awardForms[0]!.name);
  await expect(form1.getByLabel("Số lượng", { exact: true })).toHaveValue("");
  await openStep(page, "Nơi nhận, người ký");
  await page.getByLabel("Nơi nhận").fill("UBND huyện Hớn Quản\nLưu: VT");
  await page.getByLabel("Họ tên người ký").fill("Phan Thanh Hải");
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(page.getByRole("heading", { name: "Xây dựng từ kế hoạch" })).toBeVisible();
  await expect(page.getByText("Dự thảo", { exact: true })).toBeVisible();
  cascadedPlanUrl = page.url();
  await expectAccessible(page);
});

test("the edit form arrives filled in from the server, and what is typed before it is ready is kept", async ({
  page,
}) => {
  // The draft the commune built in the previous test.
  const planUrl = cascadedPlanUrl;
  expect(planUrl).toMatch(/\/ke-hoach\//);
  await signInAs(page, "canbo.tankhai@thidua.vn");

  // Hold the page's JavaScript: what shows is the server's HTML alone. Scripts only: the stylesheets
  // live under the same folder, and holding them would hold DOMContentLoaded too.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    // A request of the page before (a prefetch) was dropped when it navigated: there is nothing to continue.
    await route.continue().catch(() => undefined);
  });
  await page.goto(`${planUrl}/sua`, { waitUntil: "domcontentloaded" });
  const title = page.getByLabel("Tên kế hoạch (trích yếu)");
  await expect(title).toHaveValue(/Tân Khai/);
  await expect(page.getByLabel("Ký hiệu")).toHaveValue("KH-UBND");
  await title.fill("Kế hoạch của xã Tân Khai, sửa trước khi trang sẵn sàng");

  release();
  await page.unroute("**/_next/static/chunks/**/*.js");
  // Ready: the step list answers.
  await expect(async () => {
    await page
      .getByRole("navigation", { name: "Các bước soạn kế hoạch" })
      .getByRole("button", { name: "Nơi nhận, người ký" })
      .click();
    await expect(page.getByRole("heading", { level: 2, name: ": Nơi nhận, người ký" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByLabel("Họ tên người ký")).toHaveValue("Phan Thanh Hải");
  await openStep(page, "Thông tin chung");
  // A textarea, which React sets back to its server text on hydration: the typing is handed back to the form.
  await expect(title).toHaveValue("Kế hoạch của xã Tân Khai, sửa trước khi trang sẵn sàng");
  await expect(page.locator("form[data-plan-form]")).toHaveAttribute("data-dirty", "true");
});

test("bad plan input: an error summary on top links to each field, its step opens, nothing typed is lost", async ({
  page,
}) => {
  // Fills a whole seed plan through the steps, then follows the summary: as long as a seed's test.
  test.setTimeout(180_000);
  await signInAs(page, "canbo.cole@thidua.vn");
  await page.goto("/ke-hoach/moi");
  const seed = seedPlans[0]!;
  await fillPlanForm(page, { ...seed.plan, title: "Kế hoạch có lỗi nhập liệu", dossierDeadline: "2025-01-15" });
  await openStep(page, "Hình thức khen thưởng");
  const form1 = page.getByRole("group", { name: "Hình thức khen thưởng 1" });
  await form1.getByLabel("Số lượng", { exact: true }).fill("-1");
  await openStep(page, "Nơi nhận, người ký");
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();

  // The summary is on top, focused, and names every problem with the field it belongs to.
  const summary = page.getByRole("alert").filter({ hasText: "Chưa lưu được" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("2 chỗ cần sửa");
  const deadlineLink = summary.getByRole("link", {
    name: "Hạn nộp hồ sơ đề nghị khen thưởng: Hạn nộp hồ sơ phải nằm trong thời gian thực hiện (04/03/2024 – 31/12/2024).",
  });
  const quotaLink = summary.getByRole("link", { name: "Hình thức khen thưởng 1 · Số lượng: Số lượng không được âm." });
  await expect(deadlineLink).toBeVisible();
  await expect(quotaLink).toBeVisible();
  // Each step with errors says so in the step list.
  const steps = page.getByRole("navigation", { name: "Các bước soạn kế hoạch" });
  await expect(steps.getByRole("button", { name: "Hình thức khen thưởng (1 lỗi)" })).toBeVisible();
  await expect(steps.getByRole("button", { name: "Đăng ký, thời hạn, sơ kết (1 lỗi)" })).toBeVisible();
  await expectAccessible(page);

  // Following a link opens the field's step and puts the cursor in the field.
  await quotaLink.click();
  await expect(page.getByRole("heading", { level: 2, name: ": Hình thức khen thưởng" })).toBeVisible();
  await expect(form1.getByLabel("Số lượng", { exact: true })).toBeFocused();
  await expect(form1.getByText("Số lượng không được âm.")).toBeVisible();
  await form1.getByLabel("Số lượng", { exact: true }).fill("2");
  await form1.getByRole("button", { name: "Thêm nhóm" }).click();
  await form1.getByLabel("Nhóm 1", { exact: true }).fill("Các bộ phận");
  await form1.getByLabel("Số lượng nhóm 1").fill("3");
  await deadlineLink.click();
  await expect(page.getByLabel("Hạn nộp hồ sơ đề nghị khen thưởng")).toBeFocused();
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(summary).toBeFocused();
  await summary
    .getByRole("link", {
      name: "Hình thức khen thưởng 1 · Phân chia số lượng theo nhóm: Tổng các nhóm (3) vượt số lượng khen thưởng (2).",
    })
    .click();
  await expect(form1.getByText("Tổng các nhóm (3) vượt số lượng khen thưởng (2).")).toBeVisible();

  // Moving between steps kept everything typed: the first step still holds the title.
  await openStep(page, "Thông tin chung");
  await expect(page.getByLabel("Tên kế hoạch (trích yếu)")).toHaveValue("Kế hoạch có lỗi nhập liệu");
  await openStep(page, "Nội dung, đối tượng");
  await expect(page.getByLabel("Nội dung thi đua")).toHaveValue(seed.plan.contents.join("\n"));
  await expectAccessible(page);
  await page.goto("/ke-hoach?q=" + encodeURIComponent("có lỗi nhập liệu"));
  await expect(page.getByText("Không tìm thấy kết quả")).toBeVisible();
});
