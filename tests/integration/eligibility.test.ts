import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import { createBatch, findBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee, removeNominee } from "@/server/data/nominations/nominees";
import { createEnteredAward, createHold, createInitiative, saveReview, updateHold } from "@/server/data/achievements";
import { updateOrganisation } from "@/server/data/organisations";
import { todayInVietnam } from "@/lib/dates";
import { createActor, createDisciplineRow, createOrganisationRow, createPersonRow, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * Every eligibility rule, through the data layer on real PostgreSQL: the facts are recorded as
 * the unit records them, and nomination refuses with the reason and the article.
 */

const YEAR = 2026;
const individual = (personId: string) => ({
  kind: "INDIVIDUAL" as const,
  personId,
  category: "",
  summary: "Thành tích xuất sắc",
  periodFrom: `${YEAR}-01-01`,
  periodTo: `${YEAR}-12-31`,
});
const collective = (organisationId: string) => ({
  kind: "COLLECTIVE" as const,
  organisationId,
  category: "",
  summary: "Tập thể tiêu biểu",
  periodFrom: `${YEAR}-01-01`,
  periodTo: `${YEAR}-12-31`,
});

async function setup(
  opts: { catalogueCode?: string; capPercent?: number; recipientKind?: "INDIVIDUAL" | "COLLECTIVE" } = {},
) {
  const { tree, chair, formId } = await districtPlan({ quota: 10, dossier: false, ...opts });
  await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 10 }]);
  // The commune's officer who is also its administrator (discipline and complaints are the administrator's).
  const officer = await createActor(tree.c1, ["OFFICER", "ADMIN"]);
  const batch = await createBatch(officer, formId);
  return { tree, officer, batch };
}

describe("Chiến sĩ thi đua cơ sở prerequisites (Luật TĐKT 2022, Điều 23)", () => {
  it("refuses without a rating, then without an initiative, and accepts once both are recorded", async () => {
    const { tree, officer, batch } = await setup({ catalogueCode: "CSTD_CS" });
    const person = await createPersonRow(tree.c1, "Lê Thị Sáng");
    await expect(addNominee(officer, batch.id, individual(person.id))).rejects.toMatchObject({
      message: expect.stringContaining(`Chưa có kết quả xếp loại năm ${YEAR}`),
      fieldErrors: { personId: expect.stringContaining("Luật Thi đua, khen thưởng 2022, Điều 23 khoản 1") },
    });
    await saveReview(officer, person.id, { year: YEAR, rating: "HTTNV" });
    await expect(addNominee(officer, batch.id, individual(person.id))).rejects.toMatchObject({
      message: expect.stringContaining("Điều 23 khoản 2"),
    });
    await createInitiative(officer, person.id, {
      title: "Số hoá hồ sơ một cửa",
      scope: "CO_SO",
      recognisedOn: `${YEAR}-06-15`,
      recognisedBy: "Quyết định số 15/QĐ-UBND",
    });
    await expect(addNominee(officer, batch.id, individual(person.id))).resolves.toMatchObject({ label: "Lê Thị Sáng" });
  });

  it("accepts hoàn thành xuất sắc nhiệm vụ in place of an initiative", async () => {
    const { tree, officer, batch } = await setup({ catalogueCode: "CSTD_CS" });
    const person = await createPersonRow(tree.c1, "Trần Xuất Sắc");
    await saveReview(officer, person.id, { year: YEAR, rating: "HTXSNV" });
    await expect(addNominee(officer, batch.id, individual(person.id))).resolves.toMatchObject({
      label: "Trần Xuất Sắc",
    });
  });
});

describe("Chiến sĩ thi đua tỉnh needs 03 consecutive Chiến sĩ thi đua cơ sở (Luật TĐKT 2022, Điều 22 khoản 1)", () => {
  it("reads the award history: two years are not enough, three in a row with a province-wide initiative are", async () => {
    const { tree, officer, batch } = await setup({ catalogueCode: "CSTD_TINH" });
    const person = await createPersonRow(tree.c1, "Phạm Liên Tục");
    const award = (year: number) => ({
      catalogueCode: "CSTD_CS",
      name: "Chiến sĩ thi đua cơ sở",
      year,
      decisionNumber: `${year}/QĐ-UBND`,
      decidedOn: `${year}-12-20`,
      conferredBy: "Chủ tịch UBND huyện",
    });
    await createEnteredAward(officer, person.id, award(YEAR - 2));
    await createEnteredAward(officer, person.id, award(YEAR - 1));
    await createInitiative(officer, person.id, {
      title: "Mô hình dân vận khéo",
      scope: "TINH",
      recognisedOn: `${YEAR - 1}-10-01`,
      recognisedBy: "Quyết định số 200/QĐ-UBND tỉnh",
    });
    await expect(addNominee(officer, batch.id, individual(person.id))).rejects.toMatchObject({
      message: expect.stringContaining("hiện có 0 năm liên tục"),
    });
    // The commune's own decision for this year enters the history (here: entered from paper).
    await createEnteredAward(officer, person.id, { ...award(YEAR), decidedOn: todayInVietnam() });
    await expect(addNominee(officer, batch.id, individual(person.id))).resolves.toMatchObject({
      label: "Phạm Liên Tục",
    });
  });
});

describe("complaints and inspections (NĐ 152/2025/NĐ-CP, Điều 4)", () => {
  it("bars while a complaint is being verified and lets the nominee through once it is closed", async () => {
    const { tree, officer, batch } = await setup();
    const person = await createPersonRow(tree.c1, "Vũ Đơn Thư");
    await createHold(
      officer,
      { personId: person.id },
      { kind: "COMPLAINT", note: "Đơn tố cáo ngày 01/10", openedOn: `${YEAR}-10-01`, closedOn: "" },
    );
    await expect(addNominee(officer, batch.id, individual(person.id))).rejects.toMatchObject({
      message: expect.stringContaining("đơn thư khiếu nại, tố cáo đang được xác minh"),
    });
    const hold = await db().reviewHold.findFirstOrThrow({ where: { personId: person.id } });
    await updateHold(
      officer,
      hold.id,
      {
        kind: "COMPLAINT",
        note: "Đã kết luận: không có vi phạm",
        openedOn: `${YEAR}-10-01`,
        closedOn: `${YEAR}-10-20`,
      },
      hold.rowVersion,
    );
    await expect(addNominee(officer, batch.id, individual(person.id))).resolves.toMatchObject({ label: "Vũ Đơn Thư" });
  });

  it("re-checks at submission: a complaint recorded after the nominee was added blocks the batch, which stays a draft", async () => {
    const { tree, officer, batch } = await setup();
    const person = await createPersonRow(tree.c1, "Đỗ Sau Này");
    await addNominee(officer, batch.id, individual(person.id));
    await createHold(
      officer,
      { personId: person.id },
      { kind: "INSPECTION", note: "Thanh tra công vụ", openedOn: `${YEAR}-01-05`, closedOn: "" },
    );
    await expect(submitBatch(officer, batch.id)).rejects.toMatchObject({
      message: expect.stringContaining("Đỗ Sau Này: Đang bị thanh tra, kiểm tra"),
    });
    expect((await db().nominationBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("DRAFT");
    const { eligibility } = await findBatch(officer, batch.id);
    expect([...eligibility.values()].flat().map((r) => r.code)).toEqual(["INSPECTION_OPEN"]);
  });
});

describe("a collective whose head is disciplined", () => {
  it("is refused while its head is under discipline; the head must be a person of the unit", async () => {
    const { tree, officer, batch } = await setup({ recipientKind: "COLLECTIVE", catalogueCode: "TTLDTT" });
    const org = await createOrganisationRow(tree.c1, `Bộ phận một cửa ${uid()}`);
    const head = await createPersonRow(tree.c1, "Ngô Trưởng Phòng", org.id);
    await createDisciplineRow(tree.c1, head.id);
    const outsider = await createPersonRow(tree.c2, "Người Xã Khác");
    await expect(
      updateOrganisation(
        officer,
        org.id,
        { name: org.name, kind: "BO_PHAN", active: true, headPersonId: outsider.id },
        0,
      ),
    ).rejects.toMatchObject({ fieldErrors: { headPersonId: "Chọn người của đơn vị." } });
    await updateOrganisation(
      officer,
      org.id,
      { name: org.name, kind: "BO_PHAN", active: true, headPersonId: head.id },
      0,
    );
    await expect(addNominee(officer, batch.id, collective(org.id))).rejects.toMatchObject({
      message: expect.stringContaining("Người đứng đầu (Ngô Trưởng Phòng)"),
    });
    await updateOrganisation(officer, org.id, { name: org.name, kind: "BO_PHAN", active: true, headPersonId: "" }, 1);
    await expect(addNominee(officer, batch.id, collective(org.id))).resolves.toMatchObject({ kind: "COLLECTIVE" });
  });

  it("is refused while a complaint about the collective itself is open", async () => {
    const { tree, officer, batch } = await setup({ recipientKind: "COLLECTIVE" });
    const org = await createOrganisationRow(tree.c1);
    await createHold(
      officer,
      { organisationId: org.id },
      { kind: "COMPLAINT", note: "Phản ánh của người dân", openedOn: `${YEAR}-09-01`, closedOn: "" },
    );
    await expect(addNominee(officer, batch.id, collective(org.id))).rejects.toMatchObject({
      message: expect.stringContaining("khiếu nại"),
    });
  });
});

describe("the records are the unit's own", () => {
  it("refuses recording facts on another unit's people, and complaints without the administrator's permission", async () => {
    const { tree, officer } = await setup();
    const other = await createPersonRow(tree.c2, "Người Xã Hai");
    await expect(saveReview(officer, other.id, { year: YEAR, rating: "HTXSNV" })).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(
      createHold(
        officer,
        { personId: other.id },
        { kind: "COMPLAINT", note: "x", openedOn: `${YEAR}-01-01`, closedOn: "" },
      ),
    ).rejects.toMatchObject({ kind: "not_found" });
    const plainOfficer = await createActor(tree.c1, ["OFFICER"]);
    const own = await createPersonRow(tree.c1, "Người Xã Một");
    await expect(
      createHold(
        plainOfficer,
        { personId: own.id },
        { kind: "COMPLAINT", note: "x", openedOn: `${YEAR}-01-01`, closedOn: "" },
      ),
    ).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().reviewHold.count({ where: { personId: { in: [other.id, own.id] } } })).toBe(0);
  });
});

describe("a share cap the plan sets (no national cap in force since 01/01/2024)", () => {
  it("limits Chiến sĩ thi đua cơ sở to the plan's percent of the unit's Lao động tiên tiến of the year", async () => {
    const { tree, officer, batch } = await setup({ catalogueCode: "CSTD_CS", capPercent: 50 });
    const people = [];
    for (const name of ["Hà Một", "Hà Hai", "Hà Ba", "Hà Bốn"]) {
      const p = await createPersonRow(tree.c1, name);
      await saveReview(officer, p.id, { year: YEAR, rating: "HTXSNV" });
      people.push(p);
    }
    // Two of the four hold Lao động tiên tiến for the year: 50% of 2 allows one Chiến sĩ thi đua cơ sở.
    for (const p of people.slice(0, 2))
      await createEnteredAward(officer, p.id, {
        catalogueCode: "LDTT",
        name: "Lao động tiên tiến",
        year: YEAR,
        decisionNumber: "30/QĐ-UBND",
        decidedOn: todayInVietnam(),
        conferredBy: "Chủ tịch UBND xã",
      });
    await addNominee(officer, batch.id, individual(people[0]!.id));
    const second = await addNominee(officer, batch.id, individual(people[1]!.id));
    await expect(submitBatch(officer, batch.id)).rejects.toMatchObject({
      message: expect.stringContaining(
        'Vượt tỷ lệ 50% số "Lao động tiên tiến" năm 2026 của đơn vị (2 người: tối đa 1)',
      ),
    });
    await removeNominee(officer, second.id);
    await expect(submitBatch(officer, batch.id)).resolves.toMatchObject({ status: "SUBMITTED" });
  });
});
