import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/server/db/client";
import { attemptSignIn, endSession, findActorBySession, switchSessionUnit } from "@/server/data/sessions";
import { MAX_FAILURES } from "@/domain/auth/sign-in-throttle";
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

const signIn = (email: string, password: string, ip: string | null = null) =>
  attemptSignIn({ email, password, ip, maxAgeHours: 1 });

describe("sign-in (issue 2, item 2)", () => {
  it("opens a server-side session for the right password, refuses a wrong one, and records both", async () => {
    const a = await account();
    expect(await signIn(a.email, "sai")).toEqual({ ok: false, reason: "bad_credentials" });
    const ok = await signIn(a.email.toUpperCase(), a.password);
    expect(ok.ok).toBe(true);
    const actor = await findActorBySession((ok as { sessionId: string }).sessionId);
    expect(actor).toMatchObject({ userId: a.user.id, unit: { id: a.unit.id }, roles: ["OFFICER"] });
    expect(await db().signInAttempt.count({ where: { identifier: a.email } })).toBe(2);
  });

  it("refuses after 10 failures for the account within 15 minutes, even with the right password", async () => {
    const a = await account();
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn(a.email, `sai${i}`)).ok).toBe(false);
    expect(await signIn(a.email, a.password)).toEqual({ ok: false, reason: "throttled" });
  });

  it("counts failures from one address across accounts when the address is known", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${uid()}`;
    for (let i = 0; i < MAX_FAILURES; i++) await signIn(`khong-ton-tai-${uid()}@test.vn`, "sai", ip);
    const a = await account();
    expect(await signIn(a.email, a.password, ip)).toEqual({ ok: false, reason: "throttled" });
    expect((await signIn(a.email, a.password, null)).ok).toBe(true);
  });

  it("counts exactly under concurrency: 20 parallel wrong guesses leave the account throttled at 10", async () => {
    const a = await account();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(a.email, `sai${i}`)));
    expect(results.filter((r) => !r.ok && r.reason === "bad_credentials")).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(20 - MAX_FAILURES);
  });

  it("forgets failures older than the window", async () => {
    const a = await account();
    await db().signInAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES }, () => ({
        identifier: a.email,
        ip: "",
        succeeded: false,
        createdAt: new Date(Date.now() - 16 * 60_000),
      })),
    });
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
