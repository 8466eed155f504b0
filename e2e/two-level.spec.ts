import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { readDocxText } from "../tests/support/docx-text";
import { expect, test, expectAccessible, signInAs } from "./fixtures";
import { signOut } from "./plan-form";

/**
 * Today's two-level world, from the demo data: Xã Như Quỳnh (Tỉnh Hưng Yên) runs its issued 2026
 * plan. Its officer proposes Đào Minh Tuấn for Chiến sĩ thi đua cơ sở, the commune chair accepts the
 * dossier, the council sits under the province's rules (quorum 4/5, CSTĐ cơ sở from 80 %, from the
 * province's decision 35/2025/QĐ-UBND, invented for the demo), four members vote in their own
 * browsers, and the commune chair approves and signs — since 1/7/2025 the commune chair confers CSTĐ
 * cơ sở (NĐ 129/2025/NĐ-CP Điều 59).
 */

const PLAN = "Phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội xã Như Quỳnh năm 2026";
const FORM = "Chiến sĩ thi đua cơ sở";
const DOC = "Báo cáo thành tích (Mẫu số 05, Nghị định 152/2025/NĐ-CP)";
const NOMINEE = { name: "Đào Minh Tuấn", label: "Đào Minh Tuấn – Chuyên viên Phòng Kinh tế" };
const PROVINCE_DECISION = "Quyết định số 35/2025/QĐ-UBND ngày 15/09/2025 của UBND tỉnh Hưng Yên";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

async function vote(browser: Browser, email: string, meetingUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  await page.goto(meetingUrl);
  const ballot = page.getByRole("form", { name: "Phiếu bầu" });
  await ballot
    .getByRole("group", { name: new RegExp(`^${NOMINEE.name} – `) })
    .getByLabel("Đồng ý", { exact: true })
    .check();
  await ballot.getByRole("button", { name: "Gửi phiếu" }).click();
  await expect(page.getByTestId("ballot-done")).toBeVisible();
  await context.close();
}

async function propose(page: Page) {
  await page.goto("/de-nghi");
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `${FORM} – Cá nhân (chỉ tiêu 2) · Xã Như Quỳnh: ${PLAN} (số 12/KH-UBND)`,
  });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${FORM} – Cá nhân` })).toBeVisible();
  await page.getByLabel("Cá nhân được đề nghị", { exact: true }).selectOption({ label: NOMINEE.label });
  await page.getByLabel("Tóm tắt thành tích").fill("Hoàn thành xuất sắc nhiệm vụ năm 2026; số hóa hồ sơ kinh tế.");
  await page.getByLabel("Thành tích từ ngày").fill("2026-01-01");
  await page.getByLabel("Thành tích đến ngày").fill("2026-12-31");
  await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
  const nominee = page.getByTestId("nominee").filter({ has: page.getByRole("heading", { name: NOMINEE.name }) });
  await expect(nominee.getByTestId("eligibility")).toContainText("Đủ điều kiện");
  const upload = page.getByRole("form", { name: `Tải lên: ${NOMINEE.name} – ${DOC}` });
  await upload.getByLabel(/^Tệp cho/).setInputFiles({ name: "bao-cao.pdf", buffer: PDF, mimeType: "application/pdf" });
  await upload.getByRole("button", { name: "Tải lên" }).click();
  await expect(nominee.getByRole("row").filter({ hasText: DOC }).getByTestId("document-state")).toHaveText("Đã nộp");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("Đã gửi, chờ thẩm định")).toBeVisible();
}

test("two-level 2026: a commune chair confers Chiến sĩ thi đua cơ sở under the province's rules", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);

  // Sở Nội vụ reads the province's rules for its communes.
  await signInAs(page, "noivu.hungyen@thidua.vn");
  await page.goto("/quy-dinh-tinh");
  await expect(page.getByTestId("province-rules")).toContainText("Quyết định số 35/2025/QĐ-UBND");
  await expect(page.getByRole("heading", { level: 3, name: FORM })).toBeVisible();
  await signOut(page);

  // The commune's officer proposes; its council page shows where each figure comes from.
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  await page.goto("/hoi-dong");
  const rules = page.getByTestId("effective-rules");
  await expect(rules).toContainText(`Theo ${PROVINCE_DECISION}`);
  await expect(rules.getByRole("row").filter({ hasText: FORM })).toContainText("Quy định của tỉnh");
  await propose(page);
  await signOut(page);

  // The commune chair reviews the dossier sent to the commune's own plan.
  await signInAs(page, "chutich.nhuquynh@thidua.vn");
  await page.goto("/de-nghi/tham-dinh");
  await page.getByRole("row").filter({ hasText: "Đã gửi" }).first().getByRole("link").first().click();
  await page.getByRole("button", { name: "Chấp nhận, chuyển Hội đồng" }).click();
  await expect(page.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible();
  await signOut(page);

  // The officer schedules; as the council's secretary, opens the session and the ballot.
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  await page.goto("/hoi-dong");
  const schedule = page.getByRole("form", { name: "Lên lịch phiên họp" });
  await schedule.getByLabel("Kế hoạch").selectOption({ label: `${PLAN} (1 hồ sơ chờ Hội đồng)` });
  await schedule.getByLabel("Địa điểm").fill("Hội trường UBND xã Như Quỳnh");
  await schedule.getByRole("button", { name: "Lên lịch phiên họp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Phiên họp ngày/ })).toBeVisible();
  const meetingUrl = page.url();
  const item = page.getByTestId("agenda-item").filter({ hasText: NOMINEE.name });
  await expect(item).toContainText("từ 80% tổng số thành viên Hội đồng trở lên");
  await expect(item.getByTestId("threshold-basis")).toHaveText(`theo ${PROVINCE_DECISION}`);
  await page.getByRole("button", { name: "Khai mạc phiên họp" }).click();
  await expect(
    page.getByText(`Có mặt 4/4 thành viên; cần ít nhất 4 (4/5 tổng số thành viên, theo ${PROVINCE_DECISION}).`),
  ).toBeVisible();
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(page.getByRole("form", { name: "Phiếu bầu" })).toBeVisible();

  // Four members, four browsers: 4 of 4 agree (80 % of 4 seats needs 4).
  await Promise.all(
    ["chutich.nhuquynh@thidua.vn", "hoidong1.nhuquynh@thidua.vn", "hoidong2.nhuquynh@thidua.vn"].map((email) =>
      vote(browser, email, meetingUrl),
    ),
  );
  await vote(browser, "canbo.nhuquynh@thidua.vn", meetingUrl);
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await page.getByRole("button", { name: "Kết thúc bỏ phiếu và kiểm phiếu" }).click();
  await expect(page.getByText("Đã kiểm phiếu")).toBeVisible();
  await expect(item.getByTestId("result")).toHaveText("Đạt");
  await signOut(page);

  // The commune chair approves and signs: CSTĐ cơ sở is the commune chair's since 1/7/2025.
  await signInAs(page, "chutich.nhuquynh@thidua.vn");
  await page.goto("/phe-duyet");
  await page.getByRole("link", { name: PLAN }).click();
  await page.getByRole("checkbox", { name: NOMINEE.name, exact: true }).check();
  await page.getByRole("button", { name: "Phê duyệt các mục đã chọn" }).click();
  await expect(
    page.getByTestId("approval-item").filter({ hasText: NOMINEE.name }).getByTestId("approval-state"),
  ).toContainText("Đã phê duyệt");
  const sign = page.getByRole("form", { name: `Ký quyết định: ${FORM} – Cá nhân` });
  await sign.getByRole("button", { name: "Ký quyết định (1 người, tập thể)" }).click();
  await expect(page.getByText("Đã ký Quyết định số 01/QĐ-UBND.", { exact: false })).toBeVisible();
  await expectAccessible(page);
  const [decision] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Quyết định số 01/QĐ-UBND (.docx)" }).click(),
  ]);
  const text = (await readDocxText(fs.readFileSync(await decision.path()))).paragraphs.join("\n");
  expect(text).toContain("Số: 01/QĐ-UBND");
  expect(text).toContain(NOMINEE.name);
  expect(text).toContain(FORM);

  // The award is in the person's history.
  await page.goto(`/lich-su-khen-thuong?q=${encodeURIComponent("dao minh tuan")}`);
  await expect(page.getByRole("row").filter({ hasText: NOMINEE.name })).toContainText("01/QĐ-UBND");
  await signOut(page);
});
