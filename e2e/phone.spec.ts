import type { Browser, Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signInAs, test } from "./fixtures";

/**
 * On a 390 px phone: the menu folds behind one disclosure button, so a page starts with its own
 * content; checkboxes are at least 24 px; dates are typed and shown dd/mm/yyyy even in an English
 * browser, and moments read "HH:mm ngày dd/mm/yyyy".
 */
const PHONE = { width: 390, height: 844 };

// Every page visited is checked with axe after each test (fixtures.ts): more than the default minute on a loaded machine.
test.slow();

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
    // Typed on a number pad, which has no "/": the slashes come with the digits; deleting is not undone.
    await expect(born).toHaveAttribute("inputmode", "numeric");
    await born.fill("");
    await born.pressSequentially("0112");
    await expect(born).toHaveValue("01/12/");
    await born.pressSequentially("1990");
    await expect(born).toHaveValue("01/12/1990");
    for (let i = 0; i < 5; i++) await born.press("Backspace");
    await expect(born).toHaveValue("01/12");
    await born.pressSequentially("/1990");
    await expect(born).toHaveValue("01/12/1990");
    // Eight digits at once are read as dd/mm/yyyy and written back so.
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

/**
 * The council's work on phones, in the two-level demo (Xã Như Quỳnh's issued 2026 plan): two
 * nominees for Lao động tiên tiến go through a meeting; a member votes on a 390 px phone with
 * "Đồng ý tất cả", reviews and sends; the commune chair approves both on a 390 px phone. Every page
 * on the way is checked with axe (here and again after the test, fixtures.ts).
 *
 * Runs after notifications.spec.ts and before two-level.spec.ts on the same demo data, and keeps to
 * what they do not use: the plan's Lao động tiên tiến form (quota 10; they use Chiến sĩ thi đua cơ
 * sở) and Ngô Văn Lực and Nguyễn Thị Hồng (they use Phạm Thị Thu Trang and Đào Minh Tuấn). The
 * meeting is closed and both nominees approved, so nothing is left waiting for the council, and no
 * decision is signed (two-level.spec.ts expects its decision to be the unit's first of the year).
 */
const NHU_QUYNH_PLAN =
  "Phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội xã Như Quỳnh năm 2026";
const LDTT = "Lao động tiên tiến";
const REPORT = "Báo cáo thành tích (Mẫu số 05, Nghị định 152/2025/NĐ-CP)";
const LDTT_NOMINEES = [
  { name: "Ngô Văn Lực", label: "Ngô Văn Lực – Chuyên viên Phòng Kinh tế" },
  { name: "Nguyễn Thị Hồng", label: "Nguyễn Thị Hồng – Chuyên viên Văn phòng HĐND và UBND" },
];
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

/** A signed-in page in a browser of its own: on a 390 px touch phone, or at the desktop width. */
async function signedIn(browser: Browser, email: string, phone = false) {
  const context = await browser.newContext(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

/** The page is no wider than the phone, and `target` is a ≥ 24 px target wholly within its width. */
async function expectReachable(page: Page, target: Locator) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const box = (await target.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
}

/** "Đồng ý tất cả", the review, "Gửi phiếu": the ballot as every member casts it here. */
async function agreeToAll(page: Page) {
  const ballot = page.getByRole("form", { name: "Phiếu bầu" });
  await ballot.getByRole("button", { name: "Đồng ý tất cả" }).click();
  await expect(ballot.getByTestId("ballot-review")).toHaveText("Phiếu của bạn: 2 đồng ý, 0 không đồng ý.");
  await ballot.getByRole("button", { name: "Gửi phiếu" }).click();
  await expect(page.getByTestId("ballot-done")).toBeVisible();
}

test("at 390 px a council member casts the ballot (Đồng ý tất cả, review, send) and the chair approves", async ({
  browser,
}) => {
  test.setTimeout(600_000);

  // The officer proposes both for Lao động tiên tiến, on a desktop.
  const officer = await signedIn(browser, "canbo.nhuquynh@thidua.vn");
  await officer.goto("/de-nghi");
  await officer.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `${LDTT} – Cá nhân (chỉ tiêu 10) · Xã Như Quỳnh: ${NHU_QUYNH_PLAN} (số 12/KH-UBND)`,
  });
  await officer.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: `Tờ trình: ${LDTT} – Cá nhân` })).toBeVisible();
  for (const nominee of LDTT_NOMINEES) {
    await officer.getByLabel("Cá nhân được đề nghị", { exact: true }).selectOption({ label: nominee.label });
    await officer.getByLabel("Tóm tắt thành tích").fill("Hoàn thành tốt nhiệm vụ năm 2026.");
    await officer.getByLabel("Thành tích từ ngày").fill("01/01/2026");
    await officer.getByLabel("Thành tích đến ngày").fill("31/12/2026");
    await officer.getByRole("button", { name: "Thêm vào tờ trình" }).click();
    const card = officer.getByTestId("nominee").filter({ has: officer.getByRole("heading", { name: nominee.name }) });
    const upload = officer.getByRole("form", { name: `Tải lên: ${nominee.name} – ${REPORT}` });
    await upload
      .getByLabel(/^Tệp cho/)
      .setInputFiles({ name: "bao-cao.pdf", buffer: PDF, mimeType: "application/pdf" });
    await upload.getByRole("button", { name: "Tải lên" }).click();
    await expect(card.getByRole("row").filter({ hasText: REPORT }).getByTestId("document-state")).toHaveText("Đã nộp");
  }
  await officer.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(officer.getByText(/Đã gửi tờ trình lúc/)).toBeVisible();

  // The commune chair accepts it for the council.
  const chair = await signedIn(browser, "chutich.nhuquynh@thidua.vn");
  await chair.goto("/de-nghi/tham-dinh");
  await chair
    .getByRole("row")
    .filter({ hasText: "Đã gửi" })
    .filter({ hasText: LDTT })
    .first()
    .getByRole("link")
    .first()
    .click();
  await chair.getByRole("button", { name: "Chấp nhận, chuyển Hội đồng" }).click();
  await expect(chair.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible();
  await chair.context().close();

  // The officer, the council's secretary, schedules a meeting, opens it and the ballot.
  await officer.goto("/hoi-dong");
  const schedule = officer.getByRole("form", { name: "Lên lịch phiên họp" });
  await schedule.getByLabel("Kế hoạch").selectOption({ label: `${NHU_QUYNH_PLAN} (2 hồ sơ chờ Hội đồng)` });
  await schedule.getByLabel("Địa điểm").fill("Phòng họp số 3, UBND xã Như Quỳnh");
  await schedule.getByRole("button", { name: "Lên lịch phiên họp" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: /^Phiên họp ngày/ })).toBeVisible();
  const meetingUrl = officer.url();
  await officer.getByRole("button", { name: "Khai mạc phiên họp" }).click();
  await officer.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(officer.getByRole("form", { name: "Phiếu bầu" })).toBeVisible();

  // A member on a phone: the folded menu says there is work; the ballot is the first thing on the page.
  const member = await signedIn(browser, "hoidong1.nhuquynh@thidua.vn", true);
  const menu = member.getByRole("button", { name: /^Menu, [1-9]\d* việc cần làm$/ });
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(
    member
      .getByRole("navigation", { name: "Chức năng" })
      .getByRole("link", { name: /^Hội đồng Thi đua – Khen thưởng\W+[1-9]\d* việc cần làm$/i }),
  ).toBeVisible();
  await expectAccessible(member);
  await member.goto(meetingUrl);
  const ballot = member.getByRole("form", { name: "Phiếu bầu" });
  const agreeAll = ballot.getByRole("button", { name: "Đồng ý tất cả" });
  // In the first screen, without scrolling (it started 1,226 px down).
  expect((await agreeAll.boundingBox())!.y + 24).toBeLessThanOrEqual(PHONE.height);
  await expectReachable(member, agreeAll);
  for (const radio of await ballot.getByRole("radio").all()) await expectReachable(member, radio);
  await expectAccessible(member);
  await agreeAll.click();
  for (const nominee of LDTT_NOMINEES)
    await expect(
      ballot.getByRole("group", { name: new RegExp(`^${nominee.name} – `) }).getByLabel("Đồng ý", { exact: true }),
    ).toBeChecked();
  // Nothing is sent yet: the member reviews the choices first.
  await expect(ballot.getByTestId("ballot-review")).toHaveText("Phiếu của bạn: 2 đồng ý, 0 không đồng ý.");
  await expect(ballot.getByText("phiếu chưa được gửi")).toBeVisible();
  await expectAccessible(member);
  const send = ballot.getByRole("button", { name: "Gửi phiếu" });
  await send.scrollIntoViewIfNeeded();
  await expectReachable(member, send);
  await send.click();
  await expect(member.getByTestId("ballot-done")).toContainText("Đã gửi phiếu");
  await expectAccessible(member);
  await member.context().close();

  // The other three members agree too (Như Quỳnh's council has four seats).
  for (const email of ["chutich.nhuquynh@thidua.vn", "hoidong2.nhuquynh@thidua.vn"]) {
    const voter = await signedIn(browser, email);
    await voter.goto(meetingUrl);
    await agreeToAll(voter);
    await voter.context().close();
  }
  await officer.reload();
  await agreeToAll(officer);
  officer.once("dialog", (d) => void d.accept());
  await officer.getByRole("button", { name: "Kết thúc bỏ phiếu và kiểm phiếu" }).click();
  await expect(officer.getByText("Đã kiểm phiếu")).toBeVisible();
  for (const nominee of LDTT_NOMINEES)
    await expect(officer.getByTestId("agenda-item").filter({ hasText: nominee.name }).getByTestId("result")).toHaveText(
      "Đạt",
    );
  await officer.context().close();

  // The commune chair approves on a phone: the action within the width, a proper target.
  const phoneChair = await signedIn(browser, "chutich.nhuquynh@thidua.vn", true);
  await phoneChair.goto("/phe-duyet");
  await expectAccessible(phoneChair);
  await phoneChair.getByRole("link", { name: NHU_QUYNH_PLAN }).click();
  await expect(phoneChair.getByRole("heading", { level: 1, name: /^Phê duyệt khen thưởng:/ })).toBeVisible();
  const section = phoneChair.getByRole("region", { name: new RegExp(`^${LDTT} – Cá nhân`) });
  const approveAll = section.getByRole("button", { name: "Phê duyệt tất cả người đạt (2)" });
  // The approvals come before the budget and the quota table (they held the action ~1,000 px down).
  const quota = phoneChair.getByRole("table", { name: "Số lượng khen thưởng theo kế hoạch" });
  expect((await approveAll.boundingBox())!.y).toBeLessThan((await quota.boundingBox())!.y);
  await approveAll.scrollIntoViewIfNeeded();
  await expectReachable(phoneChair, approveAll);
  // Each row's checkbox of the board's one form: a proper target too.
  for (const nominee of LDTT_NOMINEES)
    await expectReachable(phoneChair, phoneChair.getByRole("checkbox", { name: nominee.name, exact: true }));
  await expectReachable(phoneChair, phoneChair.getByRole("button", { name: "Phê duyệt các mục đã chọn" }));
  await expectAccessible(phoneChair);
  phoneChair.once("dialog", (d) => void d.accept());
  await approveAll.click();
  await expect(section.getByText("Đã phê duyệt 2 người, tập thể.")).toBeVisible();
  for (const nominee of LDTT_NOMINEES)
    await expect(
      phoneChair.getByTestId("approval-item").filter({ hasText: nominee.name }).getByTestId("approval-state"),
    ).toContainText("Đã phê duyệt");
  expect(await phoneChair.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(phoneChair);
  await phoneChair.context().close();
});
