import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import { findActorBySession, findOperatorBySession } from "@/server/data/sessions";
import { createActor, createUnit, uid } from "../support/factories";

/** Issue 15, point 3: the actor loads in one statement, and every rule of the former five queries still holds. */

const logged: string[] = [];
const logging = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
});
logging.$on("query", (e) => logged.push(e.query));
afterAll(() => logging.$disconnect());

/** The statements findActorBySession sends, through a query-logging client swapped in for one call. */
async function statementsOf(sessionId: string) {
  const holder = globalThis as unknown as { prisma?: unknown };
  const saved = holder.prisma;
  holder.prisma = logging;
  logged.length = 0;
  try {
    return { actor: await findActorBySession(sessionId), statements: [...logged] };
  } finally {
    holder.prisma = saved;
  }
}

describe("loading the actor (issue 15, point 3)", () => {
  it("is one statement and returns the active unit, its roles and every unit with a role, oldest first", async () => {
    const home = await createUnit("Xã Một Lần", "XA", null);
    const other = await createUnit("Huyện Một Lần", "HUYEN", null);
    const actor = await createActor(home, ["OFFICER", "ADMIN"], [{ unit: other, roles: ["REVIEWER"] }]);
    const { actor: loaded, statements } = await statementsOf(actor.sessionId);
    expect(statements).toHaveLength(1);
    expect(loaded).toEqual({
      userId: actor.userId,
      sessionId: actor.sessionId,
      name: actor.name,
      email: actor.email,
      unit: { id: home.id, code: expect.any(String), name: home.name, kind: "XA", path: home.path },
      roles: expect.arrayContaining(["OFFICER", "ADMIN"]),
      units: [
        { id: home.id, name: home.name, roles: expect.arrayContaining(["OFFICER", "ADMIN"]) },
        { id: other.id, name: other.name, roles: ["REVIEWER"] },
      ],
    });
    expect(loaded!.roles).toHaveLength(2);
  });

  it("refuses a disabled account, and lets it back in once enabled again", async () => {
    const actor = await createActor(await createUnit("Xã Khoá", "XA", null), ["OFFICER"]);
    await db().user.update({ where: { id: actor.userId }, data: { active: false } });
    expect(await findActorBySession(actor.sessionId)).toBeNull();
    await db().user.update({ where: { id: actor.userId }, data: { active: true } });
    expect(await findActorBySession(actor.sessionId)).not.toBeNull();
  });

  it("refuses a session whose account lost every role in its active unit, even with roles elsewhere", async () => {
    const home = await createUnit("Xã Mất Quyền", "XA", null);
    const other = await createUnit("Xã Còn Quyền", "XA", null);
    const actor = await createActor(home, ["OFFICER"], [{ unit: other, roles: ["ADMIN"] }]);
    await db().membership.deleteMany({ where: { userId: actor.userId, unitId: home.id } });
    expect(await findActorBySession(actor.sessionId)).toBeNull();
  });

  it("sees a role removed at once: the next load has only the roles left", async () => {
    const home = await createUnit("Xã Bớt Quyền", "XA", null);
    const actor = await createActor(home, ["OFFICER", "ADMIN"]);
    await db().membership.deleteMany({ where: { userId: actor.userId, role: "ADMIN" } });
    expect(await findActorBySession(actor.sessionId)).toMatchObject({ roles: ["OFFICER"], units: [{ id: home.id }] });
  });

  it("an operator's session without a unit is no actor, but is an operator", async () => {
    const user = await db().user.create({
      data: { email: `op${uid()}@test.vn`, name: "Quản trị", passwordHash: "x", isOperator: true },
    });
    const session = await db().session.create({
      data: { userId: user.id, activeUnitId: null, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await findActorBySession(session.id)).toBeNull();
    expect(await findOperatorBySession(session.id)).toMatchObject({ userId: user.id });
  });

  it("a session expired a second ago is none; one expiring in a minute still is (whatever the time zone)", async () => {
    const actor = await createActor(await createUnit("Xã Giờ", "XA", null), ["OFFICER"]);
    await db().session.update({ where: { id: actor.sessionId }, data: { expiresAt: new Date(Date.now() + 60_000) } });
    expect(await findActorBySession(actor.sessionId)).not.toBeNull();
    await db().session.update({ where: { id: actor.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findActorBySession(actor.sessionId)).toBeNull();
    expect(await findActorBySession(`khong-co-${uid()}`)).toBeNull();
  });
});
