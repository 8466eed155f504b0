import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/server/db/client";
import { attemptSignIn, endSession, findActorBySession, switchSessionUnit } from "@/server/data/sessions";
import { ACCOUNT_FREE_FAILURES } from "@/domain/auth/sign-in-throttle";
import { releaseSignInDelay, signInDelayOf } from "@/server/data/account-status";
import { createActor, createUnit, uid } from "../support/factories";

async function account(password = "Dung-mat-khau-1") {
  const unit = await createUnit("Xã Đăng Nhập", "XA", null);
  const email = `dn${uid()}@test.vn`;
  const user = await db().user.create({
    data: { email, name: "Người Đăng Nhập", passwordHash: await bcrypt.hash(password, 4) },
  });
  await db().membership.create({ data: { userId: user.id, unitId: unit.id, role: "OFFICER" } });
  return { email, password, user, unit };
}

const signIn = (email: string, password: string, ip: string | null = null, now?: Date) =>
  attemptSignIn({ email, password, ip, maxAgeHours: 1, now });

describe("sign-in (issue 2, item 2; issue 14, point 8)", () => {
  it("opens a server-side session for the right password, refuses a wrong one, and records both", async () => {
    const a = await account();
    expect(await signIn(a.email, "sai")).toEqual({ ok: false, reason: "bad_credentials" });
    const ok = await signIn(a.email.toUpperCase(), a.password);
    expect(ok.ok).toBe(true);
    const actor = await findActorBySession((ok as { sessionId: string }).sessionId);
    expect(actor).toMatchObject({ userId: a.user.id, unit: { id: a.unit.id }, roles: ["OFFICER"] });
    expect(await db().signInAttempt.count({ where: { identifier: a.email } })).toBe(2);
  });

  it("after 5 free failures, the right password must wait out a doubling delay, then gets in (no lock)", async () => {
    const a = await account();
    const t0 = Date.now();
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
      expect(await signIn(a.email, `sai${i}`, null, at(0))).toEqual({ ok: false, reason: "bad_credentials" });
    // The 5th failure makes the next attempt wait 1 s; one made meanwhile is refused unchecked and counts for nothing.
    expect(await signIn(a.email, a.password, null, at(0.5))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    expect(await signIn(a.email, "sai-nua", null, at(1))).toEqual({ ok: false, reason: "bad_credentials" });
    expect(await signIn(a.email, a.password, null, at(2))).toMatchObject({ reason: "throttled", retryAfterSeconds: 1 });
    // An attacker hammering during the delay does not lengthen it: the owner gets in once it has passed.
    for (let i = 0; i < 20; i++) await signIn(a.email, `doan${i}`, null, at(2.5));
    expect((await signIn(a.email, a.password, null, at(3))).ok).toBe(true);
    // A success starts the count afresh.
    expect(await signIn(a.email, "sai", null, at(4))).toEqual({ ok: false, reason: "bad_credentials" });
  });

  it("slows one address spraying 12 accounts, without touching the same accounts from elsewhere", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${uid()}`;
    const t0 = Date.now();
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    // 10 failures an hour are free for an address; the 11th and 12th come once each delay has passed.
    const times = [...Array.from({ length: 10 }, () => 0), 1, 3];
    for (const t of times)
      expect(await signIn(`khong-ton-tai-${uid()}@test.vn`, "ThiDua@2024", ip, at(t))).toEqual({
        ok: false,
        reason: "bad_credentials",
      });
    const a = await account();
    expect(await signIn(a.email, a.password, ip, at(3))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 4,
    });
    expect((await signIn(a.email, a.password, `203.0.113.${uid()}`, at(3))).ok).toBe(true);
  });

  it("counts exactly under concurrency: of 20 parallel wrong guesses, 5 are checked and 15 wait", async () => {
    const a = await account();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(a.email, `sai${i}`, null, now)));
    expect(results.filter((r) => !r.ok && r.reason === "bad_credentials")).toHaveLength(ACCOUNT_FREE_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(20 - ACCOUNT_FREE_FAILURES);
  });

  it("forgets failures older than a day", async () => {
    const a = await account();
    await db().signInAttempt.createMany({
      data: Array.from({ length: 15 }, () => ({
        identifier: a.email,
        ip: "",
        succeeded: false,
        createdAt: new Date(Date.now() - 25 * 3_600_000),
      })),
    });
    expect((await signIn(a.email, a.password)).ok).toBe(true);
  });

  it("an administrator of the account's unit releases the delay; one of another unit cannot", async () => {
    const a = await account();
    const admin = await createActor(a.unit, ["ADMIN"]);
    const stranger = await createActor(await createUnit("Xã Khác", "XA", null), ["ADMIN"]);
    // Ten failures just now: 32 s to wait.
    await db().signInAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ identifier: a.email, ip: "", succeeded: false })),
    });
    expect(await signIn(a.email, a.password)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signInDelayOf(admin, a.user.id)).toMatchObject({ failures: 10 });
    await expect(releaseSignInDelay(stranger, a.user.id)).rejects.toMatchObject({ kind: "not_found" });
    expect(await signIn(a.email, a.password)).toMatchObject({ ok: false, reason: "throttled" });
    await releaseSignInDelay(admin, a.user.id);
    expect((await signIn(a.email, a.password)).ok).toBe(true);
  });

  it("refuses a disabled account and an account without any role", async () => {
    const a = await account();
    await db().user.update({ where: { id: a.user.id }, data: { active: false } });
    expect((await signIn(a.email, a.password)).ok).toBe(false);
    const b = await account();
    await db().membership.deleteMany({ where: { userId: b.user.id } });
    expect((await signIn(b.email, b.password)).ok).toBe(false);
  });
});

describe("sessions", () => {
  it("signing out ends the session everywhere", async () => {
    const actor = await createActor(await createUnit("Xã Phiên", "XA", null), ["ADMIN"]);
    await endSession(actor.sessionId);
    expect(await findActorBySession(actor.sessionId)).toBeNull();
  });

  it("switches only to units where the account holds a role", async () => {
    const home = await createUnit("Xã Nhà", "XA", null);
    const other = await createUnit("Huyện Khác", "HUYEN", null);
    const stranger = await createUnit("Xã Lạ", "XA", null);
    const actor = await createActor(home, ["OFFICER"], [{ unit: other, roles: ["REVIEWER"] }]);
    expect(actor.units.map((u) => u.id).sort()).toEqual([home.id, other.id].sort());
    expect(await switchSessionUnit(actor, stranger.id)).toBe(false);
    expect(await switchSessionUnit(actor, other.id)).toBe(true);
    expect(await findActorBySession(actor.sessionId)).toMatchObject({ unit: { id: other.id }, roles: ["REVIEWER"] });
  });

  it("an expired session is no session", async () => {
    const actor = await createActor(await createUnit("Xã Hết Hạn", "XA", null), ["ADMIN"]);
    await db().session.update({ where: { id: actor.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findActorBySession(actor.sessionId)).toBeNull();
  });
});
