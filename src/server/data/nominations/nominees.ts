import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, invalid, notFound } from "@/domain/errors";
import { canEditBatch } from "@/domain/nominations/batch-rules";
import type { Reason } from "@/domain/eligibility/principles";
import { parseIsoDate, todayInVietnam } from "@/lib/dates";
import { recordAudit } from "../audit";
import { unsafeNomineeReasons } from "../eligibility";
import { ownedByMyUnit } from "../scope";
import { ownBatch, type LoadedBatch } from "./access";

/**
 * Who stands on a batch: nominees are added and removed while the batch is the proposing unit's
 * draft (or returned to it), and each must be eligible — refused when added, checked again at
 * submission and shown on the batch page.
 */

/** A nominee as the data layer takes it (the parsed form, or a test's literal). */
export type NomineeInput = {
  kind: "COLLECTIVE" | "INDIVIDUAL";
  personId?: string;
  organisationId?: string;
  category: string;
  summary: string;
  periodFrom: string;
  periodTo: string;
};

/**
 * Adds a nominee with its dossier checklist built from the plan's list for the form. Refused
 * when the nominee is not eligible now (wrong kind for the form, or any rule of
 * src/domain/eligibility) — registration only warns; nomination blocks.
 */
export async function addNominee(actor: Actor, batchId: string, input: NomineeInput) {
  return db().$transaction(async (tx) => {
    const batch = await ownBatch(tx, actor, batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    return insertNominee(tx, actor, batch, input);
  });
}

/**
 * Adds several people (or organisations; "" is the unit itself) at once, with what they share:
 * the category, the period and the summary. One transaction: all are added, or — if one of them is
 * not eligible, already on the batch, or not of the unit — none, and the message names who.
 */
export async function addNominees(
  actor: Actor,
  batchId: string,
  input: Omit<NomineeInput, "personId" | "organisationId"> & { ids: string[] },
) {
  const ids = [...new Set(input.ids)];
  if (!ids.length) throw invalid("Chọn ít nhất một người, tập thể.", { ids: "Chọn ít nhất một người, tập thể." });
  return db().$transaction(async (tx) => {
    const batch = await ownBatch(tx, actor, batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    const { ids: _ids, ...shared } = input;
    const added = [];
    for (const id of ids) {
      const one =
        input.kind === "INDIVIDUAL"
          ? { ...shared, personId: id || undefined }
          : { ...shared, organisationId: id || undefined };
      // Each one counts against the next: the batch as it stands after the ones before.
      const nominee = await insertNominee(tx, actor, { ...batch, nominees: [...batch.nominees, ...added] }, one);
      added.push({ ...nominee, documents: [] });
    }
    return added.length;
  });
}

/** One nominee onto a batch the caller has locked and checked is editable. */
async function insertNominee(tx: Tx, actor: Actor, batch: LoadedBatch, input: NomineeInput) {
  if (input.kind !== batch.awardForm.recipientKind) {
    throw invalid(`Hình thức này dành cho ${batch.awardForm.recipientKind === "INDIVIDUAL" ? "cá nhân" : "tập thể"}.`, {
      kind: "Chọn đúng loại đối tượng.",
    });
  }
  let label = actor.unit.name;
  if (input.personId) {
    const person = await tx.person.findFirst({
      where: { id: input.personId, ...ownedByMyUnit(actor) },
      select: { fullName: true },
    });
    if (!person) throw invalid("Người này không thuộc đơn vị.", { personId: "Chọn người của đơn vị." });
    label = person.fullName;
  }
  if (input.organisationId) {
    const org = await tx.organisation.findFirst({ where: { id: input.organisationId, ...ownedByMyUnit(actor) } });
    if (!org) throw invalid("Tổ chức không thuộc đơn vị.", { organisationId: "Chọn tổ chức của đơn vị." });
    label = org.name;
  }
  const reasons = await unsafeNomineeReasons(
    tx,
    batch.unitId,
    { kind: input.kind, personId: input.personId ?? null, organisationId: input.organisationId ?? null },
    batch.awardForm.catalogueCode,
    Number(input.periodTo.slice(0, 4)),
    todayInVietnam(),
  );
  if (reasons.length) {
    const text = reasons.map((r) => `${r.message} (${r.article})`).join(" ");
    throw invalid(`${label} chưa đủ điều kiện: ${text}`, { [input.personId ? "personId" : "organisationId"]: text });
  }
  const duplicate = batch.nominees.some(
    (n) =>
      (input.personId && n.personId === input.personId) ||
      (input.organisationId && n.organisationId === input.organisationId) ||
      (!input.personId && !input.organisationId && !n.personId && !n.organisationId),
  );
  if (duplicate) throw conflict(`${label} đã có trong tờ trình.`);
  const pending = await pendingElsewhere(tx, actor, batch, input);
  if (pending) throw conflict(`${label} ${pending}`);
  if (input.category && !batch.awardForm.subQuotas.some((q) => q.category === input.category))
    throw invalid("Nhóm không có trong kế hoạch.", { category: "Chọn nhóm của kế hoạch." });
  const required = await tx.planDossierItem.findMany({
    where: { awardFormId: batch.awardFormId },
    orderBy: { position: "asc" },
  });
  const nominee = await tx.nominee.create({
    data: {
      batchId: batch.id,
      position: batch.nominees.length,
      kind: input.kind,
      personId: input.personId ?? null,
      organisationId: input.organisationId ?? null,
      label,
      category: input.category,
      summary: input.summary,
      periodFrom: parseIsoDate(input.periodFrom),
      periodTo: parseIsoDate(input.periodTo),
      documents: {
        create: required.map((d, position) => ({ position, name: d.name, template: d.template, copies: d.copies })),
      },
    },
  });
  await recordAudit(tx, actor, {
    entity: "Nominee",
    entityId: nominee.id,
    action: "CREATE",
    after: { ...input, label, batchId: batch.id },
  });
  return nominee;
}

const PENDING_STATE = {
  DRAFT: "đang soạn",
  SUBMITTED: "đã gửi, chờ thẩm định",
  RETURNED: "bị trả lại",
  ACCEPTED: "đã chấp nhận, chờ Hội đồng và quyết định",
} as const;

/**
 * Whether the nominee already stands, still without an outcome, in another of the unit's batches
 * for the same award: the same form and round (a cascaded copy files on its parent's form, so a
 * ward's copy and the town's form are one), or the same title of the catalogue for the same year.
 * Said before a second nomination ("" when none): a decision, a failed vote or the chair's
 * rejection is an outcome.
 */
async function pendingElsewhere(tx: Tx, actor: Actor, batch: LoadedBatch, input: NomineeInput): Promise<string> {
  const who = input.personId
    ? { personId: input.personId }
    : input.organisationId
      ? { organisationId: input.organisationId }
      : { kind: "COLLECTIVE" as const, personId: null, organisationId: null };
  const code = batch.awardForm.catalogueCode;
  const year = input.periodTo.slice(0, 4);
  const other = await tx.nominee.findFirst({
    where: {
      ...who,
      batch: { ...ownedByMyUnit(actor), id: { not: batch.id } },
      OR: [
        { batch: { awardFormId: batch.awardFormId, roundId: batch.roundId } },
        ...(code
          ? [
              {
                batch: { awardForm: { catalogueCode: code } },
                periodTo: { gte: parseIsoDate(`${year}-01-01`), lte: parseIsoDate(`${year}-12-31`) },
              },
            ]
          : []),
      ],
      agendaItems: { none: { OR: [{ decisionId: { not: null } }, { result: "FAILED" }, { approval: "REJECTED" }] } },
    },
    select: { batch: { select: { status: true, awardForm: { select: { name: true } } } } },
  });
  if (!other) return "";
  return `đang được đề nghị "${other.batch.awardForm.name}" trong một tờ trình khác (${PENDING_STATE[other.batch.status]}) chưa có kết quả: bỏ khỏi tờ trình đó hoặc rút tờ trình đó trước khi đề nghị lại.`;
}

export async function removeNominee(actor: Actor, nomineeId: string) {
  await db().$transaction(async (tx) => {
    const found = await tx.nominee.findFirst({
      where: { id: nomineeId, batch: ownedByMyUnit(actor) },
      select: { batchId: true },
    });
    if (!found || !can(actor.roles, "nomination.write")) throw notFound();
    const batch = await ownBatch(tx, actor, found.batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    const nominee = batch.nominees.find((n) => n.id === nomineeId)!;
    await tx.nominee.delete({ where: { id: nominee.id } });
    await recordAudit(tx, actor, {
      entity: "Nominee",
      entityId: nominee.id,
      action: "DELETE",
      before: { label: nominee.label, batchId: nominee.batchId },
    });
  });
}

/** Eligibility of every nominee of a batch (read through the wall) as of today, keyed by nominee id. */
export async function batchEligibility(
  tx: Tx,
  batch: {
    unitId: string;
    awardForm: { catalogueCode: string | null };
    nominees: {
      id: string;
      kind: "INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD";
      personId: string | null;
      organisationId: string | null;
      periodTo: Date;
    }[];
  },
) {
  const today = todayInVietnam();
  const out = new Map<string, Reason[]>();
  // One at a time: a transaction's queries share one connection.
  for (const n of batch.nominees) {
    const subject = {
      kind: n.kind === "INDIVIDUAL" ? "INDIVIDUAL" : "COLLECTIVE",
      personId: n.personId,
      organisationId: n.organisationId,
    } as const;
    out.set(
      n.id,
      await unsafeNomineeReasons(
        tx,
        batch.unitId,
        subject,
        batch.awardForm.catalogueCode,
        n.periodTo.getUTCFullYear(),
        today,
      ),
    );
  }
  return out;
}
