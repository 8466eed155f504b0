import { expect, test, expectAccessible, signInAs } from "./fixtures";

test("an administrator searches people without diacritics, adds one with bad then good input, records a discipline", async ({
  page,
}) => {
  await signInAs(page, "quantri.cole@thidua.vn");
  await page
    .getByRole("navigation", { name: "Chức năng" })
    .getByRole("link", { name: "Cán bộ, người lao động" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Cán bộ, người lao động" })).toBeVisible();
  await expectAccessible(page);

  // "nguyen" finds "Nguyễn …" and not the others.
  await page.getByLabel("Tìm kiếm").fill("nguyen");
  await expect(page).toHaveURL(/q=nguyen/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Nguyễn Văn Tuấn" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Trần Thị Mai" })).toHaveCount(0);

  await page.getByRole("link", { name: "Thêm người" }).click();
  await page.getByLabel("Họ và tên").fill("A");
  await page.getByLabel("Ngày sinh").fill("2099-01-01");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Họ và tên phải có ít nhất 3 ký tự.")).toBeVisible();
  await expect(page.getByText("Ngày sinh phải sau năm 1920 và không ở tương lai.")).toBeVisible();
  await expect(page.getByText("Nhập chức vụ.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Họ và tên").fill("Đinh Thị Ngọc Ánh");
  await page.getByLabel("Ngày sinh").fill("1992-08-19");
  await page.getByLabel("Giới tính").selectOption({ label: "Nữ" });
  await page.getByLabel("Chức vụ").fill("Công chức Tư pháp - Hộ tịch");
  await page.getByLabel("Tổ chức").selectOption({ label: "Tư pháp - Hộ tịch" });
  await page.getByRole("button", { name: "Lưu" }).click();

  // Saved: the person's page, where a discipline can be recorded.
  await expect(page.getByRole("heading", { level: 1, name: "Đinh Thị Ngọc Ánh" })).toBeVisible();
  const discipline = page.getByRole("form", { name: "Thêm kỷ luật" });
  await discipline.getByLabel("Từ ngày").fill("2024-03-01");
  await discipline.getByLabel("Đến ngày").fill("2024-01-01");
  await discipline.getByLabel("Lý do").fill("Vi phạm quy chế làm việc");
  await discipline.getByRole("button", { name: "Thêm kỷ luật" }).click();
  await expect(page.getByText("Ngày kết thúc phải sau ngày bắt đầu.")).toBeVisible();
  await discipline.getByLabel("Đến ngày").fill("2025-03-01");
  await discipline.getByRole("button", { name: "Thêm kỷ luật" }).click();
  await expect(page.getByRole("cell", { name: "Vi phạm quy chế làm việc" })).toBeVisible();
  await expectAccessible(page);

  // Sorted the Vietnamese way: by given name (tên) first, and Đ after D, before G.
  await page.goto("/nhan-su?sap-xep=sortName&chieu=asc");
  const names = await page.getByRole("table").getByRole("row").locator("th[scope=row]").allInnerTexts();
  const at = (name: string) => names.findIndex((n) => n.includes(name));
  expect(at("Ngô Thị Châu")).toBeGreaterThanOrEqual(0);
  expect(at("Ngô Thị Châu")).toBeLessThan(at("Bùi Văn Dũng"));
  expect(at("Bùi Văn Dũng")).toBeLessThan(at("Đặng Quốc Đạt"));
  expect(at("Đặng Quốc Đạt")).toBeLessThan(at("Vũ Thị Giang"));
});

test("a reviewer of the district sees the communes' people read-only", async ({ page }) => {
  await signInAs(page, "noivu.trucninh@thidua.vn");
  await page.goto("/nhan-su?q=tuan");
  await page.getByRole("link", { name: "Nguyễn Văn Tuấn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nguyễn Văn Tuấn" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu" })).toHaveCount(0);
  await expectAccessible(page);
});
