import fs from "node:fs";
import type { Page } from "@playwright/test";
import readExcelFile from "read-excel-file/node";
import { readDocxText } from "../tests/support/docx-text";
import { expect, test, expectAccessible, signInAs } from "./fixtures";

const PLAN = "Phát động phong trào thi đua cải cách hành chính huyện Văn Lâm năm 2024";
const GK_HUYEN = "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện";
const BK_TINH = "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh";
const BK_TTG = "Bằng khen của Thủ tướng Chính phủ";
// Seed 001, section I: "UBND xã", "Các thôn", "Bộ phận tiếp nhận và trả kết quả", "Các ban ngành, đoàn thể".
const VILLAGES = ["Thôn Đình Dù", "Thôn Ngọc Đà", "Thôn Hồng Thái"];
const MASS_ORGANISATIONS = [
  "Công an",
  "Ban Chỉ huy Quân sự",
  "Ủy ban Mặt trận Tổ quốc",
  "Hội Liên hiệp Phụ nữ",
  "Đoàn Thanh niên",
  "Hội Nông dân",
  "Hội Cựu chiến binh",
];
const ONE_STOP = "Bộ phận Tiếp nhận và trả kết quả";

async function openPlan(page: Page) {
  await page.goto(`/ke-hoach?q=${encodeURIComponent("huyện Văn Lâm")}`);
  await page.getByRole("link", { name: PLAN }).click();
}

async function addCollective(page: Page, name: string, marks: string[]) {
  await page.getByLabel("Thêm tập thể").selectOption({ label: name });
  await page.getByRole("button", { name: "Thêm", exact: true }).first().click();
  for (const mark of marks) await page.getByRole("checkbox", { name: `${name}: ${mark}` }).check();
}

test("seed 001's table: a commune registers after the district reopens it; the district aggregates, approves and exports it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  // The 2024 deadline has passed: the district's reviewer reopens registration for Xã Đình Dù.
  await signInAs(page, "noivu.vanlam@thidua.vn");
  await openPlan(page);
  await page.getByRole("link", { name: "Tổng hợp đăng ký của các đơn vị" }).click();
  // The units are found by status and by name typed without diacritics (issue 15: a page, not every unit).
  await page.getByLabel("Trạng thái").selectOption("chua-dang-ky");
  await page.getByLabel("Tên đơn vị").fill("dinh du");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/trang-thai=chua-dang-ky.*tim=dinh\+du/);
  await expect(page.getByTestId("registration-summary-row")).toHaveCount(1);
  await expect(page.getByTestId("registration-summary-row")).toContainText("Xã Đình Dù");
  await expect(page.getByRole("form", { name: /^Mở lại đăng ký cho / })).toHaveCount(1);
  await page.getByLabel("Mở lại đến ngày (Xã Đình Dù)").fill(until);
  await page
    .getByRole("form", { name: "Mở lại đăng ký cho Xã Đình Dù" })
    .getByRole("button", { name: "Mở lại" })
    .click();
  // Reopened, it has still not registered: it stays under the filter, with its date.
  await expect(
    page.getByRole("heading", { name: `Xã Đình Dù – Chưa gửi · mở lại đến ${until.split("-").reverse().join("/")}` }),
  ).toBeVisible();
  await expectAccessible(page);
  // A name no unit holds: a clear empty list; junk parameters: the whole list, not an error.
  const summaryPath = new URL(page.url()).pathname;
  await page.getByLabel("Tên đơn vị").fill("không có đơn vị này");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByText("Không có đơn vị nào theo bộ lọc này.")).toBeVisible();
  await expect(page.getByRole("form", { name: /^Mở lại đăng ký cho / })).toHaveCount(0);
  const junk = await page.goto(`${summaryPath}?trang-thai=xyz&trang=abc&nam=zz&tim=%25`);
  expect(junk?.status()).toBe(200);
  await expect(page.getByText("Không có đơn vị nào theo bộ lọc này.")).toBeVisible();
  const whole = await page.goto(`${summaryPath}?trang-thai=xyz&trang=-4&nam=zz`);
  expect(whole?.status()).toBe(200);
  await expect(page.getByTestId("registration-summary-row").first()).toBeVisible();
  // At 390 px a unit's reopen form fits the width and its button is a full touch target.
  await page.setViewportSize({ width: 390, height: 844 });
  const reopen = page
    .getByRole("form", { name: "Mở lại đăng ký cho Xã Đình Dù" })
    .getByRole("button", { name: "Mở lại" });
  await reopen.scrollIntoViewIfNeeded();
  const box = (await reopen.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Đăng xuất" }).click();

  // The commune officer enters seed 001's table.
  await signInAs(page, "canbo.dinhdu@thidua.vn");
  await openPlan(page);
  await page.getByRole("link", { name: "Đăng ký của Xã Đình Dù" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Đăng ký danh hiệu thi đua, hình thức khen thưởng" }),
  ).toBeVisible();
  await addCollective(page, "Xã Đình Dù", [GK_HUYEN]);
  for (const village of VILLAGES) await addCollective(page, village, [GK_HUYEN]);
  await addCollective(page, ONE_STOP, [GK_HUYEN, BK_TINH]);
  for (const org of MASS_ORGANISATIONS) await addCollective(page, org, [GK_HUYEN]);
  // "Toàn thể cán bộ, công chức, người lao động UBND xã": every staff member, marks (8) and (10).
  await page.getByLabel("Đăng ký cho toàn thể cán bộ").selectOption({ label: GK_HUYEN });
  await page.getByRole("button", { name: "Thêm toàn thể" }).click();
  const staffTtg = page.getByRole("checkbox", { name: new RegExp(` – .+: ${BK_TTG}$`) });
  const staff = await staffTtg.count();
  expect(staff).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < staff; i++) await staffTtg.nth(i).check();
  await page
    .getByLabel("Nội dung đăng ký của Xã Đình Dù")
    .fill("Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2024");
  await page.getByRole("button", { name: "Lưu bảng đăng ký" }).click();
  await expect(page.getByText("Đã lưu bảng đăng ký.")).toBeVisible();
  await expectAccessible(page);
  const [printed] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "In bảng đăng ký (.docx)" }).click(),
  ]);
  const { tables } = await readDocxText(fs.readFileSync(await printed.path()));
  const grid = tables.find((t) => t[0]![0] === "STT")!;
  expect(grid.find((r) => r[1] === ONE_STOP)!.filter((c) => c === "x")).toHaveLength(2);
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByText("Đã gửi đăng ký tới đơn vị ban hành kế hoạch.")).toBeVisible();
  await expect(page.getByText("Đã gửi, chờ duyệt")).toBeVisible();
  await page.getByRole("button", { name: "Đăng xuất" }).click();

  // The district reviewer sees it aggregated, approves it and exports the table.
  await signInAs(page, "noivu.vanlam@thidua.vn");
  await openPlan(page);
  await page.getByRole("link", { name: "Tổng hợp đăng ký của các đơn vị" }).click();
  const summary = page.getByTestId("registration-summary-row").filter({ hasText: "Xã Đình Dù" });
  const collectives = 1 + VILLAGES.length + 1 + MASS_ORGANISATIONS.length;
  await expect(summary).toContainText(String(collectives + staff));
  await expect(summary).toContainText(String(staff));
  await page
    .getByRole("form", { name: "Duyệt: đăng ký của Xã Đình Dù" })
    .getByRole("button", { name: "Duyệt" })
    .click();
  await expect(summary).toContainText("Đã duyệt");
  await expectAccessible(page);
  // The counts above the list follow, and the approved filter lists it.
  await page.getByRole("link", { name: /^Đã duyệt: \d+$/ }).click();
  await expect(page).toHaveURL(/trang-thai=da-duyet/);
  await expect(summary).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Xuất Excel (.xlsx)" }).click(),
  ]);
  const sheets = await readExcelFile(fs.readFileSync(await download.path()));
  const table = sheets
    .find((s) => s.sheet === "Xã Đình Dù")!
    .data.map((row) => row.map((c) => (c === null ? "" : String(c))));
  const text = table.map((r) => r.join("|")).join("\n");
  expect(text).toContain("ĐĂNG KÝ");
  expect(text).toContain("XÃ ĐÌNH DÙ");
  const header = table.find((r) => r[0] === "STT")!;
  expect(header.slice(0, 4)).toEqual(["STT", "Tập thể, cá nhân", "Danh hiệu thi đua", ""]);
  const names = table[table.indexOf(header) + 1]!;
  const col = (name: string) => names.indexOf(name);
  expect(col(GK_HUYEN)).toBeGreaterThan(1);
  expect(table[table.indexOf(header) + 2]!.slice(0, 3)).toEqual(["(1)", "(2)", "(3)"]);
  const line = (label: string) => table.find((r) => r[1] === label)!;
  expect(line("Xã Đình Dù")[col(GK_HUYEN)]).toBe("x");
  expect(line(ONE_STOP)[col(BK_TINH)]).toBe("x");
  expect(line("Thôn Ngọc Đà")[col(BK_TINH)]).toBe("");
  expect(table.filter((r) => r[col(BK_TTG)] === "x")).toHaveLength(staff);
  const summarySheet = sheets.find((s) => s.sheet === "Tổng hợp")!.data;
  expect(summarySheet.find((r) => r[0] === "Xã Đình Dù")).toBeTruthy();
});
