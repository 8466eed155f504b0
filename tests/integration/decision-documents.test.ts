import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import readExcelFile from "read-excel-file/node";
import { decideItem, revokeAward, signDecision } from "@/server/data/decisions";
import { findDecision } from "@/server/data/awards";
import { findPlan } from "@/server/data/plan-reads";
import { decisionCertificates, decisionDocument, toDecisionInput } from "@/server/services/decision-documents";
import { decisionDocx } from "@/server/documents/decision-docx";
import { findMeeting, openBallot, openSession } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import { awardHistoryXlsx } from "@/server/services/award-history";
import { listPlansAwaitingApproval, revocableAwardIds } from "@/server/data/approval-plans";
import { placeDate } from "@/domain/text/format";
import { formatViDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { createActor, uid } from "../support/factories";
import { readPdfPages } from "../support/pdf-text";
import { campaign, passAll } from "../support/council-campaign";
import { communeCampaign } from "../support/commune-campaign";
import { readDocxText } from "../support/docx-text";
import { inOrder } from "../support/in-order";

/**
 * A decision made through the council on real PostgreSQL, read back from its documents: the
 * .docx decision and the certificates PDF as the chair downloads them, and the award history
 * export with its tenant wall.
 */

const pdfPages = async (buf: Buffer) => (await readPdfPages(buf)).pages;

/** The workbook's only sheet as rows of cell texts. */
async function xlsxRows(buf: Buffer): Promise<string[][]> {
  const [sheet] = await readExcelFile(buf);
  return sheet!.data.map((row) => row.map((c) => (c === null ? "" : String(c))));
}

const DECIDED_ON = "2026-11-20";

/** Two commune officials passed by the district council, approved and awarded 500.000 đ each. */
async function decided() {
  const names = [`Nguyễn Thị Hương ${uid()}`, `Đặng Văn Hưởng ${uid()}`];
  const c = await campaign({ nominees: 2, seats: 3, quota: 2, cashValue: 500_000, names });
  for (const item of await passAll(c)) await decideItem(c.chair, item.id, { approve: true });
  const decision = await signDecision(c.chair, c.plan.id, {
    awardFormId: c.formId,
    decidedOn: DECIDED_ON,
    signerName: "Phạm Văn Định",
    budgetSource: "Quỹ thi đua, khen thưởng của huyện năm 2026",
  });
  return { ...c, names, decision };
}

describe("the decision's documents", () => {
  it("renders the decision .docx with its number, bases, awardees and total", async () => {
    const c = await decided();
    const district = c.tree.d1.name.replace(/^Huyện /u, "");
    const { bytes, fileName } = await decisionDocument(c.chair, c.decision.id);
    expect(fileName).toBe("quyet-dinh-01-QD-UBND-2026.docx");
    const { paragraphs, tables } = await readDocxText(bytes);
    const issued = await findPlan(c.chair, c.plan.id);

    inOrder(paragraphs, [
      "ỦY BAN NHÂN DÂN",
      `HUYỆN ${district.toLocaleUpperCase("vi-VN")}`,
      "Số: 01/QĐ-UBND",
      "Huyện, ngày 20 tháng 11 năm 2026",
      "QUYẾT ĐỊNH",
      "Về việc tặng Giấy khen của Chủ tịch UBND huyện cho các cá nhân có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số 01/KH-UBND",
      `CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ${district.toLocaleUpperCase("vi-VN")}`,
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
      // Decided after 01/7/2025: the decree in force is 152/2025, not 98/2023.
      "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
      // The plan was issued today: its date as ND 30 writes it ("ngày 05 tháng 02 năm 2026").
      `Căn cứ Kế hoạch số 01/KH-UBND ${placeDate("", toIsoDate(issued.issuedOn!), "").replace(/^, /u, "")} của Ủy ban nhân dân huyện ${district} về thi đua cải cách hành chính năm 2026;`,
      `Xét đề nghị của Hội đồng Thi đua - Khen thưởng huyện ${district}.`,
      "QUYẾT ĐỊNH:",
      "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho 02 cá nhân đã có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số 01/KH-UBND (có danh sách kèm theo).",
      "Điều 2. Kèm theo Giấy khen của Chủ tịch UBND huyện, mỗi cá nhân được thưởng 500.000 đồng:",
      "- Mức thưởng: giá trị cố định theo kế hoạch;",
      "- Tổng số tiền thưởng: 1.000.000 đồng (Bằng chữ: Một triệu đồng);",
      "- Nguồn kinh phí: Quỹ thi đua, khen thưởng của huyện năm 2026.",
      "Nơi nhận:",
      "- Như Điều 3;",
      "- Lưu: VT.",
      "Phạm Văn Định",
      "DANH SÁCH",
    ]);

    const list = tables.find((t) => t[0]?.[0] === "STT");
    const commune = c.tree.c1.name.replace(/^Xã /u, "xã ");
    expect(list).toEqual([
      ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)"],
      ["I. CÁ NHÂN"],
      ["1", c.names[0], `Công chức, ${commune}`, "500.000"],
      ["2", c.names[1], `Công chức, ${commune}`, "500.000"],
      ["", "Tổng cộng", "", "1.000.000"],
    ]);
  });

  it("cites Nghị định 98/2023 for a decision dated before 01/7/2025", async () => {
    const c = await decided();
    const found = await findDecision(c.chair, c.decision.id);
    const earlier = { ...found, decision: { ...found.decision, decidedOn: new Date("2025-06-30T00:00:00Z") } };
    expect(toDecisionInput(earlier, await findPlan(c.chair, c.plan.id)).bases[1]).toBe(
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    );
  });

  it("prints a certificate per awardee still holding the award, for the deciding and the awardees' units only", async () => {
    const c = await decided();
    const district = c.tree.d1.name.replace(/^Huyện /u, "").toLocaleUpperCase("vi-VN");
    const { bytes, fileName } = await decisionCertificates(c.chair, c.decision.id);
    expect(fileName).toBe("giay-khen-01-QD-UBND-2026.pdf");
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(2);
    pages.forEach((text, i) => {
      for (const line of [
        `CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ${district}`,
        "GIẤY KHEN",
        c.names[i]!,
        "Quyết định số 01/QĐ-UBND, ngày 20 tháng 11 năm 2026",
        "Huyện, ngày 20 tháng 11 năm 2026",
        "Phạm Văn Định",
      ]) {
        expect(text.replace(/\n/g, " "), `page ${i + 1}`).toContain(line);
      }
    });

    // The awardees' commune may download its people's documents; a neighbouring commune may not.
    await expect(decisionCertificates(c.officer, c.decision.id)).resolves.toMatchObject({ fileName });
    const neighbour = await createActor(c.tree.c2, ["OFFICER"]);
    await expect(decisionDocument(neighbour, c.decision.id)).rejects.toMatchObject({ kind: "not_found" });

    // A revoked award loses its certificate; the decision itself still lists it.
    const { decision } = await findDecision(c.chair, c.decision.id);
    await revokeAward(c.chair, decision.awards[0]!.id, {
      reason: "Kê khai thành tích không trung thực",
      decisionNumber: "05/QĐ-UBND",
      revokedOn: todayInVietnam(),
    });
    const after = await pdfPages((await decisionCertificates(c.chair, c.decision.id)).bytes);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain(c.names[1]);
    const { tables } = await readDocxText((await decisionDocument(c.chair, c.decision.id)).bytes);
    expect(tables.find((t) => t[0]?.[0] === "STT")?.map((r) => r[1])).toContain(c.names[0]);
  });

  it("says which year a form given every year is for: 2024's decision and certificate name 'đợt năm 2024'", async () => {
    const names = [`Trần Thị Hạnh ${uid()}`, `Vũ Văn Khải ${uid()}`];
    // Nominee 0 in 2024's round, nominee 1 in 2025's; only 2024's is decided here.
    const c = await campaign({ nominees: 2, seats: 3, quota: 2, cashValue: 500_000, names, years: [2024, 2025] });
    for (const item of await passAll(c)) await decideItem(c.chair, item.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      roundId: c.rounds[0]!.id,
      decidedOn: DECIDED_ON,
      signerName: "Phạm Văn Định",
      budgetSource: "Quỹ thi đua, khen thưởng của huyện",
    });
    const { paragraphs } = await readDocxText((await decisionDocument(c.chair, decision.id)).bytes);
    inOrder(paragraphs, [
      `Về việc tặng Giấy khen của Chủ tịch UBND huyện cho ${names[0]} có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số 01/KH-UBND, đợt năm 2024`,
      "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho 01 cá nhân đã có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số 01/KH-UBND, đợt năm 2024 (có danh sách kèm theo).",
    ]);
    expect(paragraphs.join("\n")).toContain(names[0]);
    expect(paragraphs.join("\n")).not.toContain(names[1]);
    const [certificate] = await pdfPages((await decisionCertificates(c.chair, decision.id)).bytes);
    expect(certificate!.replace(/\s+/g, " ")).toContain("theo Kế hoạch số 01/KH-UBND, đợt năm 2024");
  });
});

const LAW_2022 = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
const ND152 =
  "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;";
const ND98 =
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;";
/** Words meant for developers that must never reach a signed decision. */
const DEVELOPER_NOTES = /chưa đối chiếu|áp dụng tiếp|hiệu lực 0|thay NĐ|conferredBy|unverified|\.vn\b/u;

/** A found decision as if it had been signed on `day`, its amounts set to `amount` where given. */
function redated(found: Awaited<ReturnType<typeof findDecision>>, day: string, amount?: number) {
  const awards = found.decision.awards.map((a) => (amount === undefined ? a : { ...a, amount }));
  return { ...found, decision: { ...found.decision, decidedOn: new Date(`${day}T00:00:00Z`), awards } };
}

describe("the law of the decision's own date", () => {
  it("a commune chair's 2026 decision cites Luật 2022, NĐ 152/2025 and NĐ 129/2025 Điều 59 for the power to confer, and words the money by the calendar", async () => {
    const c = await communeCampaign({ seats: 5 });
    const meeting = await c.schedule();
    const seats = (await findMeeting(c.secretary, meeting.id)).seats;
    await openSession(
      c.secretary,
      meeting.id,
      seats.map((s) => s.id),
    );
    await openBallot(c.secretary, meeting.id);
    const [item] = (await findMeeting(c.secretary, meeting.id)).items;
    for (const m of c.members) await castVotes(m, meeting.id, [{ itemId: item!.id, choice: "AGREE" }]);
    await closeBallot(c.secretary, meeting.id);
    await decideItem(c.chair, item!.id, { approve: true });
    const signed = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: "2026-11-20",
      signerName: "Chủ Tịch Xã",
      budgetSource: "Ngân sách xã năm 2026",
    });
    const { paragraphs } = await readDocxText((await decisionDocument(c.chair, signed.id)).bytes);
    inOrder(paragraphs, [
      LAW_2022,
      ND152,
      "Căn cứ Điều 59 Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ;",
      "Căn cứ Kế hoạch số 01/KH-UBND",
      "QUYẾT ĐỊNH:",
      "Điều 2. Kèm theo Chiến sĩ thi đua cơ sở, mỗi cá nhân được thưởng 2.530.000 đồng:",
      "- Mức thưởng: cá nhân bằng 1,0 lần mức lương cơ sở 2.530.000 đồng (Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2), làm tròn lên hàng chục nghìn đồng (Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1; Điều 49 khoản 1, 2);",
    ]);
    expect(paragraphs.join("\n")).not.toMatch(DEVELOPER_NOTES);
    expect(paragraphs.join("\n")).not.toContain("98/2023");

    // A decision signed before the calendar kept its basis with developers' notes: the document words it anew.
    await db().awardDecision.update({
      where: { id: signed.id },
      data: {
        amountBasis:
          "1 × mức lương cơ sở 2.530.000 đồng (NĐ 152/2025/NĐ-CP, Điều 50; làm tròn: NĐ 98/2023/NĐ-CP, Điều 53 khoản 1, 2 (áp dụng tiếp; điều tương ứng của NĐ 152/2025/NĐ-CP chưa đối chiếu); lương cơ sở: NĐ 161/2026/NĐ-CP, Điều 3; Điều 6 (hiệu lực 01/7/2026, thay NĐ 73/2024/NĐ-CP))",
      },
    });
    const again = (await readDocxText((await decisionDocument(c.chair, signed.id)).bytes)).paragraphs.join("\n");
    expect(again).not.toMatch(DEVELOPER_NOTES);
    expect(again).toContain("Điều 50 khoản 1; Điều 49 khoản 1, 2");
  });

  it("a district chair's decision of early 2025 cites Luật 2022 and NĐ 98/2023, and no NĐ 129/2025", async () => {
    const c = await decided();
    const found = redated(await findDecision(c.chair, c.decision.id), "2025-03-14");
    const { paragraphs } = await readDocxText(
      await decisionDocx(toDecisionInput(found, await findPlan(c.chair, c.plan.id))),
    );
    inOrder(paragraphs, [LAW_2022, ND98, "Căn cứ Kế hoạch số 01/KH-UBND"]);
    expect(paragraphs).toContain("Huyện, ngày 14 tháng 3 năm 2025");
    expect(paragraphs.join("\n")).not.toMatch(/129\/2025|152\/2025/u);
    expect(paragraphs.join("\n")).not.toMatch(DEVELOPER_NOTES);
  });

  it("a decision of 15/01/2023 (or 28/12/2023) cites Luật 2003 as amended and NĐ 91/2017, never NĐ 98/2023 of 31/12/2023", async () => {
    const c = await decided();
    const plan = await findPlan(c.chair, c.plan.id);
    for (const day of ["2023-01-15", "2023-12-28"]) {
      const found = redated(await findDecision(c.chair, c.decision.id), day);
      const { paragraphs } = await readDocxText(await decisionDocx(toDecisionInput(found, plan)));
      inOrder(paragraphs, [
        "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;",
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
        "Căn cứ Kế hoạch số 01/KH-UBND",
      ]);
      expect(paragraphs.join("\n"), day).not.toMatch(/98\/2023|152\/2025|06\/2022|15 tháng 6 năm 2022/u);
    }
  });
});

describe("the award history export", () => {
  it("holds the awards with their decision and amount, and stays inside the tenant wall", async () => {
    const c = await decided();
    const today = todayInVietnam();
    const { decision } = await findDecision(c.chair, c.decision.id);
    await revokeAward(c.chair, decision.awards[1]!.id, {
      reason: "Kê khai thành tích không trung thực",
      decisionNumber: "05/QĐ-UBND",
      revokedOn: today,
    });

    // The commune's officer: its own people's awards, the revocation beside the one revoked.
    const rows = await xlsxRows(await awardHistoryXlsx(c.officer, {}));
    const header = rows.findIndex((r) => r[0] === "STT");
    expect(rows[header]).toEqual([
      "STT",
      "Cá nhân, tập thể",
      "Loại",
      "Đơn vị",
      "Danh hiệu, hình thức",
      "Năm thành tích",
      "Số quyết định",
      "Ngày quyết định",
      "Cấp khen thưởng",
      "Số tiền (đồng)",
      "Thu hồi",
    ]);
    const body = rows.slice(header + 1);
    expect(body.map((r) => r[1]).sort()).toEqual([...c.names].sort());
    const [hương, hưởng] = c.names.map((n) => body.find((r) => r[1] === n)!);
    expect(hương!.slice(2)).toEqual([
      "Cá nhân",
      c.tree.c1.name,
      "Giấy khen của Chủ tịch UBND huyện",
      "2026",
      "01/QĐ-UBND",
      "20/11/2026",
      "Chủ tịch UBND huyện",
      "500000",
      "",
    ]);
    expect(hưởng![10]).toBe(
      `Quyết định số 05/QĐ-UBND ngày ${formatViDate(today)}: Kê khai thành tích không trung thực`,
    );

    // The district (subtree) finds one by name without diacritics; a year filter narrows.
    const searched = await xlsxRows(
      await awardHistoryXlsx(c.chair, { q: c.names[0]!.normalize("NFD").replace(/\p{M}/gu, "").replace("Đ", "D") }),
    );
    expect(searched.filter((r) => c.names.includes(r[1]!)).map((r) => r[1])).toEqual([c.names[0]]);
    expect((await xlsxRows(await awardHistoryXlsx(c.chair, { year: 2025 }))).some((r) => c.names.includes(r[1]!))).toBe(
      false,
    );

    // An officer of another commune sees none of them.
    const neighbour = await createActor(c.tree.c2, ["OFFICER"]);
    const theirs = await xlsxRows(await awardHistoryXlsx(neighbour, {}));
    expect(theirs.some((r) => r.some((cell) => c.names.includes(cell)))).toBe(false);
    expect(theirs.slice(theirs.findIndex((r) => r[0] === "STT") + 1)).toEqual([]);
  });
});

describe("the chair's lists", () => {
  it("lists the unit's plans with a closed ballot and offers revocation only where the unit decided", async () => {
    const c = await decided();
    expect((await listPlansAwaitingApproval(c.chair)).find((p) => p.id === c.plan.id)).toMatchObject({
      passed: 2,
      pending: 0,
      awaitingDecision: 0,
      decided: 2,
    });
    await expect(listPlansAwaitingApproval(c.members[0]!)).rejects.toMatchObject({ kind: "forbidden" });

    const ids = (await findDecision(c.chair, c.decision.id)).decision.awards.map((a) => a.id);
    expect([...(await revocableAwardIds(c.chair, ids))].sort()).toEqual([...ids].sort());
    // The awardees' commune holds the history but did not decide: neither its officer nor its chair revokes.
    expect((await revocableAwardIds(c.officer, ids)).size).toBe(0);
    expect((await revocableAwardIds(await createActor(c.tree.c1, ["CHAIR"]), ids)).size).toBe(0);
    await revokeAward(c.chair, ids[0]!, {
      reason: "Kê khai thành tích không trung thực",
      decisionNumber: "05/QĐ-UBND",
      revokedOn: todayInVietnam(),
    });
    expect([...(await revocableAwardIds(c.chair, ids))]).toEqual([ids[1]]);
  });
});
