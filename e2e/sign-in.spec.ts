import { expect, test, expectAccessible, signIn, signInThroughForm } from "./fixtures";

test("wrong password gets a clear message; right password signs in; sign out returns to the sign-in page", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expectAccessible(page);

  await signIn(page, "quantri.cole@thidua.vn", "sai-mat-khau");
  await expect(page.getByText("Thư điện tử hoặc mật khẩu không đúng.")).toBeVisible();

  await signInThroughForm(page, "quantri.cole@thidua.vn");
  await expect(page.getByTestId("active-unit")).toContainText("Thị trấn Cổ Lễ");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị trấn Cổ Lễ");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/nhan-su");
  await expect(page).toHaveURL(/\/dang-nhap/);
});
