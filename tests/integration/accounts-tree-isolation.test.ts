/**
 * The tenant wall around accounts down the tree: the units an administrator looks after, its
 * pending invitations (Invitation: issued again, withdrawn), locking an account, sending it a
 * password link, reading and releasing its sign-in delay, and the two spreadsheet imports (accounts, people). A district (D1) and its
 * commune (C1) own the targets; from a sibling commune, a commune of another district, another
 * district and another province, with each role alone and all roles at once, nothing of theirs is
 * read and nothing changes. An account that also works in the attacker's unit is the attacker's
 * to see but not to lock or take over. Positive controls at the end make the same calls from the
 * district's administrator. Real PostgreSQL, real data layer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import type { RoleCode } from "@/domain/auth/permissions";
import { addUnitAccount } from "@/server/data/accounts";
import { listManagedUnits } from "@/server/data/account-units";
import { listUnitInvitations, reissueInvitation, revokeInvitation } from "@/server/data/invitations";
import { releaseSignInDelay, sendPasswordReset, setAccountActive, signInDelayOf } from "@/server/data/account-status";
import { importUnitAccounts } from "@/server/data/account-import";
import { createPeopleFromSheet } from "@/server/data/people-import";
import { createActor, createOrganisationRow, createTree, uid } from "../support/factories";
import { OUTSIDER_UNITS, ROLE_SETS, answer, notRefused, outcome } from "../support/records-world";

type Tree = Awaited<ReturnType<typeof createTree>>;

let tree: Tree;
let admin: Actor;
let officer: Actor;
let shared: Actor;
let owners: string[];
let codes: Record<"c1" | "d1", string>;
let invitations: { id: string; unitId: string | null }[];
let orgName: string;
const actors = new Map<string, Actor>();

beforeAll(async () => {
  tree = await createTree();
  owners = [tree.d1.id, tree.c1.id];
  admin = await createActor(tree.d1, ["ADMIN"]);
  officer = await createActor(tree.c1, ["OFFICER"]);
  // Works in the commune and in every attacker's unit too.
  shared = await createActor(
    tree.c1,
    ["OFFICER"],
    OUTSIDER_UNITS.map((k) => ({ unit: tree[k], roles: ["OFFICER"] as RoleCode[] })),
  );
  await addUnitAccount(admin, {
    unitId: "",
    email: `moi-huyen-${uid()}@test.vn`,
    name: "Người Mời",
    roles: ["OFFICER"],
  });
  await addUnitAccount(admin, {
    unitId: tree.c1.id,
    email: `moi-xa-${uid()}@test.vn`,
    name: "Người Mời Xã",
    roles: ["CHAIR"],
  });
  await sendPasswordReset(admin, officer.userId);
  invitations = await db().invitation.findMany({
    where: { OR: [{ unitId: { in: owners } }, { userId: officer.userId }] },
    select: { id: true, unitId: true },
  });
  const units = await db().unit.findMany({ where: { id: { in: owners } }, select: { id: true, code: true } });
  codes = { c1: units.find((u) => u.id === tree.c1.id)!.code, d1: units.find((u) => u.id === tree.d1.id)!.code };
  orgName = (await createOrganisationRow(tree.c1, `Tổ chức Riêng ${uid()}`)).name;
  for (const key of OUTSIDER_UNITS)
    for (const roles of ROLE_SETS) actors.set(`${key} ${roles.join("+")}`, await createActor(tree[key], roles));
});

/** Everything the owners hold that these functions touch: their accounts, memberships, invitations, people. */
async function snapshot() {
  const accounts = [admin.userId, officer.userId, shared.userId];
  return JSON.stringify(
    await Promise.all([
      db().user.findMany({ where: { id: { in: accounts } }, orderBy: { id: "asc" } }),
      db().membership.findMany({ where: { unitId: { in: owners } }, orderBy: { id: "asc" } }),
      db().invitation.findMany({
        where: { OR: [{ unitId: { in: owners } }, { userId: { in: accounts } }] },
        orderBy: { id: "asc" },
      }),
      db().session.count({ where: { userId: { in: accounts } } }),
      db().person.findMany({ where: { unitId: { in: owners } }, orderBy: { id: "asc" } }),
      db().auditEntry.count({ where: { unitId: { in: owners } } }),
    ]),
  );
}

const sheetPerson = (organisationName: string) => ({
  row: 2,
  organisationName,
  person: {
    fullName: "Người Nhập Hộ",
    dateOfBirth: "1990-01-01",
    gender: "NAM" as const,
    staffKind: "CONG_CHUC" as const,
    position: "Công chức",
    partyMember: false,
  },
});

async function attack(actor: Actor) {
  const managed = (await answer(() => listManagedUnits(actor))) ?? [];
  expect(managed.filter((u) => owners.includes(u.id))).toEqual([]);
  const pending = (await answer(() => listUnitInvitations(actor))) ?? [];
  expect(pending.filter((i) => invitations.some((x) => x.id === i.id))).toEqual([]);
  const calls: Record<string, string> = {
    "listUnitInvitations(commune)": await outcome(() => listUnitInvitations(actor, tree.c1.id)),
    "listUnitInvitations(district)": await outcome(() => listUnitInvitations(actor, tree.d1.id)),
    "setAccountActive(commune officer)": await outcome(() => setAccountActive(actor, officer.userId, false)),
    "sendPasswordReset(commune officer)": await outcome(() => sendPasswordReset(actor, officer.userId)),
    "setAccountActive(district admin)": await outcome(() => setAccountActive(actor, admin.userId, false)),
    "releaseSignInDelay(commune officer)": await outcome(() => releaseSignInDelay(actor, officer.userId)),
  };
  expect(await signInDelayOf(actor, officer.userId)).toBeNull();
  for (const inv of invitations) {
    calls[`reissueInvitation ${inv.id}`] = await outcome(() => reissueInvitation(actor, inv.id));
    calls[`revokeInvitation ${inv.id}`] = await outcome(() => revokeInvitation(actor, inv.id));
  }
  expect(notRefused(calls)).toEqual([]);
  // The shared account is the attacker's to see, not to lock or take over: it also works in C1.
  for (const lock of [
    () => setAccountActive(actor, shared.userId, false),
    () => sendPasswordReset(actor, shared.userId),
    () => releaseSignInDelay(actor, shared.userId),
  ])
    expect(["forbidden", "validation"]).toContain(await outcome(lock));
  // Sheets naming the owners' units or their organisation write nothing there.
  const accounts = await answer(() =>
    importUnitAccounts(
      actor,
      [
        { row: 2, unitCode: codes.c1, name: "Người Lạ", email: `la-${uid()}@test.vn`, roles: ["ADMIN"] },
        { row: 3, unitCode: codes.d1, name: "Người Lạ", email: `la-${uid()}@test.vn`, roles: ["OFFICER"] },
      ],
      [],
    ),
  );
  if (accounts) expect(accounts).toMatchObject({ results: [], errors: [{ row: 2 }, { row: 3 }] });
  const people = await answer(() => createPeopleFromSheet(actor, [sheetPerson(orgName)], []));
  if (people) expect(people).toMatchObject({ imported: 0, errors: [{ row: 2, column: "Tổ chức" }] });
}

describe.each(OUTSIDER_UNITS.map((u) => [u]))("an account of %s", (unitKey) => {
  it.each(ROLE_SETS.map((r) => [r.join("+")]))(
    "with %s: Invitation, accounts and imports of the district and commune untouched",
    async (label) => {
      const before = await snapshot();
      await attack(actors.get(`${unitKey} ${label}`)!);
      expect(await snapshot()).toBe(before);
    },
  );
});

describe("positive controls: the district's administrator reaches the same rows", () => {
  it("reads and writes", async () => {
    expect((await listManagedUnits(admin)).map((u) => u.id)).toEqual(expect.arrayContaining(owners));
    const communeInvitation = invitations.find((i) => i.unitId === tree.c1.id)!;
    expect((await listUnitInvitations(admin, tree.c1.id)).map((i) => i.id)).toEqual([communeInvitation.id]);
    await expect(reissueInvitation(admin, communeInvitation.id)).resolves.toMatchObject({ token: expect.any(String) });
    const own = invitations.find((i) => i.unitId === tree.d1.id)!;
    await revokeInvitation(admin, own.id);
    await expect(sendPasswordReset(admin, officer.userId)).resolves.toMatchObject({ token: expect.any(String) });
    expect(await signInDelayOf(admin, officer.userId)).toEqual({ failures: 0, waitSeconds: 0 });
    await releaseSignInDelay(admin, officer.userId);
    await setAccountActive(admin, officer.userId, false);
    const imported = await importUnitAccounts(
      admin,
      [{ row: 2, unitCode: codes.c1, name: "Người Mới", email: `moi-${uid()}@test.vn`, roles: ["OFFICER"] }],
      [],
    );
    expect(imported.results.map((r) => r.outcome)).toEqual(["invited"]);
    const communeAdmin = await createActor(tree.c1, ["ADMIN"]);
    expect(await createPeopleFromSheet(communeAdmin, [sheetPerson(orgName)], [])).toEqual({ imported: 1, errors: [] });
  });
});
