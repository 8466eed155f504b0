import type { Page } from "@playwright/test";
import { expect, test, expectAccessible, signInAs } from "./fixtures";
import { signOut } from "./plan-form";

/**
 * The work finds its people, in the two-level demo (Xã Như Quỳnh, its issued 2026 plan): the
 * commune chair returns a tờ trình, and its officer finds the badge on the menu, the notice under
 * the bell and the task on "Tổng quan", follows it, fixes and resends; then a ballot opens, and a
 * council member on a 390 px phone finds "Bỏ phiếu ngay" on the board and votes.
 *
 * Runs before two-level.spec.ts on the same demo data and leaves it as that spec expects: the
 * nominee used here (Phạm Thị Thu Trang) goes through a meeting of her own, which is closed at the
 * end, so Đào Minh Tuấn is still the one dossier waiting for the council there.
 */

test.describe.configure({ mode: "serial" });

const PLAN = "Phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội xã Như Quỳnh năm 2026";
const FORM = "Chiến sĩ thi đua cơ sở";
const DOC = "Báo cáo thành tích (Mẫu số 05, Nghị định 152/2025/NĐ-CP)";
const NOMINEE = { name: "Phạm Thị Thu Trang", label: "Phạm Thị Thu Trang – Chuyên viên Phòng Văn hóa - Xã hội" };
const REASON = "Bổ sung sáng kiến năm 2026 vào báo cáo thành tích";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const nav = (page: Page) => page.getByRole("navigation", { name: "Chức năng" });

/** A day into a date field, whether the browser's date input (yyyy-mm-dd) or a typed dd/mm/yyyy one. */
async function fillDay(page: Page, label: string, iso: string) {
  const field = page.getByLabel(label);
  const native = (await field.getAttribute("type")) === "date";
  await field.fill(native ? iso : iso.split("-").reverse().join("/"));
}

async function uploadReport(page: Page, fileName: string) {
  const nominee = page.getByTestId("nominee").filter({ has: page.getByRole("heading", { name: NOMINEE.name }) });
  const upload = page.getByRole("form", { name: `Tải lên: ${NOMINEE.name} – ${DOC}` });
  await upload.getByLabel(/^Tệp cho/).setInputFiles({ name: fileName, buffer: PDF, mimeType: "application/pdf" });
  await upload.getByRole("button", { name: "Tải lên" }).click();
  await expect(nominee.getByRole("row").filter({ hasText: DOC }).getByTestId("document-state")).toHaveText("Đã nộp");
}

test("a returned tờ trình: the officer sees the badge, the notice and the task, follows it, fixes and resends", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The officer proposes.
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  await page.goto("/de-nghi");
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `${FORM} – Cá nhân (chỉ tiêu 2) · Xã Như Quỳnh: ${PLAN} (số 12/KH-UBND)`,
  });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${FORM} – Cá nhân` })).toBeVisible();
  await page.getByLabel("Cá nhân được đề nghị", { exact: true }).selectOption({ label: NOMINEE.label });
  await page.getByLabel("Tóm tắt thành tích").fill("Hoàn thành tốt nhiệm vụ năm 2026; sáng kiến số hóa hồ sơ văn hóa.");
  await fillDay(page, "Thành tích từ ngày", "2026-01-01");
  await fillDay(page, "Thành tích đến ngày", "2026-12-31");
  await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
  await uploadReport(page, "bao-cao.pdf");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText(/Đã gửi tờ trình lúc/)).toBeVisible();
  const batchUrl = page.url();
  await signOut(page);

  // The commune chair, who reviews for the commune's own plan, sees it on the board and returns it.
  await signInAs(page, "chutich.nhuquynh@thidua.vn");
  await expect(
    nav(page)
      .getByRole("link", { name: /Thẩm định hồ sơ/ })
      .getByTestId("task-badge"),
  ).toBeVisible();
  await page
    .getByTestId("task")
    .filter({ hasText: `Thẩm định tờ trình "${FORM}"` })
    .getByRole("link")
    .first()
    .click();
  await expect(page).toHaveURL(batchUrl);
  await page.getByLabel("Lý do trả lại").fill(REASON);
  await page.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByText("Bị trả lại")).toBeVisible();
  await signOut(page);

  // The officer: a badge on "Đề nghị khen thưởng", the bell, and the task on Tổng quan.
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  await expect(
    nav(page)
      .getByRole("link", { name: /Đề nghị khen thưởng/ })
      .getByTestId("task-badge"),
  ).toHaveText(/[1-9]/);
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName(/chưa đọc/);
  const task = page.getByTestId("task").filter({ hasText: "bị trả lại" }).filter({ hasText: FORM });
  await expect(task).toContainText(REASON);
  await expectAccessible(page);
  await page.getByTestId("notification-bell").click();
  const notice = page.getByTestId("notifications").getByRole("link", { name: new RegExp(REASON) });
  await expect(notice).toBeVisible();
  await page.goto("/");
  await task.getByRole("link").first().click();
  await expect(page).toHaveURL(batchUrl);

  // Fixes the report and resends: the task is gone.
  await uploadReport(page, "bao-cao-bo-sung.pdf");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText(/Đã gửi tờ trình lúc/)).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("task").filter({ hasText: "bị trả lại" })).toHaveCount(0);
  // Following the notice marks it read.
  await page.goto("/thong-bao");
  await page
    .getByTestId("notifications")
    .getByRole("link", { name: new RegExp(REASON) })
    .click();
  await expect(page).toHaveURL(batchUrl);
  await page.goto("/thong-bao");
  await expect(page.getByTestId("notifications").getByRole("listitem").filter({ hasText: REASON })).toHaveAttribute(
    "data-read",
    "1",
  );
  await signOut(page);
});

test("a ballot opens: a council member on a 390 px phone sees 'Bỏ phiếu ngay' on the board and votes", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The chair accepts the resent tờ trình.
  await signInAs(page, "chutich.nhuquynh@thidua.vn");
  await page.goto("/de-nghi/tham-dinh");
  await page
    .getByRole("row")
    .filter({ hasText: "Đã gửi" })
    .filter({ hasText: FORM })
    .first()
    .getByRole("link")
    .first()
    .click();
  await page.getByRole("button", { name: "Chấp nhận, chuyển Hội đồng" }).click();
  await expect(page.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible();
  await signOut(page);

  // The secretary schedules a meeting for her, opens the session and the ballot.
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  await page.goto("/hoi-dong");
  const schedule = page.getByRole("form", { name: "Lên lịch phiên họp" });
  await schedule.getByLabel("Kế hoạch").selectOption({ label: `${PLAN} (1 hồ sơ chờ Hội đồng)` });
  await schedule.getByLabel("Địa điểm").fill("Phòng họp số 2, UBND xã Như Quỳnh");
  await schedule.getByRole("button", { name: "Lên lịch phiên họp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Phiên họp ngày/ })).toBeVisible();
  const meetingUrl = page.url();
  await page.getByRole("button", { name: "Khai mạc phiên họp" }).click();
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(page.getByRole("form", { name: "Phiếu bầu" })).toBeVisible();

  // A member on a phone: the board says "Bỏ phiếu ngay"; one click to the ballot.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const member = await phone.newPage();
  await signInAs(member, "hoidong1.nhuquynh@thidua.vn");
  // The board, not the menu (which may fold away on a narrow screen), is what the phone checks.
  const vote = member.getByRole("link", { name: "Bỏ phiếu ngay" });
  await expect(vote).toBeVisible();
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(member);
  await vote.click();
  await expect(member).toHaveURL(new RegExp(`${new URL(meetingUrl).pathname}#phieu$`));
  const ballot = member.getByRole("form", { name: "Phiếu bầu" });
  await ballot
    .getByRole("group", { name: new RegExp(`^${NOMINEE.name} – `) })
    .getByLabel("Đồng ý", { exact: true })
    .check();
  await ballot.getByRole("button", { name: "Gửi phiếu" }).click();
  await expect(member.getByTestId("ballot-done")).toContainText("Đã gửi phiếu");
  await member.goto("/");
  await expect(member.getByRole("link", { name: "Bỏ phiếu ngay" })).toHaveCount(0);
  await phone.close();

  // The secretary closes the ballot: the demo's data is left with no ballot open.
  page.once("dialog", (d) => void d.accept());
  await page.goto(meetingUrl);
  await page.getByRole("button", { name: "Kết thúc bỏ phiếu và kiểm phiếu" }).click();
  await expect(page.getByText("Đã kiểm phiếu")).toBeVisible();
});
