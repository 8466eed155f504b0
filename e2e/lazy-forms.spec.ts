import { expect, test, signInAs } from "./fixtures";

/**
 * Forms that fetch zod and their schema on their first check (src/components/forms/lazy-zod-resolver.ts),
 * not with the page: a refused value still shows its Vietnamese message beside the field, and nothing
 * is sent. Nothing is saved here, so the seed stays as other specs expect it.
 */
test("an account's roles and the unit's own award forms check their values after the page loads without zod", async ({
  page,
}) => {
  await signInAs(page, "quantri.honquan@thidua.vn");

  await page.goto("/tai-khoan");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/tai-khoan\/(?!moi)[^/?]+/);
  const url = page.url();
  for (const box of await page.getByRole("checkbox", { checked: true }).all()) await box.uncheck();
  await page.getByRole("button", { name: "Lưu vai trò" }).click();
  await expect(page.getByText("Chọn ít nhất một vai trò.")).toBeVisible();
  expect(page.url()).toBe(url);

  await page.goto("/danh-muc");
  const form = page.getByRole("form", { name: "Thêm hình thức khen thưởng của đơn vị" });
  await form.getByRole("button", { name: "Thêm hình thức" }).click();
  await expect(form.getByText("Tên hình thức phải có ít nhất 3 ký tự.")).toBeVisible();
  await expect(form.getByLabel("Tên hình thức")).toHaveAttribute("aria-invalid", "true");
});
