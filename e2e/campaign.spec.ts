import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { readDocxText } from "../tests/support/docx-text";
import { readPdfPages } from "../tests/support/pdf-text";
import { expect, test, expectAccessible, signInAs } from "./fixtures";
import { draftAndIssue, signOut } from "./plan-form";
import { seedPlans } from "./seed-plans";

/**
 * A whole campaign of seed 002 (Hớn Quản 2024: Giấy khen of the district chair, 05 collectives and
 * 10 individuals): the plan issued, quotas allocated, nominations from two communes, review, the
 * council voting in its members' own browsers, the threshold applied, the chairperson approving,
 * the decision and certificates generated and read back.
 */

const seed = seedPlans.find((s) => s.unitCode === "694")!;
// plans.spec issues the same text as number 38; this campaign's copy is number 45.
const ISSUE = { number: "45", issuedOn: "2024-03-20" };
const FORM = "Giấy khen của Chủ tịch UBND huyện";
const DOCS = seed.plan.awardForms[0]!.dossier.map((d) => d.name);
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

type Nominee = { name: string; label: string };
const TAN_KHAI_PEOPLE: Nominee[] = [
  { name: "Hồ Thị Kim Ngân", label: "Hồ Thị Kim Ngân – Công chức Tư pháp - Hộ tịch" },
  { name: "Đinh Văn Phúc", label: "Đinh Văn Phúc – Nhân viên Bộ phận một cửa" },
];
const THANH_AN_PERSON: Nominee = { name: "Lê Văn Hậu", label: "Lê Văn Hậu – Công chức Tài chính - Kế toán" };
const TAN_KHAI_COLLECTIVE = "Bộ phận Tiếp nhận và trả kết quả";

async function allocate(page: Page, kind: "Cá nhân" | "Tập thể", numbers: Record<string, string>) {
  const form = page.getByRole("form", { name: `Phân bổ: ${FORM} – ${kind}` });
  for (const [unit, n] of Object.entries(numbers))
    await form.getByLabel(`Phân bổ cho ${unit} (${FORM} – ${kind})`).fill(n);
  await form.getByRole("button", { name: "Lưu phân bổ" }).click();
  await expect(form.getByText("Đã lưu phân bổ.")).toBeVisible();
}

/** The commune officer proposes, attaches every document of the plan's list, and sends the batch. */
async function propose(
  page: Page,
  kind: "Cá nhân" | "Tập thể",
  nominees: { choose: () => Promise<void>; name: string }[],
) {
  await page.goto("/de-nghi");
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `${FORM} – ${kind} (chỉ tiêu ${kind === "Cá nhân" ? 10 : 5}) · Huyện Hớn Quản: ${seed.plan.title} (số ${ISSUE.number}/KH-UBND)`,
  });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${FORM} – ${kind}` })).toBeVisible();
  for (const n of nominees) {
    await n.choose();
    await page.getByLabel("Tóm tắt thành tích").fill(`${n.name}: thực hiện tốt nhiệm vụ cải cách hành chính năm 2024.`);
    await page.getByLabel("Thành tích từ ngày").fill("2024-01-01");
    await page.getByLabel("Thành tích đến ngày").fill("2024-12-31");
    await page.getByRole("button", { name: "Thêm vào tờ trình" }).click();
    await expect(page.getByRole("heading", { name: n.name })).toBeVisible();
    await expect(
      page
        .getByTestId("nominee")
        .filter({ has: page.getByRole("heading", { name: n.name }) })
        .getByTestId("eligibility"),
    ).toContainText("Đủ điều kiện");
    for (const doc of DOCS) {
      const form = page.getByRole("form", { name: `Tải lên: ${n.name} – ${doc}` });
      await form.getByLabel(/^Tệp cho/).setInputFiles({ name: "ho-so.pdf", buffer: PDF, mimeType: "application/pdf" });
      await form.getByRole("button", { name: "Tải lên" }).click();
      await expect(
        page
          .getByTestId("nominee")
          .filter({ has: page.getByRole("heading", { name: n.name }) })
          .getByRole("row")
          .filter({ hasText: doc })
          .getByTestId("document-state"),
      ).toHaveText("Đã nộp");
    }
  }
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("Đã gửi, chờ thẩm định")).toBeVisible();
}

const nomineeCard = (page: Page, name: string) =>
  page.getByTestId("nominee").filter({ has: page.getByRole("heading", { name }) });

/**
 * Tân Khai's two people in one step: found in the list by typing without accents, ticked, added
 * together with what they share; then their documents, several files at once for the first one,
 * the card counting "n/m giấy tờ đã nộp" as they go.
 */
async function proposeTogether(page: Page, people: Nominee[]) {
  await page.goto("/de-nghi");
  await page.getByLabel("Hình thức khen thưởng đề nghị").selectOption({
    label: `${FORM} – Cá nhân (chỉ tiêu 10) · Huyện Hớn Quản: ${seed.plan.title} (số ${ISSUE.number}/KH-UBND)`,
  });
  await page.getByRole("button", { name: "Lập tờ trình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tờ trình: ${FORM} – Cá nhân` })).toBeVisible();
  const together = page.getByRole("form", { name: "Thêm nhiều người cùng lúc" });
  for (const p of people) {
    // "ho thi kim" finds "Hồ Thị Kim Ngân": accents do not matter.
    await together
      .getByLabel("Tìm cá nhân để thêm")
      .fill(p.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d"));
    await together.getByLabel(p.label, { exact: true }).check();
  }
  await together.getByLabel("Tìm cá nhân để thêm").fill("");
  await together.getByLabel("Thành tích chung: từ ngày").fill("2024-01-01");
  await together.getByLabel("Thành tích chung: đến ngày").fill("2024-12-31");
  await together
    .getByLabel("Tóm tắt chung cho những người đã chọn")
    .fill("Thực hiện tốt nhiệm vụ cải cách hành chính năm 2024.");
  await together.getByRole("button", { name: `Thêm ${people.length} cá nhân đã chọn` }).click();
  await expect(together.getByText(`Đã thêm ${people.length} người, tập thể vào tờ trình.`)).toBeVisible();
  for (const p of people) await expect(page.getByRole("heading", { name: p.name })).toBeVisible();
  // Whoever is on the batch is no longer offered, in either list.
  await expect(together.getByLabel(people[0]!.label, { exact: true })).toHaveCount(0);
  await expect(
    page.getByLabel("Cá nhân được đề nghị", { exact: true }).locator("option", { hasText: people[0]!.name }),
  ).toHaveCount(0);
  await expect(page.getByTestId("batch-progress")).toHaveText(
    `Hồ sơ của tờ trình: 0/${2 * DOCS.length} giấy tờ đã nộp (còn thiếu hoặc cần sửa được nêu ở từng người, tập thể)`,
  );
  for (const [index, p] of people.entries()) {
    const card = nomineeCard(page, p.name);
    await expect(card.getByTestId("nominee-progress")).toHaveText(`0/${DOCS.length} giấy tờ đã nộp`);
    for (const [i, doc] of DOCS.entries()) {
      const form = page.getByRole("form", { name: `Tải lên: ${p.name} – ${doc}` });
      const files =
        index === 0 && i === 0 ? ["ho-so-trang-1.pdf", "ho-so-trang-2.pdf", "ho-so-trang-3.pdf"] : ["ho-so.pdf"];
      await form
        .getByLabel(/^Tệp cho/)
        .setInputFiles(files.map((name) => ({ name, buffer: PDF, mimeType: "application/pdf" })));
      await form.getByRole("button", { name: "Tải lên" }).click();
      await expect(form.getByText(`Đã tải lên ${files.length}/${files.length} tệp.`)).toBeVisible();
      if (files.length > 1) {
        // One bar per file, each full once its file is in.
        await expect(form.getByTestId("upload-row")).toHaveCount(files.length);
        for (const name of files)
          await expect(form.getByRole("progressbar", { name: `Tiến độ tải lên ${name}` })).toHaveAttribute(
            "value",
            "1",
          );
        for (const name of files) await expect(card.getByRole("link", { name })).toBeVisible();
      }
      await expect(card.getByTestId("nominee-progress")).toHaveText(`${i + 1}/${DOCS.length} giấy tờ đã nộp`);
    }
  }
  await expect(page.getByTestId("batch-progress")).toHaveText(
    `Hồ sơ của tờ trình: ${2 * DOCS.length}/${2 * DOCS.length} giấy tờ đã nộp`,
  );
  await page.getByRole("button", { name: "Gửi tờ trình" }).click();
  await expect(page.getByText("Đã gửi, chờ thẩm định")).toBeVisible();
}

/**
 * A council member in his own browser: signs in, opens the meeting, fills his ballot — "Đồng ý tất
 * cả" first, then any "Không đồng ý" changed one by one, the tally read back before sending — and
 * sends it.
 */
async function vote(
  browser: Browser,
  email: string,
  meetingUrl: string,
  choices: Record<string, "Đồng ý" | "Không đồng ý">,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  await page.goto(meetingUrl);
  const ballot = page.getByRole("form", { name: "Phiếu bầu" });
  await ballot.getByRole("button", { name: "Đồng ý tất cả" }).click();
  await expect(ballot.getByText(/phiếu chưa được gửi/)).toBeVisible();
  for (const [nominee, choice] of Object.entries(choices)) {
    const option = ballot
      .getByRole("group", { name: new RegExp(`^${nominee} – `) })
      .getByLabel(choice, { exact: true });
    if (choice === "Đồng ý") await expect(option).toBeChecked();
    else await option.check();
  }
  const against = Object.values(choices).filter((c) => c === "Không đồng ý").length;
  await expect(ballot.getByTestId("ballot-review")).toHaveText(
    `Phiếu của bạn: ${Object.keys(choices).length - against} đồng ý, ${against} không đồng ý.`,
  );
  await ballot.getByRole("button", { name: "Gửi phiếu" }).click();
  await expect(page.getByTestId("ballot-done")).toBeVisible();
  await expectAccessible(page);
  await context.close();
}

test("seed 002, end to end: allocation, two communes' nominations, review, a council voting in four browsers, approval, decision and certificates", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);

  // The district issues the plan.
  const planUrl = await draftAndIssue(page, seed, ISSUE);
  await signOut(page);

  // Phòng Nội vụ allocates within the plan's 05 collectives and 10 individuals.
  await signInAs(page, "noivu.honquan@thidua.vn");
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Chỉ tiêu khen thưởng và gia hạn hồ sơ" }).click();
  await allocate(page, "Cá nhân", { "Thị trấn Tân Khai": "2", "Xã Thanh An": "1" });
  await allocate(page, "Tập thể", { "Thị trấn Tân Khai": "1" });
  await signOut(page);

  // Two communes propose.
  await signInAs(page, "canbo.tankhai@thidua.vn");
  await proposeTogether(page, TAN_KHAI_PEOPLE);
  await propose(page, "Tập thể", [
    {
      name: TAN_KHAI_COLLECTIVE,
      choose: () =>
        page
          .getByLabel("Tập thể được đề nghị", { exact: true })
          .selectOption({ label: TAN_KHAI_COLLECTIVE })
          .then(() => undefined),
    },
  ]);
  await signOut(page);
  await signInAs(page, "canbo.thanhan@thidua.vn");
  await propose(page, "Cá nhân", [
    {
      name: THANH_AN_PERSON.name,
      choose: () =>
        page
          .getByLabel("Cá nhân được đề nghị", { exact: true })
          .selectOption({ label: THANH_AN_PERSON.label })
          .then(() => undefined),
    },
  ]);
  await signOut(page);

  // Phòng Nội vụ accepts the three batches for the council.
  await signInAs(page, "noivu.honquan@thidua.vn");
  for (let i = 0; i < 3; i++) {
    await page.goto("/de-nghi/tham-dinh");
    await page.getByRole("row").filter({ hasText: "Đã gửi" }).first().getByRole("link").first().click();
    if (i === 0) {
      // The whole tờ trình in one step: every filed document "Đạt", the batch accepted.
      page.once("dialog", (d) => void d.accept());
      await page.getByRole("button", { name: "Chấp nhận toàn bộ tờ trình" }).click();
      await expect(page.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible();
      const states = page.getByTestId("document-state");
      expect(await states.count()).toBeGreaterThan(0);
      for (const state of await states.all()) await expect(state).toHaveText("Đạt");
      continue;
    }
    await page.getByRole("button", { name: "Chấp nhận, chuyển Hội đồng" }).click();
    await expect(page.getByText("Đã chấp nhận, chuyển Hội đồng").first()).toBeVisible();
  }
  await signOut(page);

  // The district officer schedules the council's meeting with the four accepted nominees.
  await signInAs(page, "canbo.honquan@thidua.vn");
  await page.goto("/hoi-dong");
  const schedule = page.getByRole("form", { name: "Lên lịch phiên họp" });
  await schedule.getByLabel("Kế hoạch").selectOption({ label: `${seed.plan.title} (4 hồ sơ chờ Hội đồng)` });
  // Huyện Hớn Quản ended on 30/6/2025 (the two-level reform): its council met, and its chair signed,
  // before that day; nothing of it may be dated after.
  await schedule.getByLabel("Ngày họp").fill("2025-06-20");
  // The form fetches zod on its first check (lazy-zod-resolver.ts); its message still lands beside the field.
  await schedule.getByRole("button", { name: "Lên lịch phiên họp" }).click();
  await expect(schedule.getByText("Nhập địa điểm.")).toBeVisible();
  await expect(schedule.getByLabel("Địa điểm")).toHaveAttribute("aria-invalid", "true");
  await schedule.getByLabel("Địa điểm").fill("Phòng họp UBND huyện Hớn Quản");
  await schedule.getByRole("button", { name: "Lên lịch phiên họp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Phiên họp ngày/ })).toBeVisible();
  const meetingUrl = page.url();
  await expect(page.getByTestId("agenda-item")).toHaveCount(4);
  await signOut(page);

  // The secretary opens the session with all four members present, then the ballot.
  await signInAs(page, "noivu.honquan@thidua.vn");
  await page.goto(meetingUrl);
  await page.getByRole("button", { name: "Khai mạc phiên họp" }).click();
  await expect(
    page.getByText("Có mặt 4/4 thành viên; cần ít nhất 3 (2/3 tổng số thành viên, theo quy chế của Hội đồng)."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await expect(page.getByRole("form", { name: "Phiếu bầu" })).toBeVisible();

  // A council member on a 390 px phone: the council page opens on the meetings, with "Bỏ phiếu
  // ngay" on this one; the managers' settings are not there, not even by their address.
  {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const member = await phone.newPage();
    await signInAs(member, "hoidong1.honquan@thidua.vn");
    await member.goto("/hoi-dong?tab=thiet-lap");
    const headings = member.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headings.first()).toHaveText("Phiên họp");
    await expect(member.getByRole("heading", { name: "Quy chế hoạt động" })).toHaveCount(0);
    await expect(member.getByRole("heading", { name: /^Thành viên/ })).toHaveCount(0);
    await expect(member.getByRole("link", { name: "Quy chế, thành viên" })).toHaveCount(0);
    const now = member
      .getByTestId("meeting")
      .filter({ hasText: "Đang bỏ phiếu" })
      .getByRole("link", { name: "Bỏ phiếu ngay" });
    await expect(now).toBeVisible();
    // First thing on the phone's screen: above the fold, before the rules in force.
    const box = await now.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(844);
    const rules = await member.getByRole("heading", { level: 2, name: "Quy định đang áp dụng" }).boundingBox();
    expect(box!.y).toBeLessThan(rules!.y);
    await expectAccessible(member);
    await now.click();
    await expect(member.getByRole("form", { name: "Phiếu bầu" })).toBeVisible();
    await phone.close();
  }

  // Four members vote, each in a separate browser session. "Trên 50%" of 4 seats needs 3.
  const [a, b] = TAN_KHAI_PEOPLE;
  const all = (choice: "Đồng ý" | "Không đồng ý") => ({
    [a!.name]: choice,
    [b!.name]: choice,
    [THANH_AN_PERSON.name]: choice,
    [TAN_KHAI_COLLECTIVE]: choice,
  });
  await Promise.all([
    vote(browser, "chutich.honquan@thidua.vn", meetingUrl, all("Đồng ý")),
    vote(browser, "hoidong1.honquan@thidua.vn", meetingUrl, all("Đồng ý")),
    vote(browser, "hoidong2.honquan@thidua.vn", meetingUrl, {
      ...all("Đồng ý"),
      [b!.name]: "Không đồng ý",
      [THANH_AN_PERSON.name]: "Không đồng ý",
    }),
  ]);
  // The secretary votes too, then closes: Đinh Văn Phúc has 2 of 4 (50%, not more) and fails.
  await vote(browser, "noivu.honquan@thidua.vn", meetingUrl, { ...all("Đồng ý"), [b!.name]: "Không đồng ý" });
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await page.getByRole("button", { name: "Kết thúc bỏ phiếu và kiểm phiếu" }).click();
  await expect(page.getByText("Đã kiểm phiếu")).toBeVisible();
  const result = (name: string) => page.getByTestId("agenda-item").filter({ hasText: name }).getByTestId("result");
  await expect(result(a!.name)).toHaveText("Đạt");
  await expect(result(b!.name)).toHaveText("Không đạt");
  await expect(result(THANH_AN_PERSON.name)).toHaveText("Đạt");
  await expect(result(TAN_KHAI_COLLECTIVE)).toHaveText("Đạt");
  const [minutes] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải biên bản họp và kiểm phiếu (.docx)" }).click(),
  ]);
  const minutesText = (await readDocxText(fs.readFileSync(await minutes.path()))).paragraphs.join("\n");
  expect(minutesText).toContain("BIÊN BẢN");
  expect(minutesText).toContain(b!.name);
  await signOut(page);

  // The chairperson approves what the council passed, within the quota, and signs the decision.
  await signInAs(page, "chutich.honquan@thidua.vn");
  await page.goto("/phe-duyet");
  await page.getByRole("link", { name: seed.plan.title }).click();
  await expect(page.getByTestId("approval-item").filter({ hasText: b!.name }).getByTestId("approval-state")).toHaveText(
    "Không đạt tại Hội đồng",
  );
  // The two individuals who passed, with one confirmation, under the plan's number; the collective alone.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Phê duyệt tất cả người đạt (2)" }).click();
  await expect(page.getByText("Đã phê duyệt 2 người, tập thể.")).toBeVisible();
  for (const name of [a!.name, THANH_AN_PERSON.name])
    await expect(
      page.getByTestId("approval-item").filter({ hasText: name }).getByTestId("approval-state"),
    ).toContainText("Đã phê duyệt");
  // The collective alone, ticked on the board's one form.
  await page.getByRole("checkbox", { name: TAN_KHAI_COLLECTIVE, exact: true }).check();
  await page.getByRole("button", { name: "Phê duyệt các mục đã chọn" }).click();
  await expect(page.getByText("Đã phê duyệt 1 người, tập thể.")).toBeVisible();
  await expect(
    page.getByTestId("approval-item").filter({ hasText: TAN_KHAI_COLLECTIVE }).getByTestId("approval-state"),
  ).toContainText("Đã phê duyệt");
  await expect(page.getByTestId("quota-row").filter({ hasText: "Cá nhân" })).toContainText("10");
  const sign = page.getByRole("form", { name: `Ký quyết định: ${FORM} – Cá nhân` });
  await sign.getByLabel("Ngày ký quyết định").fill("2025-06-25");
  // The plan writes no money for its Giấy khen: the chair is told why and confirms none (never a silent 0 đồng).
  await expect(sign.getByText("Chưa có mức thưởng", { exact: false })).toBeVisible();
  await sign.getByLabel("Không kèm tiền thưởng", { exact: false }).check();
  await sign.getByRole("button", { name: "Ký quyết định (2 người, tập thể)" }).click();
  await expect(page.getByText("Đã ký Quyết định số 01/QĐ-UBND.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  const [decision] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Quyết định số 01/QĐ-UBND (.docx)" }).click(),
  ]);
  const decisionText = (await readDocxText(fs.readFileSync(await decision.path()))).paragraphs.join("\n");
  expect(decisionText).toContain("QUYẾT ĐỊNH");
  expect(decisionText).toContain("Số: 01/QĐ-UBND");
  expect(decisionText).toContain(a!.name);
  expect(decisionText).toContain(THANH_AN_PERSON.name);
  expect(decisionText).not.toContain(b!.name);
  const [certificates] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Giấy khen theo quyết định số 01 (.pdf)" }).click(),
  ]);
  const { pages } = await readPdfPages(fs.readFileSync(await certificates.path()));
  expect(pages).toHaveLength(2);
  expect(pages.some((p) => p.includes(a!.name))).toBe(true);
  expect(pages.every((p) => p.includes("GIẤY KHEN") && p.includes("01/QĐ-UBND"))).toBe(true);

  // The award is now in the person's history, searchable without diacritics.
  await page.goto(`/lich-su-khen-thuong?q=${encodeURIComponent("ho thi kim ngan")}`);
  await expect(page.getByRole("row").filter({ hasText: a!.name })).toContainText("01/QĐ-UBND");
  await signOut(page);
});
