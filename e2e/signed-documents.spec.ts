import { expect, expectAccessible, test, signInAs } from "./fixtures";
import { signOut } from "./plan-form";
import { signedPdf } from "./signed-pdf";

/**
 * The decision of record: the system operator puts the test CA on the trust list; after
 * campaign.spec.ts has Huyện Hớn Quản's chair sign Quyết định số 01/QĐ-UBND, the district's office opens it from its list of decisions, downloads its PDF,
 * records a digitally signed PDF (made by a fixture with a test CA) and reads "Chữ ký hợp lệ" with
 * the signer; on a 390 px phone the page fits; an unsigned file is recorded too, flagged
 * "Tệp không có chữ ký số"; then the awardee's commune finds the notice and opens the document;
 * last, the operator takes the CA off the list again (behind a confirmation).
 */

test.describe.configure({ mode: "serial" });

const FORM = "Giấy khen của Chủ tịch UBND huyện";

test("the office records the signed decision and reads its signature; the awardees' commune is told", async ({
  page,
}) => {
  const signed = await signedPdf();

  // The operator trusts the CA that issued the signer's certificate.
  await signInAs(page, "vanhanh@thidua.vn");
  await page.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Chứng thư số tin cậy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chứng thư số tin cậy" })).toBeVisible();
  await page.getByLabel(/Tệp chứng thư số của tổ chức cấp/).setInputFiles({
    name: "ca-thu-nghiem.pem",
    mimeType: "application/x-pem-file",
    buffer: signed.caPem,
  });
  await page.getByRole("button", { name: "Thêm vào danh sách tin cậy" }).click();
  await expect(page.getByText(`Đã thêm: ${signed.caName}.`)).toBeVisible();
  const listed = page.getByRole("listitem").filter({ hasText: signed.caName });
  await expect(listed).toContainText("Chứng thư gốc (tự cấp)");
  await expect(listed).toContainText("SHA-256:");
  await expectAccessible(page);
  await signOut(page);

  await signInAs(page, "canbo.honquan@thidua.vn");
  await page
    .getByRole("navigation", { name: "Chức năng" })
    .getByRole("link", { name: "Quyết định đã ký, ban hành" })
    .click();
  await page.getByRole("row").filter({ hasText: FORM }).getByRole("link", { name: "01/QĐ-UBND" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quyết định số 01/QĐ-UBND" })).toBeVisible();

  // "Tải PDF": the decision from the same outline as the .docx.
  const pdf = await page.request.get(
    await page.getByRole("link", { name: "Tải PDF" }).getAttribute("href").then(String),
  );
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // An unsigned scan is recorded, and said so.
  const section = page.getByRole("region", { name: "Văn bản đã ký (bản lưu chính thức)" });
  await section.getByLabel("Tệp PDF đã ký").setInputFiles({
    name: "ban-chup.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  });
  await section.getByRole("button", { name: "Ghi nhận văn bản đã ký" }).click();
  await expect(page.getByTestId("signature-result")).toContainText("Tệp không có chữ ký số");

  // The digitally signed PDF replaces it: valid and trusted, with its signer.
  await section.getByLabel("Thay bằng tệp PDF đã ký khác").setInputFiles({
    name: "quyet-dinh-01-da-ky.pdf",
    mimeType: "application/pdf",
    buffer: signed.bytes,
  });
  await section.getByRole("button", { name: "Ghi nhận văn bản đã ký" }).click();
  const result = page.getByTestId("signature-result");
  await expect(result).toContainText("Chữ ký hợp lệ");
  await expect(result).toContainText(`chứng thư số do ${signed.caName} cấp (thuộc danh sách tin cậy)`);
  await expect(result).toContainText(`Người ký: ${signed.signer}`);
  await expect(result).toContainText("Nội dung không thay đổi từ khi ký");
  await expect(section.getByRole("link", { name: "quyet-dinh-01-da-ky.pdf" })).toBeVisible();

  // On a phone the page fits its width, the upload and the result included.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("signature-result")).toContainText("Chữ ký hợp lệ");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signOut(page);

  // The awardees' commune finds the notice and opens the decision with its signed document.
  await signInAs(page, "canbo.thanhan@thidua.vn");
  await page.goto("/thong-bao");
  await page
    .getByRole("link", { name: /Quyết định số 01\/QĐ-UBND.*đã ban hành \(có chữ ký số hợp lệ\)/ })
    .first()
    .click();
  await expect(page.getByTestId("signature-result")).toContainText("Chữ ký hợp lệ");
  // Reading, not recording: no upload for another unit.
  await expect(page.getByRole("button", { name: "Ghi nhận văn bản đã ký" })).toHaveCount(0);
  await signOut(page);

  // The operator takes the test CA off the list again, after confirming.
  await signInAs(page, "vanhanh@thidua.vn");
  await page.goto("/he-thong/chung-thu-tin-cay");
  page.once("dialog", (d) => void d.accept());
  await page
    .getByRole("listitem")
    .filter({ hasText: signed.caName })
    .getByRole("button", { name: "Gỡ khỏi danh sách" })
    .click();
  await expect(page.getByRole("listitem").filter({ hasText: signed.caName })).toHaveCount(0);
});
