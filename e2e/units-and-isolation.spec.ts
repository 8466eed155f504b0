import { expect, test, expectAccessible, signInAs } from "./fixtures";

test("the unit switcher moves an account between the units where it has roles", async ({ page }) => {
  await signInAs(page, "nhieudonvi@thidua.vn");
  await expect(page.getByTestId("active-unit")).toContainText("Thị trấn Cổ Lễ");
  await page.getByLabel("Đơn vị làm việc").selectOption({ label: "Huyện Trực Ninh" });
  await page.getByRole("button", { name: "Chuyển" }).click();
  await expect(page.getByTestId("active-unit")).toContainText("Huyện Trực Ninh");
  await expect(page.getByTestId("active-unit")).toContainText("Phòng/Sở Nội vụ");
  await expectAccessible(page);
  // As reviewer of the district, people of the town below are visible.
  await page.goto("/nhan-su?q=tuan");
  await expect(page.getByRole("link", { name: "Nguyễn Văn Tuấn" })).toBeVisible();
});

test("a URL of another unit's record is refused as not found", async ({ page, browser }) => {
  await signInAs(page, "quantri.cole@thidua.vn");
  await page.goto("/nhan-su?q=tuan");
  await page.getByRole("link", { name: "Nguyễn Văn Tuấn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nguyễn Văn Tuấn" })).toBeVisible();
  const personUrl = page.url();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAs(other, "quantri.dinhdu@thidua.vn");
  const response = await other.goto(personUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByText("Không tìm thấy trang")).toBeVisible();
  await expect(other.getByText("Nguyễn Văn Tuấn")).toHaveCount(0);
  await expectAccessible(other);
  await otherContext.close();
});
