import type { Locator, Page } from "@playwright/test";
import type { TPlanInput } from "../src/schemas/plan";
import { expect, expectAccessible, signInAs } from "./fixtures";
import type { SeedPlan } from "./seed-plans";

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** Opens a step of the plan form by its title in the step list, and waits until it shows. */
export async function openStep(page: Page, title: string) {
  await page.getByRole("navigation", { name: "Các bước soạn kế hoạch" }).getByRole("button", { name: title }).click();
  await expect(page.getByRole("heading", { level: 2, name: `: ${title}` })).toBeVisible();
}

/** Fills the plan form the way an officer would, step by step, from a plan fixture. */
export async function fillPlanForm(page: Page, plan: TPlanInput) {
  await openStep(page, "Thông tin chung");
  await page.getByLabel("Tên kế hoạch (trích yếu)").fill(plan.title);
  await page.getByLabel("Loại kế hoạch").selectOption(plan.kind);
  await page.getByLabel("Ký hiệu").fill(plan.symbol);
  await page.getByLabel("Địa danh").fill(plan.place);
  if (plan.periodFromIssue) await page.getByLabel("Thực hiện từ ngày ban hành").check();
  else await page.getByLabel("Thực hiện từ ngày", { exact: true }).fill(plan.periodFrom);
  await page.getByLabel("Đến ngày", { exact: true }).fill(plan.periodTo);

  // The way on from each step is the button at its foot, as an officer goes through the form.
  await page.getByRole("button", { name: "Bước tiếp: Căn cứ, mục đích, yêu cầu" }).click();
  for (const [i, basis] of plan.bases.entries()) {
    await page.getByRole("button", { name: "Thêm căn cứ" }).click();
    await page.getByLabel(`Căn cứ ${i + 1}`, { exact: true }).fill(basis.text);
  }
  await lines(page.getByLabel("Mục đích", { exact: true }), plan.purposes);
  await lines(page.getByLabel("Yêu cầu", { exact: true }), plan.requirements);
  await page.getByLabel("Khẩu hiệu thi đua").fill(plan.slogan ?? "");

  await page.getByRole("button", { name: "Bước tiếp: Nội dung, đối tượng" }).click();
  await lines(page.getByLabel("Nội dung thi đua"), plan.contents);
  await lines(page.getByLabel("Đối tượng: tập thể"), plan.participantCollectives);
  await lines(page.getByLabel("Đối tượng: cá nhân"), plan.participantIndividuals);

  await page.getByRole("button", { name: "Bước tiếp: Đăng ký, thời hạn, sơ kết" }).click();
  await page.getByLabel("Hạn đăng ký thi đua").fill(str(plan.registrationDeadline));
  await page.getByLabel("Hạn nộp hồ sơ đề nghị khen thưởng").fill(str(plan.dossierDeadline));
  for (const [i, phase] of plan.phases.entries()) {
    await page.getByRole("button", { name: /Thêm đợt sơ kết/ }).click();
    await page.getByLabel(`Đợt sơ kết/tổng kết ${i + 1}`).fill(phase.name);
    await page.getByLabel(`Ngày của đợt ${i + 1}`).fill(phase.reviewDate);
  }

  await page.getByRole("button", { name: "Bước tiếp: Hình thức khen thưởng" }).click();
  for (const [i, form] of plan.awardForms.entries()) {
    if (i > 0) await page.getByRole("button", { name: "Thêm hình thức khen thưởng" }).click();
    const group = page.getByRole("group", { name: `Hình thức khen thưởng ${i + 1}` });
    await group.getByLabel("Tên hình thức").fill(form.name);
    await group.getByLabel("Cấp có thẩm quyền").fill(form.authority);
    await group.getByLabel("Thẩm quyền", { exact: true }).selectOption(form.conferral);
    await group.getByLabel("Đối tượng", { exact: true }).selectOption(form.recipientKind);
    await group.getByLabel("Số lượng", { exact: true }).fill(str(form.quota));
    if (form.rewardKind) await group.getByLabel("Hình thức thưởng").selectOption(form.rewardKind);
    // The sum (or the gift's value) is asked only for a fixed sum or a gift.
    if (str(form.cashValue)) await group.getByLabel(/mỗi người \(đồng\)$/).fill(str(form.cashValue));
    for (const [j, q] of form.subQuotas.entries()) {
      await group.getByRole("button", { name: "Thêm nhóm" }).click();
      await group.getByLabel(`Nhóm ${j + 1}`, { exact: true }).fill(q.category);
      await group.getByLabel(`Số lượng nhóm ${j + 1}`).fill(str(q.quota));
    }
    await lines(group.getByLabel("Tiêu chuẩn"), form.criteria);
    for (const [j, d] of form.dossier.entries()) {
      await group.getByRole("button", { name: "Thêm giấy tờ" }).click();
      await group.getByLabel(`Giấy tờ ${j + 1}`, { exact: true }).fill(d.name);
      await group.getByLabel(`Mẫu của giấy tờ ${j + 1}`).fill(d.template ?? "");
      await group.getByLabel(`Số bản ${j + 1}`).fill(str(d.copies));
    }
  }

  await page.getByRole("button", { name: "Bước tiếp: Kinh phí, tổ chức thực hiện" }).click();
  await page.getByLabel("Nguồn kinh phí").fill(plan.budgetSource ?? "");
  await page.getByLabel("Mức thưởng, chế độ khen thưởng").fill(plan.rewardRules ?? "");
  for (const [i, duty] of plan.duties.entries()) {
    await page.getByRole("button", { name: "Thêm đơn vị thực hiện" }).click();
    await page.getByLabel(`Tên đơn vị ${i + 1}`).fill(duty.assignee);
    await lines(page.getByLabel(`Nhiệm vụ của đơn vị ${i + 1}`), duty.tasks);
  }

  await page.getByRole("button", { name: "Bước tiếp: Nơi nhận, người ký" }).click();
  await lines(page.getByLabel("Nơi nhận", { exact: true }), plan.recipients);
  await page.getByLabel("Thẩm quyền ký").fill(plan.signerAuthority);
  await page.getByLabel("Chức vụ người ký").fill(plan.signerTitle);
  await page.getByLabel("Họ tên người ký").fill(plan.signerName);
}

async function lines(field: Locator, items: string[]) {
  await field.fill(items.join("\n"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/dang-nhap/);
}

/**
 * Officer drafts and submits; the chairperson issues with the document's number and date (the
 * seed's, unless another is given: a second issue of the same text needs its own number).
 */
export async function draftAndIssue(
  page: Page,
  seed: SeedPlan,
  issue: { number: string; issuedOn: string } = seed,
): Promise<string> {
  await signInAs(page, seed.officerEmail);
  await page.goto("/ke-hoach/moi");
  await fillPlanForm(page, seed.plan);
  await page.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: seed.plan.title })).toBeVisible();
  const planUrl = page.url();
  await expectAccessible(page);
  await expect(
    page.getByText("Chỉ Chủ tịch (người đứng đầu) đơn vị mới được ban hành kế hoạch: hãy trình ký."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Trình ký" }).click();
  await expect(page.getByText("Chờ ký ban hành")).toBeVisible();
  await signOut(page);

  await signInAs(page, seed.chairEmail);
  await page.goto(planUrl);
  await page.getByLabel("Số văn bản").fill(issue.number);
  await page.getByLabel("Ngày ban hành").fill(issue.issuedOn);
  await page.getByRole("button", { name: "Ký ban hành" }).click();
  await expect(page.getByText("Đã ban hành", { exact: true })).toBeVisible();
  await expect(page.getByText(`Số: ${pad(Number(issue.number))}/${seed.plan.symbol}`)).toBeVisible();
  return planUrl;
}
