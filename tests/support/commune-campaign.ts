import { db } from "@/server/db/client";
import { ZPlanInput } from "@/schemas/plan";
import { createPlan, transitionPlan } from "@/server/data/plans";
import { acceptBatch, createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { addCouncilMember, saveCouncilRules } from "@/server/data/councils";
import { scheduleMeeting } from "@/server/data/meetings";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createPersonRow, createTree, uid } from "./factories";

/**
 * A commune of the two-level world (tree.c4 under province tree.p2) running its own 2026 round: an
 * issued plan conferring `catalogueCode` (the commune chair's since 1/7/2025, NĐ 129/2025/NĐ-CP
 * Điều 59), one eligible nominee accepted for the council, and a council of `seats` whose quy chế
 * leaves quorum and written opinions to the province. The meeting is scheduled by `schedule()`, so a
 * test sets the province's rules first.
 */
export async function communeCampaign(opts: {
  seats: number;
  catalogueCode?: string;
  /** Rules the province sets before the nominee is sent (e.g. a share cap checked at submission). */
  provinceRules?: (office: Actor) => Promise<unknown>;
}) {
  const tree = await createTree();
  const chair = await createActor(tree.c4, ["CHAIR", "OFFICER"]);
  const provinceOffice = await createActor(tree.p2, ["ADMIN", "OFFICER", "REVIEWER"]);
  const plan = await createPlan(
    chair,
    ZPlanInput.parse({
      kind: "ANNUAL",
      title: "Phát động phong trào thi đua năm 2026",
      place: "Xã",
      symbol: "KH-UBND",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
      bases: [],
      purposes: ["Mục đích"],
      requirements: [],
      slogan: "",
      contents: ["Nội dung"],
      participantCollectives: [],
      participantIndividuals: [],
      awardForms: [
        {
          name: "Chiến sĩ thi đua cơ sở",
          authority: "Chủ tịch UBND xã",
          conferral: "OWN",
          recipientKind: "INDIVIDUAL",
          catalogueCode: opts.catalogueCode ?? "CSTD_CS",
          capPercent: "",
          quota: 5,
          subQuotas: [],
          criteria: ["Tiêu chuẩn"],
          cashValue: "",
          dossier: [],
        },
      ],
      registrationItems: [],
      registrationDeadline: "",
      dossierDeadline: "2026-12-10",
      phases: [],
      budgetSource: "",
      rewardRules: "",
      duties: [],
      recipients: ["Lưu: VT"],
      signerAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: "Người Ký",
    }),
  );
  await transitionPlan(chair, plan.id, "issue");
  const formId = plan.awardForms[0]!.id;

  // Eligible for CSTĐ cơ sở in 2026: "hoàn thành xuất sắc nhiệm vụ" (Luật TĐKT 2022 Điều 23).
  const person = await createPersonRow(tree.c4, `Người Được Đề Nghị ${uid()}`);
  await db().performanceReview.create({
    data: { unitId: tree.c4.id, personId: person.id, year: 2026, rating: "HTXSNV" },
  });
  const batch = await createBatch(chair, formId);
  await addNominee(chair, batch.id, {
    kind: "INDIVIDUAL",
    personId: person.id,
    category: "",
    summary: "Thành tích",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
  });
  await opts.provinceRules?.(provinceOffice);
  await submitBatch(chair, batch.id, new Date("2026-11-10T03:00:00Z"));
  await acceptBatch(chair, batch.id);

  await saveCouncilRules(chair, {
    name: "Hội đồng Thi đua - Khen thưởng xã",
    quorumNumerator: null,
    quorumDenominator: null,
    thresholdPercent: 50,
    thresholdStrict: true,
    countsWrittenOpinions: null,
  });
  const members: Actor[] = [];
  for (let i = 0; i < opts.seats; i++) {
    const member = await createActor(tree.c4, ["COUNCIL_MEMBER"]);
    await addCouncilMember(chair, {
      userId: member.userId,
      personId: "",
      role: i === 0 ? "THU_KY" : "THANH_VIEN",
      termFrom: "2026-01-01",
      termTo: "",
    });
    members.push(member);
  }
  const schedule = () =>
    scheduleMeeting(chair, {
      planId: plan.id,
      heldOn: "2026-11-16",
      startTime: "08:00",
      location: "Hội trường UBND xã",
      disclosureFrom: "",
      disclosureTo: "",
    });
  return { tree, chair, provinceOffice, plan, formId, person, members, secretary: members[0]!, schedule };
}
