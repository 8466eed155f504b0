/**
 * Issue 11, items 1, 3 and 4: the first account, accounts down the tree, separation of duties.
 * Real PostgreSQL; accounts are signed in through the app's own sign-in.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { AppError } from "@/domain/errors";
import { createOperatorFromShell, inviteAsOperator, reissueInvitationAsOperator } from "@/server/data/operators";
import { findLink } from "@/server/data/link-acceptance";
import { findActorBySession, findOperatorBySession } from "@/server/data/sessions";
import { addUnitAccount, setUnitAccountRoles } from "@/server/data/accounts";
import { listUnitInvitations, reissueInvitation } from "@/server/data/invitations";
import { sendPasswordReset, setAccountActive } from "@/server/data/account-status";
import { changeMyPassword } from "@/server/data/my-account";
import { addCouncilMember, saveCouncilRules } from "@/server/data/councils";
import { createActor, createTree, uid } from "../support/factories";
import { PASSWORD, accept, createOperator, rolesOf, signIn, signInActor } from "../support/accounts";

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("the first account: a system operator from the shell (item 1)", () => {
  it("prints a one-time link; the password it sets signs in to the operator area, not to a unit", async () => {
    const email = `vh${uid()}@test.vn`;
    const made = await createOperatorFromShell({ email, name: "Quản Trị Hệ Thống" });
    expect(made.created).toBe(true);
    expect(await db().invitation.count({ where: { tokenHash: made.token } })).toBe(0); // only the hash is kept
    expect((await signIn(email)).ok).toBe(false); // no password until the link sets one
    expect(await accept(made.token)).toEqual({ email });
    const session = await signIn(email);
    expect(session.ok).toBe(true);
    const sid = (session as { sessionId: string }).sessionId;
    expect(await findActorBySession(sid)).toBeNull();
    expect(await findOperatorBySession(sid)).toMatchObject({ email });
    // One time only.
    expect((await refusal(accept(made.token))).message).toContain("đã được dùng");
    // Again from the shell: the same account, a fresh link; the installation's audit has both.
    const again = await createOperatorFromShell({ email, name: "Khác" });
    expect(again.created).toBe(false);
    await accept(again.token, "Mat-khau-thu-hai");
    expect((await signIn(email, "Mat-khau-thu-hai")).ok).toBe(true);
    const audit = await db().auditEntry.findMany({
      where: { entity: "User", unitId: null, after: { path: ["email"], equals: email } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("a unit user's session is no operator's", async () => {
    const tree = await createTree();
    const officer = await createActor(tree.c1, ["ADMIN"]);
    expect(await findOperatorBySession(officer.sessionId)).toBeNull();
  });
});

describe("invitations down the tree (item 3)", () => {
  it("operator → province administrator → commune administrator, each from the link", async () => {
    const tree = await createTree();
    const operator = await createOperator();
    const provinceEmail = `tinh${uid()}@test.vn`;
    const first = await inviteAsOperator(operator, {
      unitId: tree.p1.id,
      email: provinceEmail,
      name: "Quản Trị Tỉnh",
      roles: ["ADMIN"],
    });
    expect(await rolesOf(provinceEmail, tree.p1.id)).toEqual([]); // nothing before acceptance
    expect(await findLink(first.token)).toMatchObject({ kind: "ROLES", state: "usable", unitName: tree.p1.name });
    await accept(first.token);
    const province = await signInActor(provinceEmail);
    expect(province.roles).toEqual(["ADMIN"]);

    const communeEmail = `xa${uid()}@test.vn`;
    const second = await addUnitAccount(province, {
      unitId: tree.c1.id,
      email: communeEmail,
      name: "Quản Trị Xã",
      roles: ["ADMIN"],
    });
    expect(second.unitName).toBe(tree.c1.name);
    await accept(second.token);
    const commune = await signInActor(communeEmail);
    expect(commune).toMatchObject({ unit: { id: tree.c1.id }, roles: ["ADMIN"] });
    const audited = await db().auditEntry.findMany({
      where: { unitId: tree.c1.id, entity: { in: ["Invitation", "Membership", "User"] } },
    });
    expect(audited.map((a) => [a.entity, a.action]).sort()).toEqual([
      ["Invitation", "CREATE"],
      ["Membership", "CREATE"],
      ["User", "CREATE"],
    ]);
  });

  it("a commune administrator invites only into its own unit; a province administrator never into another province", async () => {
    const tree = await createTree();
    const commune = await createActor(tree.c1, ["ADMIN"]);
    const province = await createActor(tree.p1, ["ADMIN"]);
    const invite = (actor: typeof commune, unitId: string) =>
      refusal(addUnitAccount(actor, { unitId, email: `x${uid()}@test.vn`, name: "Ai Đó", roles: ["OFFICER"] }));
    for (const unitId of [tree.d1.id, tree.p1.id, tree.c2.id, tree.c3.id, tree.c4.id])
      expect((await invite(commune, unitId)).kind).toBe("not_found");
    expect((await invite(province, tree.c4.id)).kind).toBe("not_found");
    expect((await invite(province, tree.p2.id)).kind).toBe("not_found");
    expect(
      await db().invitation.count({
        where: { unitId: { in: [tree.d1.id, tree.p1.id, tree.c2.id, tree.c3.id, tree.c4.id, tree.p2.id] } },
      }),
    ).toBe(0);
  });

  it("tells the administrator nothing about whether an email exists elsewhere, and gives no role without acceptance", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const elsewhere = await createActor(tree.c4, ["OFFICER"]); // an account of another province
    const known = await addUnitAccount(admin, {
      unitId: "",
      email: elsewhere.email,
      name: "Người Quen",
      roles: ["OFFICER"],
    });
    const unknown = await addUnitAccount(admin, {
      unitId: "",
      email: `moi${uid()}@test.vn`,
      name: "Người Mới",
      roles: ["OFFICER"],
    });
    const shape = (r: typeof known) => Object.entries(r).map(([k, v]) => [k, typeof v, v instanceof Date]);
    expect(shape(known)).toEqual(shape(unknown));
    expect(known.expiresAt.getTime() - Date.now()).toBeCloseTo(unknown.expiresAt.getTime() - Date.now(), -4);
    expect(await rolesOf(elsewhere.email, tree.c1.id)).toEqual([]);
    const pending = await listUnitInvitations(admin);
    expect(pending.map((p) => p.name).sort()).toEqual(["Người Mới", "Người Quen"]);
    expect(Object.keys(pending[0]!).sort()).toEqual(Object.keys(pending[1]!).sort());
    // The link page shows both the same way: the name typed, not the account's.
    expect(await findLink(known.token)).toMatchObject({ name: "Người Quen", state: "usable" });
  });

  it("an existing account takes the roles only with its own password; its password stays", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const email = `co${uid()}@test.vn`;
    const own = await inviteAsOperator(await createOperator(), {
      unitId: tree.c4.id,
      email,
      name: "Đã Có",
      roles: ["OFFICER"],
    });
    await accept(own.token, "Mat-khau-cua-toi-1");
    const link = await addUnitAccount(admin, { unitId: "", email, name: "Tên Gõ Vào", roles: ["REVIEWER"] });
    const wrong = await refusal(accept(link.token, "Mat-khau-ke-gian"));
    expect(wrong.fieldErrors.password).toContain("mật khẩu đang dùng");
    expect(await rolesOf(email, tree.c1.id)).toEqual([]);
    expect(await db().signInAttempt.count({ where: { identifier: email, succeeded: false } })).toBe(1);
    expect(await accept(link.token, "Mat-khau-cua-toi-1")).toEqual({ email });
    expect(await rolesOf(email, tree.c1.id)).toEqual(["REVIEWER"]);
    expect((await signIn(email, "Mat-khau-cua-toi-1")).ok).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { email } })).name).toBe("Đã Có");
  });

  it("a link expires, and a new link replaces the old", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const first = await addUnitAccount(admin, {
      unitId: "",
      email: `h${uid()}@test.vn`,
      name: "Hết Hạn",
      roles: ["OFFICER"],
    });
    const [pending] = await listUnitInvitations(admin);
    const again = await reissueInvitation(admin, pending!.id);
    expect((await refusal(accept(first.token))).message).toContain("thay bằng một liên kết mới");
    await db().invitation.updateMany({
      where: { unitId: tree.c1.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await findLink(again.token))?.state).toBe("expired");
    expect((await refusal(accept(again.token))).message).toContain("hết hạn");
    expect((await listUnitInvitations(admin))[0]).toMatchObject({ expired: true });
    const fresh = await reissueInvitation(admin, (await listUnitInvitations(admin))[0]!.id);
    await accept(fresh.token);
    expect(await rolesOf(again.email, tree.c1.id)).toEqual(["OFFICER"]);
    expect(await listUnitInvitations(admin)).toEqual([]);
  });

  it("two acceptances of one link at once: one account, one use", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const link = await addUnitAccount(admin, {
      unitId: "",
      email: `dong${uid()}@test.vn`,
      name: "Đồng Thời",
      roles: ["OFFICER"],
    });
    const results = await Promise.allSettled([accept(link.token), accept(link.token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().user.count({ where: { email: link.email } })).toBe(1);
  });
});

describe("disable, reset, change password (item 3)", () => {
  it("disabling ends every session at once; re-enabling lets the account sign in again", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const link = await addUnitAccount(admin, {
      unitId: "",
      email: `k${uid()}@test.vn`,
      name: "Bị Khoá",
      roles: ["OFFICER"],
    });
    await accept(link.token);
    const user = await signInActor(link.email);
    await signInActor(link.email); // a second session, on another machine
    await setAccountActive(admin, user.userId, false);
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
    expect(await findActorBySession(user.sessionId)).toBeNull();
    expect((await signIn(link.email)).ok).toBe(false);
    await setAccountActive(admin, user.userId, true);
    expect((await signIn(link.email)).ok).toBe(true);
  });

  it("a reset link sets a new password once and ends the old sessions; the administrator cannot reset itself", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const link = await addUnitAccount(admin, {
      unitId: "",
      email: `r${uid()}@test.vn`,
      name: "Quên Mật Khẩu",
      roles: ["OFFICER"],
    });
    await accept(link.token);
    const user = await signInActor(link.email);
    const reset = await sendPasswordReset(admin, user.userId);
    expect((await findLink(reset.token))?.kind).toBe("PASSWORD");
    await accept(reset.token, "Mat-khau-dat-lai");
    expect(await findActorBySession(user.sessionId)).toBeNull();
    expect((await signIn(link.email)).ok).toBe(false);
    expect((await signIn(link.email, "Mat-khau-dat-lai")).ok).toBe(true);
    expect((await refusal(sendPasswordReset(admin, admin.userId))).message).toContain("Tài khoản của tôi");
  });

  it("changing one's own password needs the current one and ends the other sessions", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const link = await addUnitAccount(admin, {
      unitId: "",
      email: `d${uid()}@test.vn`,
      name: "Đổi Mật Khẩu",
      roles: ["OFFICER"],
    });
    await accept(link.token);
    const here = await signInActor(link.email);
    const there = await signInActor(link.email);
    const input = { current: "sai-mat-khau", password: "Mat-khau-moi-nua", confirm: "Mat-khau-moi-nua" };
    expect((await refusal(changeMyPassword(here, input, null))).fieldErrors.current).toBeTruthy();
    await changeMyPassword(here, { ...input, current: PASSWORD }, null);
    expect(await findActorBySession(here.sessionId)).not.toBeNull();
    expect(await findActorBySession(there.sessionId)).toBeNull();
    expect((await signIn(link.email, "Mat-khau-moi-nua")).ok).toBe(true);
  });

  it("a commune administrator cannot lock out or take over its chairperson, nor an account shared with another province", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const chair = await createActor(tree.c1, ["CHAIR"]);
    const shared = await createActor(tree.c1, ["OFFICER"], [{ unit: tree.c4, roles: ["OFFICER"] }]);
    for (const target of [chair, shared]) {
      expect((await refusal(setAccountActive(admin, target.userId, false))).kind).toBe("validation");
      expect((await refusal(sendPasswordReset(admin, target.userId))).kind).toBe("validation");
    }
    expect(await db().user.count({ where: { id: { in: [chair.userId, shared.userId] }, active: false } })).toBe(0);
    // The province administrator above can.
    const province = await createActor(tree.p1, ["ADMIN"]);
    await setAccountActive(province, chair.userId, false);
    expect(await findActorBySession(chair.sessionId)).toBeNull();
  });
});

describe("separation of duties (item 4)", () => {
  it("an administrator cannot make itself (or anyone in its own unit) chairperson or council member", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const self = await refusal(setUnitAccountRoles(admin, admin.userId, ["ADMIN", "CHAIR"]));
    expect(self.fieldErrors.roles).toContain("Không ai tự cấp");
    const other = await refusal(setUnitAccountRoles(admin, officer.userId, ["OFFICER", "COUNCIL_MEMBER"]));
    expect(other.fieldErrors.roles).toContain("đơn vị cấp trên");
    await refusal(
      addUnitAccount(admin, { unitId: "", email: `c${uid()}@test.vn`, name: "Chủ Tịch", roles: ["CHAIR"] }),
    );
    expect(await rolesOf(admin.email, tree.c1.id)).toEqual(["ADMIN"]);
    expect(await rolesOf(officer.email, tree.c1.id)).toEqual(["OFFICER"]);
  });

  it("the administrator of the unit above grants them, audited; nobody grants them to themselves", async () => {
    const tree = await createTree();
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const province = await createActor(tree.p1, ["ADMIN"]);
    await setUnitAccountRoles(province, officer.userId, ["OFFICER", "CHAIR"], tree.c1.id);
    expect(await rolesOf(officer.email, tree.c1.id)).toEqual(["CHAIR", "OFFICER"]);
    const entry = await db().auditEntry.findFirstOrThrow({
      where: { unitId: tree.c1.id, entity: "Membership", entityId: officer.userId },
    });
    expect(entry).toMatchObject({
      actorUserId: province.userId,
      action: "UPDATE",
      after: { roles: ["OFFICER", "CHAIR"] },
    });
    const selfInvite = await refusal(
      addUnitAccount(province, { unitId: tree.c1.id, email: province.email, name: "Tôi", roles: ["CHAIR"] }),
    );
    expect(selfInvite.message).toContain("tự cấp");
    const operator = await createOperator();
    await refusal(
      inviteAsOperator(operator, { unitId: tree.p1.id, email: operator.email, name: "Tôi", roles: ["CHAIR"] }),
    );
    // The operator gives a province its chairperson (there is no unit above).
    const chair = await inviteAsOperator(operator, {
      unitId: tree.p1.id,
      email: `ct${uid()}@test.vn`,
      name: "Chủ Tịch Tỉnh",
      roles: ["CHAIR"],
    });
    expect(
      (
        await reissueInvitationAsOperator(
          operator,
          (await db().invitation.findFirstOrThrow({ where: { email: chair.email, revokedAt: null } })).id,
        )
      ).email,
    ).toBe(chair.email);
  });

  it("a commune administrator cannot re-send the chairperson invitation its province made", async () => {
    const tree = await createTree();
    const province = await createActor(tree.p1, ["ADMIN"]);
    const commune = await createActor(tree.c1, ["ADMIN"]);
    await addUnitAccount(province, {
      unitId: tree.c1.id,
      email: `ct${uid()}@test.vn`,
      name: "Chủ Tịch Xã",
      roles: ["CHAIR"],
    });
    const [pending] = await listUnitInvitations(commune);
    expect((await refusal(reissueInvitation(commune, pending!.id))).message).toContain("đơn vị cấp trên");
  });

  it("nobody seats themselves on the council", async () => {
    const tree = await createTree();
    const chair = await createActor(tree.c1, ["CHAIR"]);
    await saveCouncilRules(chair, {
      name: "Hội đồng Thi đua – Khen thưởng xã",
      quorumNumerator: 2,
      quorumDenominator: 3,
      thresholdPercent: 50,
      thresholdStrict: true,
      countsWrittenOpinions: true,
    });
    const seat = { userId: chair.userId, personId: "", role: "CHU_TICH" as const, termFrom: "2026-01-01", termTo: "" };
    expect((await refusal(addCouncilMember(chair, seat))).fieldErrors.userId).toContain("Không ai tự xếp");
    const other = await createActor(tree.c1, ["OFFICER"]);
    await addCouncilMember(other, seat); // someone else keeps the list
    expect(await db().councilMember.count({ where: { userId: chair.userId } })).toBe(1);
  });
});
