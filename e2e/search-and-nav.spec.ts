import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/**
 * The small things a product has: the header's search finds a person (typed without diacritics) and
 * a plan of the unit, and nothing of another unit; the menu marks the page's entry aria-current="page"
 * (on a phone too, inside the folded menu); a save is confirmed ("Đã lưu.") on the page it lands on;
 * the icon and the web manifest are served from public/.
 */

const PHONE = { width: 390, height: 844 };
const PLAN = "Phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội xã Như Quỳnh năm 2026";

/** Searches from the header's box, the first on the page (on a phone the menu must be open first). */
async function searchFromHeader(page: Page, text: string) {
  const box = page
    .getByRole("search")
    .first()
    .getByRole("searchbox", { name: /Tra cứu nhanh/ });
  await box.fill(text);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/tim-kiem\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
}

const group = (page: Page, name: string) => page.getByRole("region", { name });

// Every page visited is checked with axe after the test (fixtures.ts), which needs more than the default minute here.
test.slow();

test("the icon and the web manifest are served from public/", async ({ page, request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.ok()).toBe(true);
  const body = await manifest.json();
  expect(body).toMatchObject({ name: "Thi đua – Khen thưởng", lang: "vi", start_url: "/" });
  for (const icon of body.icons as { src: string; type: string }[]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type);
  }
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  // The pages link them.
  await page.goto("/dang-nhap");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
});

test("the header's search finds a person and a plan of the unit, never another unit's; the menu marks the page", async ({
  page,
}) => {
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  const nav = page.getByRole("navigation", { name: "Chức năng" });
  await expect(nav.getByRole("link", { name: "Tổng quan" })).toHaveAttribute("aria-current", "page");

  await searchFromHeader(page, "dao minh tuan");
  await expect(nav.locator("[aria-current=page]")).toHaveCount(0);
  await group(page, "Cán bộ, người lao động").getByRole("link", { name: "Đào Minh Tuấn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đào Minh Tuấn" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Cán bộ, người lao động" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current=page]")).toHaveCount(1);

  await searchFromHeader(page, "Như Quỳnh năm 2026");
  await group(page, "Kế hoạch thi đua").getByRole("link", { name: PLAN }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Kế hoạch thi đua" })).toHaveAttribute("aria-current", "page");

  // A person of Thị trấn Cổ Lễ (another province) is not found from Xã Như Quỳnh.
  await searchFromHeader(page, "Phạm Văn Hùng");
  await expect(page.getByText("Không tìm thấy kết quả nào cho “Phạm Văn Hùng”.")).toBeVisible();
  // One letter is not searched.
  await searchFromHeader(page, "a");
  await expect(page.getByText("Nhập ít nhất 2 ký tự để tìm.")).toBeVisible();
});

test("at 390 px: the search is in the folded menu, and the current entry is marked there", async ({ page }) => {
  await signInAs(page, "canbo.nhuquynh@thidua.vn");
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.click();
  await searchFromHeader(page, "pham thi thu trang");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("searchbox", { name: /Tra cứu nhanh/ }).last()).toHaveValue("pham thi thu trang");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await group(page, "Cán bộ, người lao động").getByRole("link", { name: "Phạm Thị Thu Trang" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phạm Thị Thu Trang" })).toBeVisible();
  const record = new URL(page.url()).pathname;

  await menu.click();
  const nav = page.getByRole("navigation", { name: "Chức năng" });
  const current = nav.getByRole("link", { name: "Cán bộ, người lao động" });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current=page]")).toHaveCount(1);
  await current.click();
  await expect(page.getByRole("heading", { level: 1, name: "Cán bộ, người lao động" })).toBeVisible();

  // A save is confirmed on the page it lands on (the person's record), and can be closed.
  await page.goto(`${record}/sua`);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${record}$`));
  const saved = page.getByTestId("saved-status");
  await expect(saved).toContainText("Đã lưu.");
  await saved.getByRole("button", { name: "Đóng" }).click();
  await expect(saved).toBeHidden();
});
