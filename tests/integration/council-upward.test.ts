import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import { createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee, removeNominee } from "@/server/data/nominations/nominees";
import { readDossierFile, uploadDossierFile } from "@/server/services/dossier-files";
import { addCouncilMember, saveCouncilRules } from "@/server/data/councils";
import { findMeeting, openBallot, openSession, scheduleMeeting } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import { decideItem } from "@/server/data/decisions";
import { forwardMinutes } from "@/server/services/forward-minutes";
import { todayInVietnam } from "@/lib/dates";
import type { Actor } from "@/server/auth/actor-types";
import { readDocxText } from "../support/docx-text";
import { createActor, createPersonRow, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";
import { itemsOf } from "../support/council-campaign";

const today = todayInVietnam();
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

describe("a proposal upward carries its own council's vote", () => {
  it("a commune's council votes on its draft proposal for the district's form; the minutes go into the passed nominees' dossiers; whoever failed must leave the batch", async () => {
    const { tree, chair, formId } = await districtPlan({
      quota: 5,
      dossier: ["Báo cáo thành tích", "Trích biên bản họp Hội đồng xét khen thưởng"],
    });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 5 }]);
    const commune = await createActor(tree.c1, ["CHAIR", "OFFICER"]);
    const batch = await createBatch(commune, formId);
    const passes = await createPersonRow(tree.c1, `Người Được Thông Qua ${uid()}`);
    const fails = await createPersonRow(tree.c1, `Người Không Đạt ${uid()}`);
    for (const p of [passes, fails])
      await addNominee(commune, batch.id, {
        kind: "INDIVIDUAL",
        personId: p.id,
        category: "",
        summary: "Thành tích",
        periodFrom: "2026-01-01",
        periodTo: "2026-12-31",
      });
    await saveCouncilRules(commune, {
      name: "Hội đồng Thi đua - Khen thưởng xã",
      quorumNumerator: 2,
      quorumDenominator: 3,
      thresholdPercent: 50,
      thresholdStrict: true,
      countsWrittenOpinions: false,
    });
    const members: Actor[] = [];
    for (let i = 0; i < 3; i++) {
      const m = await createActor(tree.c1, ["COUNCIL_MEMBER"]);
      await addCouncilMember(commune, {
        userId: m.userId,
        personId: "",
        role: i === 0 ? "THU_KY" : "THANH_VIEN",
        termFrom: "2026-01-01",
        termTo: "",
      });
      members.push(m);
    }
    const meeting = await scheduleMeeting(commune, {
      planId: (await db().planAwardForm.findUniqueOrThrow({ where: { id: formId } })).planId,
      heldOn: today,
      startTime: "14:00",
      location: "UBND xã",
      disclosureFrom: "",
      disclosureTo: "",
    });
    const secretary = members[0]!;
    expect((await findMeeting(secretary, meeting.id)).upward).toBe(true);
    await openSession(
      secretary,
      meeting.id,
      (await findMeeting(secretary, meeting.id)).seats.map((s) => s.id),
    );
    await openBallot(secretary, meeting.id);
    // While the commune's ballot is open, the batch cannot go up.
    await expect(submitBatch(commune, batch.id)).rejects.toMatchObject({
      message: expect.stringContaining("Hội đồng đơn vị chưa bỏ phiếu xong"),
    });
    const items = await itemsOf(secretary, meeting.id);
    const itemOf = (personLabel: string) => items.find((i) => i.label === personLabel)!;
    for (const m of members) {
      await castVotes(m, meeting.id, [
        { itemId: itemOf(passes.fullName).id, choice: "AGREE" },
        { itemId: itemOf(fails.fullName).id, choice: m === members[0] ? "AGREE" : "DISAGREE" },
      ]);
    }
    await closeBallot(secretary, meeting.id);

    // The commune's chair cannot approve for the district: upward items are not the commune's to decide.
    await expect(decideItem(commune, itemOf(passes.fullName).id, { approve: true })).rejects.toMatchObject({
      kind: "not_found",
    });

    expect(await forwardMinutes(commune, meeting.id)).toBe(1);
    const minutesDoc = await db().dossierDocument.findFirstOrThrow({
      where: { nominee: { personId: passes.id }, name: { contains: "biên bản" } },
      include: { files: true },
    });
    expect(minutesDoc.state).toBe("UPLOADED");
    const { paragraphs } = await readDocxText((await readDossierFile(commune, minutesDoc.files[0]!.id)).bytes);
    expect(paragraphs.join("\n")).toContain(fails.fullName);

    const report = await db().dossierDocument.findFirstOrThrow({
      where: { nominee: { personId: passes.id }, name: "Báo cáo thành tích" },
    });
    await uploadDossierFile(commune, report.id, { name: "bao-cao.pdf", bytes: PDF });
    await expect(submitBatch(commune, batch.id)).rejects.toMatchObject({
      message: expect.stringContaining(`Không đạt tỷ lệ phiếu của Hội đồng đơn vị: ${fails.fullName}`),
    });
    const failed = await db().nominee.findFirstOrThrow({ where: { batchId: batch.id, personId: fails.id } });
    await removeNominee(commune, failed.id);
    await expect(submitBatch(commune, batch.id)).resolves.toMatchObject({ status: "SUBMITTED" });
    // The meeting's record still reads whole.
    expect(await itemsOf(chair, meeting.id).catch(() => null)).toBeNull(); // another unit's meeting: not the district's to read
    const record = (await itemsOf(secretary, meeting.id)).find((i) => i.label === fails.fullName)!;
    expect(record).toMatchObject({ nominee: null, result: "FAILED" });
  });
});
