import { randomBytes } from "node:crypto";
import { db } from "@/server/db/client";
import { childPath, depthOf, type UnitKindCode } from "@/domain/units/hierarchy";
import type { RoleCode } from "@/domain/auth/permissions";
import { findActorBySession } from "@/server/data/sessions";
import { toSearchText, toSortName } from "@/domain/text/vietnamese";
import type { Actor } from "@/server/auth/actor-types";

/** Unique suffix so parallel test files never collide on codes, names or emails. */
export const uid = () => randomBytes(5).toString("hex");

export type TestUnit = { id: string; path: string; name: string };

export async function createUnit(name: string, kind: UnitKindCode, parent: TestUnit | null): Promise<TestUnit> {
  const row = await db().unit.create({
    data: { code: uid(), name: `${name} ${uid()}`, kind, path: "/", depth: 0, parentId: parent?.id ?? null },
  });
  const path = childPath(parent?.path ?? null, row.id);
  await db().unit.update({ where: { id: row.id }, data: { path, depth: depthOf(path) } });
  return { id: row.id, path, name: row.name };
}

/**
 * Two provinces: P1 → districts D1 (communes C1, C2) and D2 (commune C3); P2 → commune C4
 * (two-level, as after 1/7/2025).
 */
export async function createTree() {
  const p1 = await createUnit("Tỉnh Một", "TINH", null);
  const d1 = await createUnit("Huyện Một", "HUYEN", p1);
  const d2 = await createUnit("Huyện Hai", "HUYEN", p1);
  const c1 = await createUnit("Xã Một", "XA", d1);
  const c2 = await createUnit("Xã Hai", "XA", d1);
  const c3 = await createUnit("Xã Ba", "XA", d2);
  const p2 = await createUnit("Tỉnh Hai", "TINH", null);
  const c4 = await createUnit("Xã Bốn", "XA", p2);
  return { p1, d1, d2, c1, c2, c3, p2, c4 };
}

/** A real account with roles and a real session, turned into an Actor by the app's own code. */
export async function createActor(
  unit: TestUnit,
  roles: RoleCode[],
  extra: { unit: TestUnit; roles: RoleCode[] }[] = [],
): Promise<Actor> {
  const user = await db().user.create({
    data: { email: `u${uid()}@test.vn`, name: `Người dùng ${uid()}`, passwordHash: "x" },
  });
  const all = [{ unit, roles }, ...extra];
  await db().membership.createMany({
    data: all.flatMap((m) => m.roles.map((role) => ({ userId: user.id, unitId: m.unit.id, role }))),
  });
  const session = await db().session.create({
    data: { userId: user.id, activeUnitId: unit.id, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const actor = await findActorBySession(session.id);
  if (!actor) throw new Error("factory: actor not found");
  return actor;
}

export async function createOrganisationRow(unit: TestUnit, name = `Tổ chức ${uid()}`) {
  return db().organisation.create({ data: { unitId: unit.id, name, searchText: toSearchText(name), kind: "BO_PHAN" } });
}

export async function createPersonRow(
  unit: TestUnit,
  fullName = "Nguyễn Văn Thử",
  organisationId: string | null = null,
) {
  return db().person.create({
    data: {
      unitId: unit.id,
      fullName,
      sortName: toSortName(fullName),
      searchText: toSearchText(fullName),
      dateOfBirth: new Date("1985-05-05T00:00:00Z"),
      gender: "NAM",
      staffKind: "CONG_CHUC",
      position: "Công chức",
      organisationId,
    },
  });
}

export async function createDisciplineRow(unit: TestUnit, personId: string) {
  return db().disciplineRecord.create({
    data: {
      unitId: unit.id,
      personId,
      status: "DECIDED",
      level: "KHIEN_TRACH",
      reason: "Thử",
      effectiveFrom: new Date("2024-01-01T00:00:00Z"),
    },
  });
}
