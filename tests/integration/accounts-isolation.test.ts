/**
 * Issue 11, "Bad input and safety": the isolation matrix for accounts down the tree, from the
 * attackers' side. Delegated administrators (commune, district, province) try every account
 * operation — list, read, invite, change roles, remove, withdraw or re-send an Invitation, lock,
 * reset, import — on the units above them, beside them and in another province; each is refused
 * and nothing changes. Other roles manage no accounts at all, even in their own unit. The operator
 * is reached only through an operator's session. (accounts-tree-isolation.test.ts looks at the
 * same wall from the targets' side.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ROLES } from "@/domain/auth/permissions";
import { AppError } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor-types";
import {
  addUnitAccount,
  findUnitAccount,
  listUnitAccounts,
  removeUnitAccount,
  setUnitAccountRoles,
} from "@/server/data/accounts";
import { listManagedUnits } from "@/server/data/account-units";
import { listUnitInvitations, reissueInvitation, revokeInvitation } from "@/server/data/invitations";
import { sendPasswordReset, setAccountActive } from "@/server/data/account-status";
import { importUnitAccounts } from "@/server/data/account-import";
import { changeMyPassword } from "@/server/data/my-account";
import { findOperatorBySession } from "@/server/data/sessions";
import { inviteAsOperator } from "@/server/data/operators";
import { createActor, createTree, uid, type TestUnit } from "../support/factories";
import { accountParams, createOperator, rolesOf } from "../support/accounts";

type Tree = Awaited<ReturnType<typeof createTree>>;
type Target = { unit: TestUnit; code: string; member: Actor; invitationId: string };

let tree: Tree;
const targets = new Map<string, Target>();

async function seedTarget(unit: TestUnit): Promise<Target> {
  const member = await createActor(unit, ["OFFICER"]);
  const admin = await createActor(unit, ["ADMIN"]);
  await addUnitAccount(admin, { unitId: "", email: `cho${uid()}@test.vn`, name: "Đang Chờ", roles: ["OFFICER"] });
  const invitation = await db().invitation.findFirstOrThrow({ where: { unitId: unit.id } });
  const code = (await db().unit.findUniqueOrThrow({ where: { id: unit.id } })).code;
  return { unit, code, member, invitationId: invitation.id };
}

/** Everything of the target an account operation could change. */
async function snapshotOf(t: Target) {
  return Promise.all([
    db().membership.findMany({ where: { unitId: t.unit.id }, orderBy: { id: "asc" } }),
    db().invitation.findMany({
      where: { OR: [{ unitId: t.unit.id }, { userId: t.member.userId }] },
      orderBy: { id: "asc" },
    }),
    db().user.findUniqueOrThrow({ where: { id: t.member.userId }, select: { active: true, passwordHash: true } }),
    db().session.count({ where: { userId: t.member.userId } }),
  ]);
}

const refused = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
    return false;
  } catch (e) {
    if (e instanceof AppError) return true;
    throw e;
  }
};

/** Every account operation of `actor` aimed at the target; the names of those that got through. */
async function attempts(actor: Actor, t: Target): Promise<string[]> {
  const user = t.member.userId;
  const leaks: string[] = [];
  const must = async (name: string, fn: () => Promise<unknown>) => {
    if (!(await refused(fn))) leaks.push(name);
  };
  await must("listUnitAccounts", () => listUnitAccounts(actor, accountParams, t.unit.id));
  await must("findUnitAccount", () => findUnitAccount(actor, user, t.unit.id));
  await must("findUnitAccount (own unit)", () => findUnitAccount(actor, user));
  await must("addUnitAccount", () =>
    addUnitAccount(actor, { unitId: t.unit.id, email: `x${uid()}@test.vn`, name: "Xâm Nhập", roles: ["ADMIN"] }),
  );
  await must("setUnitAccountRoles", () => setUnitAccountRoles(actor, user, ["ADMIN"], t.unit.id));
  await must("setUnitAccountRoles (own unit)", () => setUnitAccountRoles(actor, user, ["ADMIN"]));
  await must("removeUnitAccount", () => removeUnitAccount(actor, user, t.unit.id));
  await must("listUnitInvitations", () => listUnitInvitations(actor, t.unit.id));
  await must("reissueInvitation", () => reissueInvitation(actor, t.invitationId));
  await must("revokeInvitation", () => revokeInvitation(actor, t.invitationId));
  await must("setAccountActive", () => setAccountActive(actor, user, false));
  await must("sendPasswordReset", () => sendPasswordReset(actor, user));
  await must("importUnitAccounts", async () => {
    const outcome = await importUnitAccounts(
      actor,
      [{ row: 2, unitCode: t.code, name: "Nhập Lậu", email: `n${uid()}@test.vn`, roles: ["OFFICER"] }],
      [],
    );
    if (outcome.errors.length) throw new AppError("validation", outcome.errors[0]!.message);
  });
  // Lists of the actor's own reach: never the target's unit, never its people.
  const listed = async (name: string, fn: () => Promise<{ id: string }[]>, id: string) => {
    try {
      if ((await fn()).some((r) => r.id === id)) leaks.push(name);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  };
  await listed("listManagedUnits", () => listManagedUnits(actor), t.unit.id);
  await listed("listUnitAccounts (own unit)", async () => (await listUnitAccounts(actor, accountParams)).rows, user);
  await listed("listUnitInvitations (own unit)", () => listUnitInvitations(actor), t.invitationId);
  return leaks;
}

beforeAll(async () => {
  tree = await createTree();
  for (const unit of [tree.p1, tree.d1, tree.d2, tree.c1, tree.c2, tree.c3, tree.p2, tree.c4])
    targets.set(unit.id, await seedTarget(unit));
});

describe("delegated administrators never reach above, beside or another province", () => {
  const cases: [string, keyof Tree, (keyof Tree)[]][] = [
    ["commune administrator", "c1", ["d1", "p1", "c2", "c3", "d2", "c4", "p2"]],
    ["district administrator", "d1", ["p1", "d2", "c3", "c4", "p2"]],
    ["province administrator", "p1", ["p2", "c4"]],
  ];
  for (const [who, home, others] of cases) {
    it(`a ${who} is refused on ${others.length} units and changes nothing`, async () => {
      const admin = await createActor(tree[home], ["ADMIN"]);
      for (const other of others) {
        const t = targets.get(tree[other].id)!;
        const before = await snapshotOf(t);
        expect(await attempts(admin, t), `${who} → ${other}`).toEqual([]);
        expect(await snapshotOf(t), `${who} → ${other}`).toEqual(before);
      }
    });
  }

  it("roles other than administrator manage no accounts, even in their own unit", async () => {
    const t = targets.get(tree.c1.id)!;
    for (const role of ROLES.filter((r) => r !== "ADMIN")) {
      const actor = await createActor(tree.c1, [role]);
      const before = await snapshotOf(t);
      expect(await attempts(actor, t), role).toEqual([]);
      expect(await snapshotOf(t), role).toEqual(before);
    }
  });

  it("the same reads succeed from the unit above (the matrix is not refusing everything)", async () => {
    const t = targets.get(tree.c2.id)!;
    const district = await createActor(tree.d1, ["ADMIN"]);
    expect((await listUnitAccounts(district, accountParams, t.unit.id)).rows.map((r) => r.id)).toContain(
      t.member.userId,
    );
    expect((await listUnitInvitations(district, t.unit.id)).map((i) => i.id)).toContain(t.invitationId);
    expect((await listManagedUnits(district)).map((u) => u.id)).toContain(t.unit.id);
  });
});

describe("the operator", () => {
  it("is reached only through an operator's session, and loses it when disabled or no longer an operator", async () => {
    const admin = await createActor(tree.c1, ["ADMIN"]);
    expect(await findOperatorBySession(admin.sessionId)).toBeNull();
    const operator = await createOperator();
    expect(await findOperatorBySession(operator.sessionId)).not.toBeNull();
    await db().user.update({ where: { id: operator.userId }, data: { isOperator: false } });
    expect(await findOperatorBySession(operator.sessionId)).toBeNull();
    await db().user.update({ where: { id: operator.userId }, data: { isOperator: true, active: false } });
    expect(await findOperatorBySession(operator.sessionId)).toBeNull();
  });

  it("reaches any province, but gives nobody roles there without their acceptance", async () => {
    const operator = await createOperator();
    const t = targets.get(tree.p2.id)!;
    await inviteAsOperator(operator, { unitId: t.unit.id, email: t.member.email, name: "Ai Đó", roles: ["ADMIN"] });
    expect(await rolesOf(t.member.email, t.unit.id)).toEqual(["OFFICER"]);
  });

  it("a password change touches only the caller's own account", async () => {
    const actor = await createActor(tree.c1, ["OFFICER"]);
    const t = targets.get(tree.c2.id)!;
    const before = await snapshotOf(t);
    await expect(
      changeMyPassword(actor, { current: "x", password: "Mat-khau-moi-9", confirm: "Mat-khau-moi-9" }, null),
    ).rejects.toBeInstanceOf(AppError);
    expect(await snapshotOf(t)).toEqual(before);
  });
});
