import type { Page } from "@playwright/test";
import { expect, signIn, signInAs, test } from "./fixtures";

/**
 * Issue 11: a province goes live on its own. The demo operator (made by the seed as
 * `npm run operator -- create` makes one on a real installation) invites the first administrator
 * of Tỉnh Ninh Bình; that administrator opens the link, sets a password, signs in and invites the
 * administrator of Xã Cổ Lễ below it, who accepts and signs in — and cannot make anyone its own
 * chairperson.
 */

const PASSWORD = "Mat-khau-rieng-2026";

/** The link the issuing screen shows, as a path of this server (the link itself names APP_URL). */
async function issuedLinkPath(page: Page): Promise<string> {
  const panel = page.getByTestId("issued-link");
  await expect(panel).toBeVisible();
  const url = await panel.getByLabel("Liên kết").inputValue();
  expect(url).toMatch(/\/moi\/[A-Za-z0-9_-]{40,}$/);
  return new URL(url).pathname;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
}

/** Opens an invitation as its owner would and sets the password. */
async function acceptInvitation(page: Page, path: string, unitName: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Lời mời tham gia Thi đua – Khen thưởng" })).toBeVisible();
  await expect(page.getByText(unitName)).toBeVisible();
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Nhận lời mời" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?lien-ket=1/);
  await expect(page.getByText("Mời đăng nhập")).toBeVisible();
}

test("operator → province administrator → commune administrator, each through a one-time link", async ({ page }) => {
  const stamp = Date.now();
  const provinceEmail = `quantri.ninhbinh.${stamp}@thidua.vn`;
  const communeEmail = `quantri.cole2025.${stamp}@thidua.vn`;

  // The operator lands in the operator area, finds the province and invites its administrator.
  await signInAs(page, "vanhanh@thidua.vn");
  await expect(page).toHaveURL(/\/he-thong$/);
  await expect(page.getByTestId("operator-area")).toBeVisible();
  await page.getByLabel("Tìm kiếm").fill("Ninh Bình");
  await page.getByLabel("Tìm kiếm").press("Enter");
  await page.getByRole("link", { name: "Tỉnh Ninh Bình", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tỉnh Ninh Bình" })).toBeVisible();
  await page.getByLabel("Thư điện tử (tên đăng nhập)").fill(provinceEmail);
  await page.getByLabel("Họ và tên").fill("Phạm Thị Quản Trị");
  await expect(page.getByLabel("Quản trị", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Tạo lời mời" }).click();
  const provinceLink = await issuedLinkPath(page);
  await expect(page.getByTestId("pending-invitation")).toContainText(provinceEmail);
  await signOut(page);

  // The province administrator sets a password through the link and signs in.
  await acceptInvitation(page, provinceLink, "Tỉnh Ninh Bình");
  await signIn(page, provinceEmail, PASSWORD);
  await expect(page.getByTestId("active-unit")).toContainText("Tỉnh Ninh Bình · Quản trị");
  // The link was for one use.
  await page.goto(provinceLink);
  await expect(page.getByText("Liên kết này đã được dùng")).toBeVisible();

  // It invites the administrator of a commune below it.
  await page.goto("/tai-khoan/moi");
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Xã Cổ Lễ (mã 14026)" });
  await page.getByLabel("Thư điện tử (tên đăng nhập)").fill(communeEmail);
  await page.getByLabel("Họ và tên").fill("Trần Văn Xã");
  await page.getByLabel("Cán bộ phụ trách thi đua – khen thưởng").uncheck();
  await page.getByLabel("Quản trị", { exact: true }).check();
  await page.getByRole("button", { name: "Tạo lời mời" }).click();
  const communeLink = await issuedLinkPath(page);
  // The commune's pending invitation is listed under that unit.
  await page.goto("/tai-khoan");
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: "Xã Cổ Lễ (mã 14026)" });
  await page.getByRole("button", { name: "Xem đơn vị này" }).click();
  await expect(page.getByTestId("pending-invitation")).toContainText(communeEmail);
  await page.getByRole("link", { name: "Tài khoản của tôi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();
  await signOut(page);

  // The commune administrator accepts and signs in to its commune.
  await acceptInvitation(page, communeLink, "Xã Cổ Lễ");
  await signIn(page, communeEmail, PASSWORD);
  await expect(page.getByTestId("active-unit")).toContainText("Xã Cổ Lễ · Quản trị");

  // Separation of duties: the commune's chairperson comes from the unit above, not from itself.
  await page.goto("/tai-khoan/moi");
  await page.getByLabel("Thư điện tử (tên đăng nhập)").fill(`chutich.${stamp}@thidua.vn`);
  await page.getByLabel("Họ và tên").fill("Lê Văn Chủ Tịch");
  await page.getByLabel("Cán bộ phụ trách thi đua – khen thưởng").uncheck();
  await page.getByLabel("Chủ tịch / người đứng đầu").check();
  await page.getByRole("button", { name: "Tạo lời mời" }).click();
  await expect(
    page.getByText('Vai trò "Chủ tịch / người đứng đầu" do quản trị của đơn vị cấp trên').first(),
  ).toBeVisible();
  await expect(page.getByTestId("issued-link")).toHaveCount(0);
});

test("a unit's user finds nothing in the operator area", async ({ page }) => {
  await signInAs(page, "quantri.cole@thidua.vn");
  const response = await page.goto("/he-thong");
  expect(response?.status()).toBe(404);
});
