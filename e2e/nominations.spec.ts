import type { Page } from "@playwright/test";
import { expect, test, expectAccessible, signInAs } from "./fixtures";

const PLAN = "Phát động phong trào thi đua cải cách hành chính huyện Văn Lâm năm 2024";
const REPORT = "Báo cáo thành tích";
const MINUTES = "Biên bản và kết quả bỏ phiếu của Hội đồng thi đua, khen thưởng";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
}

async function upload(
  page: Page,
  nominee: string,
  document: string,
  file: { name: string; buffer: Buffer; mimeType: string } = {
    name: "ho-so.pdf",
    buffer: PDF,
    mimeType: "application/pdf",
  },
) {
  const form = page.getByRole("form", { name: `Tải lên: ${nominee} – ${document}` });
  await form.getByLabel(/^Tệp cho/).setInputFiles(file);
  await form.getByRole("button", { name: "Tải lên" }).click();
}

const documentState = (page: Page, nominee: string, document: string) =>
  page
    .getByTestId("nominee")
    .filter({ has: page.getByRole("heading", { name: nominee }) })
    .getByRole("row")
    .filter({ hasText: document })
    .getByTestId("document-state");

test("a commune's batch: blocked while a dossier is incomplete, submitted, returned with a comment, fixed, resubmitted and accepted", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  // The district's reviewer allocates 2 of the 10 individual Giấy khen to Xã Đình Dù and, the 2024
  // dossier deadline having passed, extends it for that commune.
  await signInAs(page, "noivu.vanlam@thidua.vn");
  await page.goto(`/ke-hoach?q=${encodeURIComponent("huyện Văn Lâm")}`);
  await page.getByRole("link", { name: PLAN }).click();
  await page.getByRole("link", { name: "Chỉ tiêu khen thưởng và gia hạn hồ sơ" }).click();
  const individual = page.getByRole("form", { name: "Phân bổ: Giấy khen của Chủ tịch UBND huyện – Cá nhân" });
  await individual.getByLabel("Phân bổ cho Xã Đình Dù (Giấy khen của Chủ tịch UBND huyện – Cá nhân)").fill("2");
  await individual.getByRole("button", { name: "Lưu phân bổ" }).click();
  await expect(individual.getByText("Đã lưu phân bổ.")).toBeVisible();
  await page.getByLabel("Đơn vị được gia hạn").selectOption({ label: "Xã Đình Dù" });
  await page.getByLabel("Gia hạn đến ngày").fill(until);
  await page.getByRole("button", { name: "Gia hạn" }).click();
  await expect(page.getByText("Đã gia hạn.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The commune officer builds the batch.
  await signInAs(page, "canbo.dinhdu@thidua.vn");
  await page.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Đề nghị khen thưởng" }).click();
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `Giấy khen của Chủ tịch UBND huyện – Cá nhân (chỉ tiêu 10) · Huyện Văn Lâm: ${PLAN} (số 18/KH-UBND)`,
  });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tờ trình: Giấy khen của Chủ tịch UBND huyện – Cá nhân" }),
  ).toBeVisible();
  for (const person of ["Lê Thị Thu", "Nguyễn Đức Anh"]) {
    await page.getByLabel("Cá nhân được đề nghị").selectOption({
      label: `${person} – ${person === "Lê Thị Thu" ? "Công chức Văn phòng - Thống kê" : "Công chức Văn phòng - Thống kê"}`,
    });
    await page.getByLabel("Tóm tắt thành tích").fill(`${person} tham mưu tốt công tác cải cách hành chính năm 2024.`);
    await page.getByLabel("Thành tích từ ngày").fill("2024-01-01");
    await page.getByLabel("Thành tích đến ngày").fill("2024-12-31");
    await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
    await expect(page.getByRole("heading", { name: person })).toBeVisible();
  }
  // A "PDF" that is not one is refused by its content.
  await upload(page, "Lê Thị Thu", REPORT, {
    name: "bao-cao.pdf",
    buffer: Buffer.from("day khong phai pdf"),
    mimeType: "application/pdf",
  });
  await expect(
    page.getByText("Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên)."),
  ).toBeVisible();
  await upload(page, "Lê Thị Thu", REPORT);
  await expect(documentState(page, "Lê Thị Thu", REPORT)).toHaveText("Đã nộp");
  await upload(page, "Lê Thị Thu", MINUTES);
  await expect(documentState(page, "Lê Thị Thu", MINUTES)).toHaveText("Đã nộp");
  await upload(page, "Nguyễn Đức Anh", REPORT);
  await expect(documentState(page, "Nguyễn Đức Anh", REPORT)).toHaveText("Đã nộp");
  // Nguyễn Đức Anh's minutes are missing: the batch cannot go.
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText(`Nguyễn Đức Anh: thiếu "${MINUTES}".`)).toBeVisible();
  await expectAccessible(page);
  await upload(page, "Nguyễn Đức Anh", MINUTES);
  await expect(documentState(page, "Nguyễn Đức Anh", MINUTES)).toHaveText("Đã nộp");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("Đã gửi, chờ thẩm định")).toBeVisible();
  const batchUrl = page.url();
  await signOut(page);

  // The reviewer flags a document and returns the batch with a comment.
  await signInAs(page, "noivu.vanlam@thidua.vn");
  await page.goto("/de-nghi/tham-dinh");
  await page.getByRole("link", { name: "Xã Đình Dù" }).first().click();
  const flag = page.getByRole("form", { name: `Thẩm định: Lê Thị Thu – ${REPORT}` });
  await flag.getByLabel(/Nhận xét về/).fill("Thiếu chữ ký của thủ trưởng đơn vị");
  await flag.getByRole("button", { name: "Cần sửa" }).click();
  await expect(documentState(page, "Lê Thị Thu", REPORT)).toContainText("Cần sửa");
  await page.getByLabel("Lý do trả lại").fill("Bổ sung chữ ký trên báo cáo thành tích");
  await page.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByText("Bị trả lại")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The officer is notified, fixes the document and resubmits.
  await signInAs(page, "canbo.dinhdu@thidua.vn");
  await page.goto("/de-nghi");
  await page.getByRole("link", { name: /bị trả lại: Bổ sung chữ ký trên báo cáo thành tích/ }).click();
  await expect(documentState(page, "Lê Thị Thu", REPORT)).toContainText("Thiếu chữ ký của thủ trưởng đơn vị");
  await upload(page, "Lê Thị Thu", REPORT, { name: "bao-cao-da-ky.pdf", buffer: PDF, mimeType: "application/pdf" });
  await expect(documentState(page, "Lê Thị Thu", REPORT)).toHaveText("Đã nộp");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("lần 2")).toBeVisible();
  await signOut(page);

  // The reviewer accepts; the quota board counts it.
  await signInAs(page, "noivu.vanlam@thidua.vn");
  await page.goto(batchUrl);
  await page.getByRole("button", { name: "Chấp nhận, chuyển Hội đồng" }).click();
  await expect(page.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Lần 1" }).filter({ hasText: "Trả lại: Bổ sung chữ ký" }),
  ).toBeVisible();
  await page.goto(`/ke-hoach?q=${encodeURIComponent("huyện Văn Lâm")}`);
  await page.getByRole("link", { name: PLAN }).click();
  await page.getByRole("link", { name: "Chỉ tiêu khen thưởng và gia hạn hồ sơ" }).click();
  await expect(page.getByTestId("quota-row").filter({ hasText: "Xã Đình Dù" }).first()).toContainText("Xã Đình Dù222");
});
