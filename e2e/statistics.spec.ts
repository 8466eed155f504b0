import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/**
 * Statistics (/thong-ke): a commune officer records an award from a paper decision and finds it
 * counted in its year, title and unit, filters by title through the URL and downloads the .xlsx;
 * the district's chair sees the commune among its units and drills down to it; another district's
 * officer cannot open the commune's statistics. On a 390 px phone the page does not scroll sideways.
 */

const SPAN = "tu-nam=2022&den-nam=2026";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
}

/** The figure of a year in the "by year" table. */
async function awardsIn(page: Page, year: string) {
  const table = page.getByRole("table", { name: "Số khen thưởng theo năm" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: year, exact: true }) });
  return Number((await row.getByRole("cell").first().innerText()).replace(/\./g, ""));
}

test("a commune's award is counted by year, title and unit; the district drills down to it", async ({ page }) => {
  await signInAs(page, "canbo.cole@thidua.vn");
  await page.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Thống kê" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thống kê thi đua, khen thưởng" })).toBeVisible();
  await page.goto(`/thong-ke?${SPAN}`);
  const before = await awardsIn(page, "2024");

  // An award from a paper decision, recorded on the person's page.
  await page.goto("/nhan-su?q=pham van hung");
  await page.getByRole("link", { name: "Phạm Văn Hùng" }).click();
  const entered = page.getByRole("form", { name: "Thêm khen thưởng đã có" });
  await entered.getByLabel("Theo danh mục").selectOption({ label: "Chiến sĩ thi đua cơ sở" });
  await entered.getByLabel("Tên danh hiệu, hình thức").fill("Chiến sĩ thi đua cơ sở");
  await entered.getByLabel("Năm thành tích").fill("2024");
  await entered.getByLabel("Số quyết định").fill("15/QĐ-UBND");
  await entered.getByLabel("Ngày quyết định").fill("2025-01-15");
  await entered.getByLabel("Cấp khen thưởng").fill("Chủ tịch UBND huyện Trực Ninh");
  await entered.getByRole("button", { name: "Thêm vào lịch sử" }).click();
  await expect(page.getByRole("table", { name: "Quá trình khen thưởng của Phạm Văn Hùng" })).toContainText(
    "Số 15/QĐ-UBND ngày 15/01/2025",
  );

  await page.goto(`/thong-ke?${SPAN}`);
  expect(await awardsIn(page, "2024")).toBe(before + 1);
  await expect(page.getByRole("img", { name: /Biểu đồ đường: số khen thưởng từng năm/ })).toBeVisible();

  // The title filter lives in the URL; the export holds the same filter.
  await page.getByLabel("Danh hiệu, hình thức", { exact: true }).selectOption({ label: "Chiến sĩ thi đua cơ sở" });
  await page.getByRole("button", { name: "Xem thống kê" }).click();
  await expect(page).toHaveURL(/danh-hieu=CSTD_CS/);
  const titles = page.getByRole("table", { name: "Khen thưởng theo danh hiệu, hình thức" });
  await expect(titles.getByRole("rowheader")).toHaveText(["Chiến sĩ thi đua cơ sở", "Tổng cộng"]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Xuất Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("thong-ke-khen-thuong-2022-2026.xlsx");

  // The district's chair: the commune among its units, and its own statistics one click away.
  await signOut(page);
  await signInAs(page, "chutich.trucninh@thidua.vn");
  await page.goto(`/thong-ke?${SPAN}`);
  const units = page.getByRole("table", { name: "Số khen thưởng theo đơn vị" });
  await units.getByRole("link", { name: "Thị trấn Cổ Lễ" }).click();
  await expect(page).toHaveURL(/don-vi=/);
  const trail = page.getByRole("navigation", { name: "Đơn vị đang xem" });
  await expect(trail.getByRole("link", { name: "Huyện Trực Ninh" })).toBeVisible();
  await expect(trail.getByText("Thị trấn Cổ Lễ")).toHaveAttribute("aria-current", "page");
  expect(await awardsIn(page, "2024")).toBeGreaterThanOrEqual(1);
  const communeUrl = page.url();

  // Another district's officer: the commune's statistics are not found.
  await signOut(page);
  await signInAs(page, "canbo.dinhdu@thidua.vn");
  const response = await page.goto(communeUrl);
  expect(response?.status()).toBe(404);
});

test("on a 390 px phone the statistics page scrolls down, never sideways", async ({ page }) => {
  await signInAs(page, "chutich.trucninh@thidua.vn");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/thong-ke?${SPAN}`);
  await expect(page.getByRole("heading", { level: 2, name: "Khen thưởng theo đơn vị" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
