import { expect, test, expectAccessible, signInAs } from "./fixtures";
import { signOut } from "./plan-form";

const PLAN = "Phát động phong trào thi đua cải cách hành chính huyện Văn Lâm năm 2024";

test("the facts eligibility reads are kept on the person's page, and a nominee under an open complaint is refused with the article", async ({
  page,
}) => {
  // The commune's administrator records a rating and an open complaint.
  await signInAs(page, "quantri.dinhdu@thidua.vn");
  await page.goto("/nhan-su?q=dao thi hanh");
  await page.getByRole("link", { name: "Đào Thị Hạnh" }).click();
  const rating = page.getByRole("form", { name: "Ghi kết quả xếp loại" });
  await rating.getByLabel("Năm").fill("1900");
  await rating.getByRole("button", { name: "Lưu xếp loại" }).click();
  await expect(rating.getByText("Năm từ 1975.")).toBeVisible();
  await rating.getByLabel("Năm").fill("2024");
  await rating.getByLabel("Kết quả xếp loại").selectOption({ label: "Hoàn thành xuất sắc nhiệm vụ" });
  await rating.getByRole("button", { name: "Lưu xếp loại" }).click();
  await expect(page.getByRole("table", { name: "Xếp loại của Đào Thị Hạnh" })).toContainText(
    "Hoàn thành xuất sắc nhiệm vụ",
  );
  const hold = page.getByRole("form", { name: "Thêm đơn thư, thanh tra" });
  await hold.getByLabel("Nội dung").fill("Đơn phản ánh về thái độ tiếp công dân");
  await hold.getByLabel("Từ ngày").fill("2024-10-01");
  await hold.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(page.getByRole("table", { name: "Đơn thư, thanh tra" })).toContainText("đang xác minh");
  await expectAccessible(page);
  await signOut(page);

  // The officer cannot propose her while the complaint is being verified, and is told why.
  await signInAs(page, "canbo.dinhdu@thidua.vn");
  await page.goto("/de-nghi");
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `Giấy khen của Chủ tịch UBND huyện – Cá nhân (chỉ tiêu 10) · Huyện Văn Lâm: ${PLAN} (số 18/KH-UBND)`,
  });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await page
    .getByLabel("Cá nhân được đề nghị", { exact: true })
    .selectOption({ label: "Đào Thị Hạnh – Công chức Tư pháp - Hộ tịch" });
  await page.getByLabel("Tóm tắt thành tích").fill("Giải quyết hồ sơ hộ tịch đúng hạn.");
  await page.getByLabel("Thành tích từ ngày").fill("2024-01-01");
  await page.getByLabel("Thành tích đến ngày").fill("2024-12-31");
  await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
  const message =
    "Có đơn thư khiếu nại, tố cáo đang được xác minh: chưa xét khen thưởng. (Nghị định 152/2025/NĐ-CP, Điều 4)";
  await expect(page.getByText(`Đào Thị Hạnh chưa đủ điều kiện: ${message}`)).toBeVisible();
  await expect(page.getByTestId("nominee")).toHaveCount(0);
  await expectAccessible(page);
});
