import fs from "node:fs";
import type { TPlanInput } from "../src/schemas/plan";
import { readDocxText } from "../tests/support/docx-text";
import { readPdfPages } from "../tests/support/pdf-text";
import { expect, test, signInAs as signInWithSavedSession } from "./fixtures";
import type { Browser, Locator, Page } from "@playwright/test";
import { fillPlanForm, openStep, signOut } from "./plan-form";
import { seedPlans, type SeedPlan } from "./seed-plans";

/**
 * Issue 12, award rounds and sub-quotas, as a district office lives them: Huyện Hớn Quản issues a
 * ten-year plan (2021–2030) whose Giấy khen is given every year and at the sơ kết of 2021–2025,
 * "03 tập thể, trong đó 01 ban, phòng, ngành và 02 xã, phường". The quota board shows one round
 * per year plus the sơ kết; one year's round is allocated 1 department (the district itself) + 2
 * communes, and a second place in the department group is refused naming the group.
 * Its own plan (own title, number 91): the seed's plans other specs use are left alone.
 *
 * The plan also gives "một phần quà trị giá 300.000 đồng/người" (a gift in kind, once for the plan).
 * Thị trấn Tân Khai cascades the plan and proposes, on the forms it copied, one collective for 2024's
 * round and one person for the gift; both reach Phòng Nội vụ of the district. The council passes them,
 * the chair signs one decision per form, and the decisions and the certificate are read back: the
 * Giấy khen with its certificate, the gift worded as a gift with none.
 * The tests run in order, each on what the one before left (the plan, the allocation, the batches).
 */

test.describe.configure({ mode: "serial" });

const honQuan = seedPlans.find((s) => s.unitCode === "694")!;
const FORM = "Giấy khen của Chủ tịch UBND huyện";
const DEPARTMENTS = "Ban, phòng, ngành";
const COMMUNES = "Xã, phường";
const REVIEW = "Sơ kết giai đoạn 2021–2025";
const GIFT_FORM = "Khen thưởng bằng quà";
const COLLECTIVE = "Khu phố 1";
const PERSON = { name: "Lâm Văn Tài", label: "Lâm Văn Tài – Công chức Văn phòng - Thống kê" };
const COLLECTIVE_REPORT = "Báo cáo thành tích của tập thể";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const tenYearPlan: TPlanInput = {
  ...honQuan.plan,
  kind: "PHASE",
  title: "Phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” huyện Hớn Quản giai đoạn 2021–2030",
  periodFrom: "2021-03-01",
  periodTo: "2030-12-31",
  registrationDeadline: "",
  dossierDeadline: "",
  phases: [{ name: REVIEW, reviewDate: "tháng 12/2025" }],
  awardForms: [
    {
      name: FORM,
      authority: "Chủ tịch UBND huyện",
      conferral: "OWN",
      recipientKind: "COLLECTIVE",
      quota: 3,
      subQuotas: [
        { category: DEPARTMENTS, quota: 1 },
        { category: COMMUNES, quota: 2 },
      ],
      criteria: ["Dẫn đầu phong trào xây dựng nông thôn mới trong năm."],
      dossier: [{ name: COLLECTIVE_REPORT, template: "", copies: 1 }],
    },
    {
      name: GIFT_FORM,
      authority: "Chủ tịch UBND huyện",
      conferral: "OWN",
      recipientKind: "INDIVIDUAL",
      rewardKind: "GIFT",
      cashValue: 300_000,
      subQuotas: [],
      criteria: ["Có cách làm hay trong xây dựng nông thôn mới."],
      dossier: [],
    },
  ],
};

const seed: SeedPlan = { ...honQuan, number: "91", issuedOn: "2021-03-01", plan: tenYearPlan };
/** What the cascade names Tân Khai's plan. */
const WARD_TITLE = `${tenYearPlan.title} (Thị trấn Tân Khai)`;

/** The district's plan, issued by the first test. */
let planUrl = "";

test("a ten-year plan given yearly and at its sơ kết: a round per year, groups held at allocation", async ({
  page,
}) => {
  test.slow();
  test.setTimeout(600_000);

  // The officer drafts (the form set to recur), the chair issues.
  planUrl = await draftAndIssueRecurring(page);
  await signOut(page);

  // Phòng Nội vụ opens the quota board: one round per year of the period and the sơ kết.
  await signInAs(page, "noivu.honquan@thidua.vn");
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Chỉ tiêu khen thưởng và gia hạn hồ sơ" }).click();
  const rounds = page.getByRole("navigation", { name: "Đợt khen thưởng" });
  for (let year = 2021; year <= 2030; year++)
    await expect(rounds.getByRole("link", { name: `Năm ${year}`, exact: true })).toBeVisible();
  await expect(rounds.getByRole("link", { name: REVIEW })).toBeVisible();

  await rounds.getByRole("link", { name: "Năm 2024", exact: true }).click();
  await expect(rounds.getByRole("link", { name: "Năm 2024", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(
    page.getByRole("heading", { level: 2, name: new RegExp(`^${FORM} – Tập thể · Năm 2024 · chỉ tiêu 3`) }),
  ).toContainText(`${DEPARTMENTS}: 1; ${COMMUNES}: 2`);

  const formName = `${FORM} – Tập thể`;
  const allocation = page.getByRole("form", { name: `Phân bổ: ${formName}` });
  const cell = (unit: string, group: string) =>
    allocation.getByLabel(`Phân bổ cho ${unit}, nhóm ${group} (${formName})`);

  // Two places in the department group (the district's own and a commune's) against its 01: refused, naming the group.
  await cell("Huyện Hớn Quản", DEPARTMENTS).fill("1");
  await cell("Thị trấn Tân Khai", DEPARTMENTS).fill("1");
  await allocation.getByRole("button", { name: /Lưu phân bổ/ }).click();
  await expect(allocation.getByText(`Phân bổ cho nhóm "${DEPARTMENTS}" (2) vượt chỉ tiêu của nhóm (1).`)).toBeVisible({
    timeout: 30_000,
  });
  // What was typed is kept.
  await expect(cell("Thị trấn Tân Khai", DEPARTMENTS)).toHaveValue("1");

  // 1 department + 2 communes: saved.
  await cell("Thị trấn Tân Khai", DEPARTMENTS).fill("");
  await cell("Thị trấn Tân Khai", COMMUNES).fill("1");
  await cell("Xã Thanh An", COMMUNES).fill("1");
  await allocation.getByRole("button", { name: /Lưu phân bổ/ }).click();
  await expect(allocation.getByText("Đã lưu phân bổ.")).toBeVisible({ timeout: 30_000 });

  // The allocation belongs to 2024's round only: 2025's round is still unallocated.
  await page.reload();
  await expect(cell("Xã Thanh An", COMMUNES)).toHaveValue("1");
  await rounds.getByRole("link", { name: "Năm 2025", exact: true }).click();
  await expect(rounds.getByRole("link", { name: "Năm 2025", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(cell("Xã Thanh An", COMMUNES)).toHaveValue("");
});

test("Tân Khai cascades the plan; its tờ trình on the copied forms reach the district's reviewer", async ({ page }) => {
  test.slow();
  test.setTimeout(600_000);
  expect(planUrl).toMatch(/\/ke-hoach\//);

  // 2024's dossiers were due 15/12/2024: Phòng Nội vụ gives Tân Khai until a month from today.
  await signInAs(page, "noivu.honquan@thidua.vn");
  await page.goto(`${planUrl}/chi-tieu`);
  const extend = page.getByRole("form", { name: "Gia hạn nộp hồ sơ" });
  await extend.getByLabel("Đơn vị được gia hạn").selectOption({ label: "Thị trấn Tân Khai" });
  await extend.getByLabel("Gia hạn đến ngày").fill(daysFromToday(30));
  await extend.getByRole("button", { name: "Gia hạn" }).click();
  await expect(extend.getByText("Đã gia hạn.")).toBeVisible({ timeout: 30_000 });
  await signOut(page);

  // Tân Khai's officer builds the town's plan from the district's; its chair issues it.
  await signInAs(page, "canbo.tankhai@thidua.vn");
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Xây dựng kế hoạch của đơn vị từ kế hoạch này" }).click();
  await expect(page).toHaveURL(/\/sua(\?|$)/, { timeout: 60_000 });
  await expect(page.getByText(/Dự thảo của đơn vị đã được tạo từ Kế hoạch số/)).toBeVisible();
  await openStep(page, "Hình thức khen thưởng");
  for (const [i, name] of [FORM, GIFT_FORM].entries()) {
    const copy = page.getByRole("group", { name: `Hình thức khen thưởng ${i + 1}` });
    await expect(copy.getByLabel("Tên hình thức")).toHaveValue(name);
    // The district's form seen from below: proposed to the district, without the district's numbers.
    await expect(copy.getByLabel("Thẩm quyền", { exact: true })).toHaveValue("PROPOSED");
    await expect(copy.getByLabel("Số lượng", { exact: true })).toHaveValue("");
  }
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: WARD_TITLE, exact: true })).toBeVisible({
    timeout: 60_000,
  });
  const wardPlanUrl = page.url();
  await page.getByRole("button", { name: "Trình ký" }).click();
  await expect(page.getByText("Chờ ký ban hành")).toBeVisible();
  await signOut(page);
  await signInAs(page, "chutich.tankhai@thidua.vn");
  await page.goto(wardPlanUrl);
  await page.getByLabel("Số văn bản").fill("17");
  await page.getByLabel("Ngày ban hành").fill("2021-03-15");
  await page.getByRole("button", { name: "Ký ban hành" }).click();
  await expect(page.getByText("Đã ban hành", { exact: true })).toBeVisible({ timeout: 60_000 });
  await signOut(page);

  // Tân Khai proposes: each form is offered once, as the district's (whose reviewer takes it), never
  // as the town's copy, which nobody reviews.
  await signInAs(page, "canbo.tankhai@thidua.vn");
  await page.goto("/de-nghi");
  const choice = page.getByLabel("Hình thức khen thưởng đề nghị");
  await expect(choice.locator("option", { hasText: WARD_TITLE })).toHaveCount(0);
  const upward = choice.locator(`optgroup[label="Đề nghị cấp trên – Huyện Hớn Quản thẩm định"]`);
  const district = `Huyện Hớn Quản: ${tenYearPlan.title} (số ${seed.number}/${tenYearPlan.symbol})`;
  const round2024 = `${FORM} – Tập thể – đợt Năm 2024 (chỉ tiêu 3) · ${district}`;
  const gift = `${GIFT_FORM} – Cá nhân · ${district}`;
  await expect(upward.locator("option", { hasText: round2024 })).toHaveCount(1);
  await expect(upward.locator("option", { hasText: gift })).toHaveCount(1);

  // A collective for 2024's Giấy khen, in the commune group the district allocated it.
  await choice.selectOption({ label: round2024 });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${FORM} – Tập thể` })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel("Tập thể được đề nghị", { exact: true }).selectOption({ label: COLLECTIVE });
  await page.getByLabel("Nhóm chỉ tiêu").selectOption(COMMUNES);
  // The achievement period defaults to the round's year, not today's.
  await expect(page.getByLabel("Thành tích từ ngày")).toHaveValue("01/01/2024");
  await expect(page.getByLabel("Thành tích đến ngày")).toHaveValue("31/12/2024");
  await page.getByLabel("Tóm tắt thành tích").fill("Khu phố đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2024.");
  await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
  const collective = nomineeCard(page, COLLECTIVE);
  await expect(collective.getByTestId("eligibility")).toContainText("Đủ điều kiện");
  const upload = page.getByRole("form", { name: `Tải lên: ${COLLECTIVE} – ${COLLECTIVE_REPORT}` });
  await upload.getByLabel(/^Tệp cho/).setInputFiles({ name: "bao-cao.pdf", buffer: PDF, mimeType: "application/pdf" });
  await upload.getByRole("button", { name: "Tải lên" }).click();
  await expect(
    collective.getByRole("row").filter({ hasText: COLLECTIVE_REPORT }).getByTestId("document-state"),
  ).toHaveText("Đã nộp");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("Đã gửi, chờ thẩm định")).toBeVisible({ timeout: 30_000 });

  // A person for the gift (given once for the plan: no round to choose, no documents asked).
  await page.goto("/de-nghi");
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({ label: gift });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${GIFT_FORM} – Cá nhân` })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel("Cá nhân được đề nghị", { exact: true }).selectOption({ label: PERSON.label });
  await page.getByLabel("Tóm tắt thành tích").fill("Số hóa hồ sơ một cửa của thị trấn.");
  await page.getByLabel("Thành tích từ ngày").fill("2024-01-01");
  await page.getByLabel("Thành tích đến ngày").fill("2024-12-31");
  await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
  await expect(nomineeCard(page, PERSON.name).getByTestId("eligibility")).toContainText("Đủ điều kiện");
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("Đã gửi, chờ thẩm định")).toBeVisible({ timeout: 30_000 });
  await signOut(page);

  // The district's reviewer finds both in the inbox, opens each and sends it on to the council.
  await signInAs(page, "noivu.honquan@thidua.vn");
  for (const [form, nominee] of [
    [`${FORM} – Tập thể`, COLLECTIVE],
    [`${GIFT_FORM} – Cá nhân`, PERSON.name],
  ] as const) {
    await page.goto("/de-nghi/tham-dinh");
    const row = page
      .getByRole("row")
      .filter({ hasText: form })
      .filter({ hasText: "Đã gửi, chờ thẩm định" })
      .filter({ hasText: "Thị trấn Tân Khai" });
    await expect(row).toHaveCount(1);
    await row.getByRole("link", { name: "Thị trấn Tân Khai" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${form}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: nominee })).toBeVisible();
    await page.getByRole("button", { name: "Chấp nhận, chuyển Hội đồng" }).click();
    await expect(page.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible({ timeout: 30_000 });
  }
});

test("2024's round to signed decisions: the Giấy khen and its certificate read back, the gift worded as a gift with no certificate", async ({
  page,
  browser,
}) => {
  test.slow();
  test.setTimeout(600_000);
  expect(planUrl).toMatch(/\/ke-hoach\//);

  // The district's council meets before the district ends (30/6/2025) on the two accepted nominees.
  await signInAs(page, "canbo.honquan@thidua.vn");
  await page.goto("/hoi-dong");
  const schedule = page.getByRole("form", { name: "Lên lịch phiên họp" });
  await schedule.getByLabel("Kế hoạch").selectOption({ label: `${tenYearPlan.title} (2 hồ sơ chờ Hội đồng)` });
  await schedule.getByLabel("Ngày họp").fill("2025-06-21");
  await schedule.getByLabel("Địa điểm").fill("Phòng họp UBND huyện Hớn Quản");
  await schedule.getByRole("button", { name: "Lên lịch phiên họp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Phiên họp ngày/ })).toBeVisible({ timeout: 30_000 });
  const meetingUrl = page.url();
  await expect(page.getByTestId("agenda-item")).toHaveCount(2);
  await signOut(page);

  await signInAs(page, "noivu.honquan@thidua.vn");
  await page.goto(meetingUrl);
  await page.getByRole("button", { name: "Khai mạc phiên họp" }).click();
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(page.getByRole("form", { name: "Phiếu bầu" })).toBeVisible({ timeout: 30_000 });
  // One after another: four browsers at once are slow on a loaded machine.
  for (const email of [
    "chutich.honquan@thidua.vn",
    "hoidong1.honquan@thidua.vn",
    "hoidong2.honquan@thidua.vn",
    "noivu.honquan@thidua.vn",
  ])
    await voteForAll(browser, email, meetingUrl);
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await page.getByRole("button", { name: "Kết thúc bỏ phiếu và kiểm phiếu" }).click();
  await expect(page.getByText("Đã kiểm phiếu")).toBeVisible({ timeout: 30_000 });
  for (const name of [COLLECTIVE, PERSON.name])
    await expect(page.getByTestId("agenda-item").filter({ hasText: name }).getByTestId("result")).toHaveText("Đạt");
  await signOut(page);

  // The chair approves in 2024's round and signs one decision per form.
  await signInAs(page, "chutich.honquan@thidua.vn");
  await page.goto("/phe-duyet");
  await page.getByRole("link", { name: tenYearPlan.title, exact: true }).click();
  const rounds = page.getByRole("navigation", { name: "Đợt khen thưởng" });
  await rounds.getByRole("link", { name: "Năm 2024", exact: true }).click();
  await expect(rounds.getByRole("link", { name: "Năm 2024", exact: true })).toHaveAttribute("aria-current", "page");
  // Both ticked on the board's one form (two forms of the round, each within its number), approved at once.
  for (const name of [COLLECTIVE, PERSON.name]) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByRole("button", { name: "Phê duyệt các mục đã chọn" }).click();
  await expect(page.getByText("Đã phê duyệt 2 người, tập thể.")).toBeVisible();
  for (const name of [COLLECTIVE, PERSON.name])
    await expect(
      page.getByTestId("approval-item").filter({ hasText: name }).getByTestId("approval-state"),
    ).toContainText("Đã phê duyệt");

  // The Giấy khen: the plan writes no money for it, so the chair confirms none.
  const giayKhenSection = page.getByRole("region", { name: `${FORM} – Tập thể · Năm 2024` });
  const signGiayKhen = giayKhenSection.getByRole("form", { name: `Ký quyết định: ${FORM} – Tập thể (Năm 2024)` });
  await signGiayKhen.getByLabel("Ngày ký quyết định").fill("2025-06-26");
  await signGiayKhen.getByLabel("Không kèm tiền thưởng", { exact: false }).check();
  await signGiayKhen.getByRole("button", { name: "Ký quyết định (1 người, tập thể)" }).click();
  const giayKhenNumber = await signedNumber(giayKhenSection);

  // The gift: its value is the plan's, nothing to enter.
  const giftSection = page.getByRole("region", { name: new RegExp(`^${GIFT_FORM} – Cá nhân · `) });
  const signGift = giftSection.getByRole("form", { name: `Ký quyết định: ${GIFT_FORM} – Cá nhân` });
  await signGift.getByLabel("Ngày ký quyết định").fill("2025-06-26");
  await expect(signGift.getByText("Chưa có mức thưởng", { exact: false })).toHaveCount(0);
  await signGift.getByRole("button", { name: "Ký quyết định (1 người, tập thể)" }).click();
  const giftNumber = await signedNumber(giftSection);

  // The signed decisions, each with its round.
  const decisionRow = (n: string) =>
    page.getByTestId("decision-row").filter({ has: page.getByRole("rowheader", { name: `${n}/QĐ-UBND` }) });
  await expect(decisionRow(giayKhenNumber)).toContainText("Năm 2024");

  // The Giấy khen's decision and certificate, read back.
  const giayKhenText = await docxText(page, decisionRow(giayKhenNumber), giayKhenNumber);
  expect(giayKhenText).toContain("QUYẾT ĐỊNH");
  expect(giayKhenText).toContain(`Số: ${giayKhenNumber}/QĐ-UBND`);
  expect(giayKhenText).toContain(`Tặng ${FORM}`);
  expect(giayKhenText).toContain(COLLECTIVE);
  // The round it is for: the plan runs ten years.
  expect(giayKhenText).toContain(`Kế hoạch số ${seed.number}/${tenYearPlan.symbol}, đợt năm 2024`);
  expect(giayKhenText).not.toContain(PERSON.name);
  const [certificates] = await Promise.all([
    page.waitForEvent("download"),
    decisionRow(giayKhenNumber)
      .getByRole("link", { name: `Giấy khen theo quyết định số ${giayKhenNumber} (.pdf)` })
      .click(),
  ]);
  const { pages } = await readPdfPages(fs.readFileSync(await certificates.path()));
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain("GIẤY KHEN");
  expect(pages[0]).toContain(COLLECTIVE);
  expect(pages[0]).toContain(`${giayKhenNumber}/QĐ-UBND`);
  expect(pages[0]!.replace(/\s+/g, " ")).toContain("đợt năm 2024");

  // The gift's decision reads as a gift, never as money, and has no certificate.
  const giftText = await docxText(page, decisionRow(giftNumber), giftNumber);
  expect(giftText).toContain(`Số: ${giftNumber}/QĐ-UBND`);
  expect(giftText).toContain("Tặng quà cho");
  expect(giftText).toContain("được tặng một phần quà trị giá 300.000 đồng");
  expect(giftText).toContain(PERSON.name);
  expect(giftText).not.toMatch(/được thưởng|thưởng [\d.]+ đồng|Tổng số tiền thưởng/);
  expect(giftText).not.toContain(`Tặng ${GIFT_FORM}`);
  // Given once for the plan: no round to name.
  expect(giftText).not.toContain(", đợt ");
  await expect(decisionRow(giftNumber).getByRole("link", { name: /^Giấy khen theo quyết định/ })).toHaveCount(0);

  // The award history: the collective under 2024's round, the person with the gift as given.
  await page.goto(`/lich-su-khen-thuong?q=${encodeURIComponent("khu pho 1")}`);
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: COLLECTIVE })
      .filter({ hasText: `${giayKhenNumber}/QĐ-UBND` }),
  ).toHaveCount(1);
  await page.goto(`/lich-su-khen-thuong?q=${encodeURIComponent("lam van tai")}`);
  await expect(page.getByRole("row").filter({ hasText: `${giftNumber}/QĐ-UBND` })).toContainText(
    "Một phần quà trị giá 300.000 đồng",
  );
});

/**
 * fixtures' signInAs, waiting up to 60 s for the signed-in header: checking a password takes seconds on a
 * loaded machine, and this spec signs in some twenty times.
 */
const signInAs = (page: Page, email: string) => signInWithSavedSession(page, email, { timeout: 60_000 });

const nomineeCard = (page: Page, name: string) =>
  page.getByTestId("nominee").filter({ has: page.getByRole("heading", { name }) });

/** yyyy-mm-dd, `days` after today in Vietnam (a deadline the test sets must lie ahead of the clock). */
function daysFromToday(days: number): string {
  const vietnam = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
  return vietnam.toISOString().slice(0, 10);
}

/** A council member in his own browser agrees to every item of the ballot and sends it. */
async function voteForAll(browser: Browser, email: string, meetingUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  await page.goto(meetingUrl);
  const ballot = page.getByRole("form", { name: "Phiếu bầu" });
  await ballot.getByRole("button", { name: "Đồng ý tất cả" }).click();
  await expect(ballot.getByTestId("ballot-review")).toHaveText("Phiếu của bạn: 2 đồng ý, 0 không đồng ý.");
  await ballot.getByRole("button", { name: "Gửi phiếu" }).click();
  await expect(page.getByTestId("ballot-done")).toBeVisible({ timeout: 30_000 });
  await context.close();
}

/** The number the decision signed in a form's `section` was given, from its notice ("Đã ký Quyết định số 02/QĐ-UBND."). */
async function signedNumber(section: Locator): Promise<string> {
  const notice = section.getByText(/Đã ký Quyết định số \d+\/QĐ-UBND/);
  await expect(notice).toBeVisible({ timeout: 60_000 });
  return /số (\d+)\/QĐ-UBND/.exec(await notice.innerText())![1]!;
}

/** The decision's .docx from its row, as text. */
async function docxText(page: Page, row: Locator, number: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: `Quyết định số ${number}/QĐ-UBND (.docx)` }).click(),
  ]);
  return (await readDocxText(fs.readFileSync(await download.path()))).paragraphs.join("\n");
}

/** draftAndIssue, with the award form set to recur ("Lặp lại") between filling and saving. */
async function draftAndIssueRecurring(page: Page): Promise<string> {
  await signInAs(page, seed.officerEmail);
  await page.goto("/ke-hoach/moi");
  await fillPlanForm(page, seed.plan);
  await openStep(page, "Hình thức khen thưởng");
  const group = page.getByRole("group", { name: "Hình thức khen thưởng 1" });
  await group.getByLabel("Lặp lại").selectOption({ label: "Hằng năm và tại các đợt sơ kết, tổng kết" });
  await group.getByLabel("Hạn nộp hồ sơ mỗi năm (ngày/tháng)").fill("15/12");
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: seed.plan.title })).toBeVisible({ timeout: 60_000 });
  const url = page.url();
  await page.getByRole("button", { name: "Trình ký" }).click();
  await expect(page.getByText("Chờ ký ban hành")).toBeVisible();
  await signOut(page);

  await signInAs(page, seed.chairEmail);
  await page.goto(url);
  await page.getByLabel("Số văn bản").fill(seed.number);
  await page.getByLabel("Ngày ban hành").fill(seed.issuedOn);
  await page.getByRole("button", { name: "Ký ban hành" }).click();
  await expect(page.getByText("Đã ban hành", { exact: true })).toBeVisible({ timeout: 60_000 });
  return url;
}
