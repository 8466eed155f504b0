import { describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { decideItem, revokeAward, signDecision } from "@/server/data/decisions";
import { findDecision } from "@/server/data/awards";
import { findPlan } from "@/server/data/plan-reads";
import { decisionCertificates, decisionDocument, toDecisionInput } from "@/server/services/decision-documents";
import { awardHistoryXlsx } from "@/server/services/award-history";
import { listPlansAwaitingApproval, revocableAwardIds } from "@/server/data/approval-plans";
import { placeDate } from "@/domain/text/format";
import { formatViDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { createActor, uid } from "../support/factories";
import { readPdfPages } from "../support/pdf-text";
import { campaign, passAll } from "../support/council-campaign";
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
