import { expect, expectAccessible, signInAs, test } from "./fixtures";

/**
 * On a 390 px phone: the menu folds behind one disclosure button, so a page starts with its own
 * content; checkboxes are at least 24 px; dates are typed and shown dd/mm/yyyy even in an English
 * browser, and moments read "HH:mm ngày dd/mm/yyyy".
 */
const PHONE = { width: 390, height: 844 };

test("at 390 px the menu is one button; opened it shows every link, Escape and navigation close it", async ({
  page,
}) => {
  // Signed in at the desktop width (the sign-out button is then in view), then on the phone.
  await signInAs(page, "chutich.trucninh@thidua.vn");
  await page.setViewportSize(PHONE);
  await page.goto("/thong-ke");
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Chức năng" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeHidden();
  // The page's own heading comes right after a short header (it used to start ~350 px down).
  const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
  expect(heading!.y).toBeLessThan(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Lịch sử khen thưởng" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Lịch sử khen thưởng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lịch sử khen thưởng" })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  // On a desktop the button is gone and the links are there.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(nav).toBeVisible();
});

test.describe("in an English browser", () => {
  test.use({ locale: "en-US" });

  test("a date is typed dd/mm/yyyy, checked, and shown back; a checkbox is a 24 px target; moments read HH:mm ngày dd/mm/yyyy", async ({
    page,
  }) => {
    await signInAs(page, "quantri.cole@thidua.vn");
    await page.setViewportSize(PHONE);
    await page.goto("/nhan-su/moi");
    const party = await page.getByLabel("Đảng viên").boundingBox();
    expect(party!.width).toBeGreaterThanOrEqual(24);
    expect(party!.height).toBeGreaterThanOrEqual(24);

    const born = page.getByLabel("Ngày sinh");
    await expect(born).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await page.getByLabel("Họ và tên").fill("Hoàng Thị Ngày Tháng");
    await page.getByLabel("Chức vụ").fill("Công chức Văn hóa - Xã hội");
    await born.fill("31/02/1990");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Ngày không tồn tại.")).toBeVisible();
    // Eight digits (a phone's number pad has no "/") are read as dd/mm/yyyy and written back so.
    await born.fill("01121990");
    await born.blur();
    await expect(born).toHaveValue("01/12/1990");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hoàng Thị Ngày Tháng" })).toBeVisible();
    // The first of December, not the twelfth of January.
    await expect(page.getByText("01/12/1990")).toBeVisible();

    await page.getByRole("link", { name: "Sửa thông tin" }).click();
    await expect(page.getByLabel("Ngày sinh")).toHaveValue("01/12/1990");

    await page.goto("/nhat-ky");
    await expect(page.getByText(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
  });
});
