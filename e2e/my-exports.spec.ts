import { expect, expectAccessible, signInAs, test } from "./fixtures";

/**
 * "Tệp xuất của tôi" (/tep-xuat), where large exports made in the background are listed: reached
 * from under the award history's export button, empty for an account that asked for none, readable
 * at 390 px; a download link to a file that is not the account's answers 404 in Vietnamese. (The
 * queue itself — a large export queued, made by the worker, announced and downloaded — needs
 * EXPORT_BACKGROUND_ROWS below a unit's award count, which this shared e2e server does not set: it is
 * covered by tests/integration/background-export-isolation.test.ts.)
 */
test("my exports: reached from the export button, empty at first, another's file not found", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "chutich.cole@thidua.vn");
  await page.goto("/lich-su-khen-thuong");
  await page.getByRole("link", { name: "Tệp xuất của tôi" }).click();
  await expect(page).toHaveURL(/\/tep-xuat$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tệp xuất của tôi" })).toBeVisible();
  await expect(page.getByText("Chưa có tệp nào.")).toBeVisible();
  await expectAccessible(page);
  // Nothing scrolls sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const response = await page.request.get("/tep-xuat/khong-co-tep-nay/tai-ve");
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe("Không tìm thấy tệp, hoặc bạn không có quyền xem.");
});
