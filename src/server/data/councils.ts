import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid, notFound } from "@/domain/errors";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { administrator, seatProblems } from "@/domain/auth/grants";
import type { z } from "zod";
import type { TCouncilRules, ZCouncilMember, ZCouncilRules, ZCouncilThreshold } from "@/schemas/council";
import { ownedByMyUnit, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { refuseOverridesBeyondProvince } from "./council-effective-rules";
import { BUMP_ROW_VERSION, checkRowVersionOrNew, claimRowVersion } from "./row-version";

/**
 * A unit's council (Hội đồng Thi đua – Khen thưởng): its rules and its seats. Seats are accounts
 * holding a role in the unit; a seat may name the person it is, so the ballot can recuse them.
 */

export async function findCouncil(actor: Actor) {
  const scope = writeScope(actor, "council.read");
  return db().council.findUnique({
    where: scope,
    include: {
      members: {
        orderBy: [{ role: "asc" }, { termFrom: "asc" }, { id: "asc" }],
        include: { user: { select: { name: true, email: true } } },
      },
      thresholds: { orderBy: { catalogueCode: "asc" } },
    },
  });
}

/** The council's rules as their form shows them (the form's first values, and the current ones after a stale save). */
export function councilRulesFormValues(row: {
  name: string;
  quorumNumerator: number | null;
  quorumDenominator: number | null;
  thresholdPercent: number;
  thresholdStrict: boolean;
  countsWrittenOpinions: boolean | null;
  secretBallot: boolean;
  secretaryStandIn: TCouncilRules["secretaryStandIn"];
  secretaryStandInMemberId: string | null;
}): TCouncilRules {
  return {
    name: row.name,
    quorumNumerator: row.quorumNumerator ?? "",
    quorumDenominator: row.quorumDenominator ?? "",
    thresholdPercent: row.thresholdPercent,
    thresholdStrict: row.thresholdStrict,
    countsWrittenOpinions: row.countsWrittenOpinions === null ? "" : row.countsWrittenOpinions ? "true" : "false",
    secretBallot: row.secretBallot,
    secretaryStandIn: row.secretaryStandIn,
    secretaryStandInMemberId: row.secretaryStandInMemberId ?? "",
  };
}

/**
 * Creates or replaces the council's rules. From the form, `rowVersion` is the version it loaded
 * (null: no council yet); a save made after someone else's is refused as stale (row-version.ts).
 */
export async function saveCouncilRules(
  actor: Actor,
  // Callers other than the form (seed, tests) may leave the vote's word and the stand-in to their defaults.
  input: Omit<z.output<typeof ZCouncilRules>, "secretBallot" | "secretaryStandIn" | "secretaryStandInMemberId"> &
    Partial<Pick<z.output<typeof ZCouncilRules>, "secretBallot" | "secretaryStandIn" | "secretaryStandInMemberId">>,
  rowVersion?: number | null,
) {
  const scope = writeScope(actor, "council.manage");
  const { secretaryStandInMemberId: namedId, ...rules } = input;
  // A named stand-in is a seat of this council (checked below); any other choice names nobody.
  const data = {
    ...rules,
    secretaryStandInMemberId: input.secretaryStandIn === "NAMED_MEMBER" ? namedId || null : null,
  };
  await db().$transaction(async (tx) => {
    await refuseOverridesBeyondProvince(tx, actor, {
      quorum: input.quorumNumerator !== null,
      writtenOpinions: input.countsWrittenOpinions !== null,
    });
    const before = await tx.council.findUnique({ where: scope });
    checkRowVersionOrNew(before, rowVersion, councilRulesFormValues);
    if (
      data.secretaryStandInMemberId &&
      !(
        before &&
        (await tx.councilMember.findFirst({ where: { id: data.secretaryStandInMemberId, councilId: before.id } }))
      )
    )
      throw invalid("Người được chỉ định không phải thành viên Hội đồng.", {
        secretaryStandInMemberId: "Chọn một thành viên của Hội đồng.",
      });
    let after;
    if (before) {
      const claimed = await tx.council.updateMany({
        where: { id: before.id, rowVersion: before.rowVersion },
        data: { ...data, ...BUMP_ROW_VERSION },
      });
      await claimRowVersion(claimed, () => tx.council.findUnique({ where: scope }), councilRulesFormValues);
      after = await tx.council.findUniqueOrThrow({ where: { id: before.id } });
    } else after = await tx.council.create({ data: { unitId: scope.unitId, ...data } });
    await recordAudit(tx, actor, {
      entity: "Council",
      entityId: after.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after,
    });
  });
}

/** The council of the actor's unit, which must exist before seats and thresholds are added. */
async function ownCouncil(tx: Tx, actor: Actor) {
  const council = await tx.council.findUnique({ where: ownedByMyUnit(actor) });
  if (!council) throw conflict("Đơn vị chưa lập Hội đồng: lưu quy chế của Hội đồng trước.");
  return council;
}

export async function addCouncilMember(actor: Actor, input: z.output<typeof ZCouncilMember>) {
  const scope = writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    const council = await ownCouncil(tx, actor);
    const self = seatProblems(administrator(actor.userId), input.userId);
    if (self.length) throw invalid(self[0]!.message, { userId: self[0]!.message });
    // Seats go to accounts of this unit, and name people of this unit: both checked here.
    if (!(await tx.membership.findFirst({ where: { userId: input.userId, ...scope } })))
      throw invalid("Tài khoản không thuộc đơn vị.", { userId: "Chọn tài khoản của đơn vị." });
    if (input.personId && !(await tx.person.findFirst({ where: { id: input.personId, ...scope } })))
      throw invalid("Người này không thuộc đơn vị.", { personId: "Chọn người của đơn vị." });
    if (
      await tx.councilMember.findUnique({
        where: { councilId_userId: { councilId: council.id, userId: input.userId } },
      })
    )
      throw conflict("Tài khoản này đã là thành viên Hội đồng.", { userId: "Đã là thành viên." });
    const row = await tx.councilMember.create({
      data: {
        councilId: council.id,
        userId: input.userId,
        personId: input.personId || null,
        role: input.role,
        termFrom: parseIsoDate(input.termFrom),
        termTo: input.termTo ? parseIsoDate(input.termTo) : null,
      },
    });
    await recordAudit(tx, actor, { entity: "CouncilMember", entityId: row.id, action: "CREATE", after: row });
  });
}

/** A seat that took part in a meeting stays (the minutes name it): end its term instead. */
export async function removeCouncilMember(actor: Actor, memberId: string) {
  const scope = writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.councilMember.findFirst({
      where: { id: memberId, council: scope },
      include: { _count: { select: { attendance: true, receipts: true } } },
    });
    if (!before) throw notFound();
    if (before._count.attendance || before._count.receipts)
      throw conflict("Thành viên đã dự phiên họp: không xoá được, hãy ghi ngày hết nhiệm kỳ.");
    await tx.councilMember.delete({ where: { id: memberId } });
    const { _count, ...snapshot } = before;
    await recordAudit(tx, actor, { entity: "CouncilMember", entityId: memberId, action: "DELETE", before: snapshot });
  });
}

/** Ends a seat's term (a member who leaves): from the next day on, meetings no longer count the seat. */
export async function endCouncilTerm(actor: Actor, memberId: string, termTo: string) {
  const scope = writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.councilMember.findFirst({ where: { id: memberId, council: scope } });
    if (!before) throw notFound();
    if (termTo < toIsoDate(before.termFrom))
      throw invalid("Ngày kết thúc không trước ngày bắt đầu nhiệm kỳ.", {
        termTo: "Chọn ngày từ ngày bắt đầu nhiệm kỳ.",
      });
    const after = await tx.councilMember.update({ where: { id: memberId }, data: { termTo: parseIsoDate(termTo) } });
    await recordAudit(tx, actor, { entity: "CouncilMember", entityId: memberId, action: "UPDATE", before, after });
  });
}

export async function saveCouncilThreshold(actor: Actor, input: z.output<typeof ZCouncilThreshold>) {
  writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    await refuseOverridesBeyondProvince(tx, actor, { threshold: true });
    const council = await ownCouncil(tx, actor);
    const row = await tx.councilThreshold.upsert({
      where: { councilId_catalogueCode: { councilId: council.id, catalogueCode: input.catalogueCode } },
      create: { councilId: council.id, ...input },
      update: { percent: input.percent, strict: input.strict },
    });
    await recordAudit(tx, actor, { entity: "CouncilThreshold", entityId: row.id, action: "UPDATE", after: row });
  });
}

export async function deleteCouncilThreshold(actor: Actor, id: string) {
  const scope = writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.councilThreshold.findFirst({ where: { id, council: scope } });
    if (!before) throw notFound();
    await tx.councilThreshold.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "CouncilThreshold", entityId: id, action: "DELETE", before });
  });
}

/** Accounts of the unit, for the seat picker. */
export async function listUnitUserChoices(actor: Actor) {
  const scope = writeScope(actor, "council.manage");
  return db().user.findMany({
    where: { memberships: { some: scope }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}
