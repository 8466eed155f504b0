import { expect, signInAs, test } from "./fixtures";

/**
 * Quá trình khen thưởng: the person's page opens on who they are and their award record, editing
 * is a separate page behind "Sửa thông tin"; the record prints (its own layout) and downloads as
 * .docx; a collective's page opens on its record too, for a reviewer of the district as well.
 */
// The specs share one database: this spec records awards and edits a person no other spec uses.
test("a person's page is a record: awards in order, printable, .docx; editing behind a button", async ({ page }) => {
  await signInAs(page, "canbo.dinhdu@thidua.vn");
  await page.goto("/nhan-su?q=phan van khoa");
  await page.getByRole("link", { name: "Phan Văn Khoa" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phan Văn Khoa" })).toBeVisible();
  // No edit form on the record: it is one click away.
  await expect(page.getByLabel("Họ và tên")).toHaveCount(0);

  const entered = page.getByRole("form", { name: "Thêm khen thưởng đã có" });
  for (const [year, number, date] of [
    ["2023", "5/QĐ-UBND", "2024-01-10"],
    ["2021", "3/QĐ-UBND", "2022-01-12"],
  ] as const) {
    await entered.getByLabel("Theo danh mục").selectOption({ label: "Lao động tiên tiến" });
    await entered.getByLabel("Tên danh hiệu, hình thức").fill("Lao động tiên tiến");
    await entered.getByLabel("Năm thành tích").fill(year);
    await entered.getByLabel("Số quyết định").fill(number);
    await entered.getByLabel("Ngày quyết định").fill(date);
    await entered.getByLabel("Cấp khen thưởng").fill("Chủ tịch UBND xã Đình Dù");
    await entered.getByRole("button", { name: "Thêm vào lịch sử" }).click();
    await expect(page.getByRole("table", { name: "Quá trình khen thưởng của Phan Văn Khoa" })).toContainText(number);
  }
  const record = page.getByRole("table", { name: "Quá trình khen thưởng của Phan Văn Khoa" });
  await expect(record.getByRole("rowheader")).toHaveText(["2021", "2023"]);
  await expect(page.getByText("Lao động tiên tiến: 2 lần (2021, 2023)")).toBeVisible();

  await page.getByRole("link", { name: "In quá trình khen thưởng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "QUÁ TRÌNH KHEN THƯỞNG" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "In quá trình khen thưởng" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Chức năng" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải về (.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^qua-trinh-khen-thuong-.+\.docx$/);

  await page.getByRole("link", { name: "Quay lại" }).click();
  await page.getByRole("link", { name: "Sửa thông tin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sửa: Phan Văn Khoa" })).toBeVisible();
  await page.getByLabel("Chức vụ").fill("Công chức Địa chính - Xây dựng xã");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phan Văn Khoa" })).toBeVisible();
  await expect(page.getByText("Công chức Địa chính - Xây dựng xã ·")).toBeVisible();
});

test("a collective opens on its record, for the district's reviewer too", async ({ page }) => {
  await signInAs(page, "noivu.vanlam@thidua.vn");
  await page.goto("/to-chuc");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Quá trình khen thưởng" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa thông tin" })).toHaveCount(0);
});
