import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid, notFound } from "@/domain/errors";
import { toSearchText, tidyName } from "@/domain/text/vietnamese";
import type { TOrganisationInput } from "@/schemas/organisation";
import type { TableParams } from "@/lib/table-params";
import { ownedByMyUnit, readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { BUMP_ROW_VERSION, checkRowVersion, claimRowVersion } from "./row-version";

export const ORGANISATION_SORT_KEYS = ["name", "kind", "createdAt"] as const;
type SortKey = (typeof ORGANISATION_SORT_KEYS)[number];

export async function listOrganisations(actor: Actor, params: TableParams<SortKey>) {
  const where: Prisma.OrganisationWhereInput = {
    ...readScope(actor, "organisation.read"),
    ...(params.q ? { searchText: { contains: toSearchText(params.q) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().organisation.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      include: { unit: { select: { name: true } } },
    }),
    db().organisation.count({ where }),
  ]);
  // Counted for this page's organisations only: Prisma's `_count` joins a count of every Person
  // row of every tenant, grouped by organisation (scripts/bench/request-overhead.ts).
  const counts = await db().person.groupBy({
    by: ["organisationId"],
    where: { organisationId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const byOrganisation = new Map(counts.map((c) => [c.organisationId, c._count._all]));
  return { rows: rows.map((r) => ({ ...r, peopleCount: byOrganisation.get(r.id) ?? 0 })), total };
}

/** Organisations of the actor's own unit, for pick lists (people's organisation). */
export async function listOrganisationChoices(actor: Actor) {
  return db().organisation.findMany({
    where: { ...readScope(actor, "organisation.read"), ...ownedByMyUnit(actor), active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function findOrganisation(actor: Actor, id: string) {
  const row = await db().organisation.findFirst({ where: { id, ...readScope(actor, "organisation.read") } });
  if (!row) throw notFound();
  return row;
}

/** For edit forms: only rows of the actor's own unit are editable, whatever reading reaches. */
export async function findOrganisationForEdit(actor: Actor, id: string) {
  const row = await db().organisation.findFirst({ where: { id, ...writeScope(actor, "organisation.write") } });
  if (!row) throw notFound();
  return row;
}

/** A row as its edit form shows it (the form's first values, and the current ones after a stale save). */
export function organisationFormValues(row: {
  name: string;
  kind: TOrganisationInput["kind"];
  active: boolean;
  headPersonId: string | null;
}): TOrganisationInput {
  return { name: row.name, kind: row.kind, active: row.active, headPersonId: row.headPersonId ?? "" };
}

function toData(input: TOrganisationInput) {
  const name = tidyName(input.name);
  return {
    name,
    searchText: toSearchText(name),
    kind: input.kind,
    active: input.active,
    headPersonId: input.headPersonId || null,
  };
}

/** The head must be a person of the same unit: the form's id is checked against the database. */
async function checkHead(tx: Tx, unitId: string, headPersonId: string | undefined) {
  if (!headPersonId) return;
  if (!(await tx.person.findFirst({ where: { id: headPersonId, unitId }, select: { id: true } }))) {
    throw invalid("Người đứng đầu phải là người của đơn vị.", { headPersonId: "Chọn người của đơn vị." });
  }
}

const duplicateName = () => conflict("Đơn vị đã có tổ chức trùng tên.", { name: "Tên này đã có trong đơn vị." });

export async function createOrganisation(actor: Actor, input: TOrganisationInput) {
  const scope = writeScope(actor, "organisation.write");
  return db().$transaction(async (tx) => {
    const data = toData(input);
    if (await tx.organisation.findFirst({ where: { ...scope, name: data.name } })) throw duplicateName();
    await checkHead(tx, scope.unitId, input.headPersonId);
    const row = await tx.organisation.create({ data: { ...data, unitId: scope.unitId } });
    await recordAudit(tx, actor, { entity: "Organisation", entityId: row.id, action: "CREATE", after: row });
    return row;
  });
}

/** Saves the edit form; refused as stale when the row is no longer at `rowVersion` (see row-version.ts). */
export async function updateOrganisation(actor: Actor, id: string, input: TOrganisationInput, rowVersion: number) {
  const scope = writeScope(actor, "organisation.write");
  return db().$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    checkRowVersion(before, rowVersion, organisationFormValues);
    const data = toData(input);
    if (await tx.organisation.findFirst({ where: { ...scope, name: data.name, id: { not: id } } }))
      throw duplicateName();
    await checkHead(tx, scope.unitId, input.headPersonId);
    const claimed = await tx.organisation.updateMany({
      where: { id: before.id, rowVersion, ...scope },
      data: { ...data, ...BUMP_ROW_VERSION },
    });
    await claimRowVersion(
      claimed,
      () => tx.organisation.findFirst({ where: { id, ...scope } }),
      organisationFormValues,
    );
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, actor, { entity: "Organisation", entityId: id, action: "UPDATE", before, after });
    return after;
  });
}

export async function deleteOrganisation(actor: Actor, id: string) {
  const scope = writeScope(actor, "organisation.write");
  await db().$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({
      where: { id, ...scope },
      include: { _count: { select: { people: true, nominees: true, registrationRows: true } } },
    });
    if (!before) throw notFound();
    if (before._count.people > 0) {
      throw conflict(
        `Không thể xoá: còn ${before._count.people} người thuộc tổ chức này. Hãy chuyển họ sang tổ chức khác hoặc đánh dấu tổ chức ngừng hoạt động.`,
      );
    }
    if (before._count.nominees || before._count.registrationRows) {
      throw conflict(
        "Không thể xoá: tổ chức có trong đăng ký thi đua hoặc đề nghị khen thưởng. Hãy đánh dấu ngừng hoạt động.",
      );
    }
    await tx.organisation.delete({ where: { id: before.id } });
    const { _count, ...snapshot } = before;
    await recordAudit(tx, actor, { entity: "Organisation", entityId: id, action: "DELETE", before: snapshot });
  });
}
