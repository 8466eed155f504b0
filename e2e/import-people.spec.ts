import writeExcelFile from "write-excel-file/node";
import { expect, test, expectAccessible, signInAs } from "./fixtures";

const header = ["Họ và tên", "Ngày sinh", "Giới tính", "Loại", "Chức vụ", "Tổ chức", "Đảng viên"];

async function sheet(rows: (string | null)[][]) {
  return Buffer.from(await writeExcelFile([header, ...rows]).toBuffer());
}

test("an import with a bad row shows the row's errors and imports nothing; the fixed sheet imports all", async ({
  page,
}) => {
  await signInAs(page, "quantri.dinhdu@thidua.vn");
  await page.goto("/nhan-su/nhap-excel");
  await expectAccessible(page);

  const good = ["Hà Văn Nhập", "12/02/1988", "Nam", "Công chức", "Công chức Văn hóa", "Văn hóa - Xã hội", "x"];
  const bad = ["Tạ Thị Lỗi", "31/02/1990", "Khác", "Công chức", "Công chức", "Phòng không tồn tại", ""];
  await page.getByLabel("Tệp bảng tính (.xlsx)").setInputFiles({
    name: "danh-sach.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await sheet([good, bad]),
  });
  await page.getByRole("button", { name: "Nhập danh sách" }).click();
  await expect(page.getByText(/Chưa nhập dòng nào/)).toBeVisible();
  const errors = page.getByTestId("import-error");
  await expect(errors.filter({ hasText: "Ngày không tồn tại." })).toContainText("3");
  await expect(errors.filter({ hasText: "Giới tính" })).toHaveCount(1);
  await expectAccessible(page);

  await page.goto("/nhan-su?q=ha van nhap");
  await expect(page.getByText("Không tìm thấy kết quả cho “ha van nhap”.")).toBeVisible();

  await page.goto("/nhan-su/nhap-excel");
  const fixed = ["Tạ Thị Lỗi", "28/02/1990", "Nữ", "Công chức", "Công chức", "Tư pháp - Hộ tịch", ""];
  await page.getByLabel("Tệp bảng tính (.xlsx)").setInputFiles({
    name: "danh-sach.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await sheet([good, fixed]),
  });
  await page.getByRole("button", { name: "Nhập danh sách" }).click();
  await expect(page.getByText("Đã nhập 2 người.")).toBeVisible();
  await page.goto("/nhan-su?q=ha van nhap");
  await expect(page.getByRole("link", { name: "Hà Văn Nhập" })).toBeVisible();
});

test("a file that is not a spreadsheet is refused by its content, whatever its name", async ({ page }) => {
  await signInAs(page, "quantri.dinhdu@thidua.vn");
  await page.goto("/nhan-su/nhap-excel");
  await page.getByLabel("Tệp bảng tính (.xlsx)").setInputFiles({
    name: "gia-mao.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("Họ và tên,Ngày sinh\n"),
  });
  await page.getByRole("button", { name: "Nhập danh sách" }).click();
  await expect(page.getByText("Tệp không phải bảng tính Excel (.xlsx).")).toBeVisible();
});
