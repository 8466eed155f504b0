import "server-only";
import { db } from "@/server/db/client";
import type { Actor, Operator } from "@/server/auth/actor-types";
import { invalid } from "@/domain/errors";
import { throttledMessage } from "@/domain/auth/sign-in-throttle";
import type { TChangePassword } from "@/schemas/account";
import { hashPassword } from "@/server/auth/password";
import { checkPassword } from "./password-check";
import { recordAudit } from "./audit";

/**
 * "Tài khoản của tôi": the signed-in account changes its own password, after typing the current
 * one (counted by the sign-in throttle, so this page is no way round it). Its other sessions end:
 * whoever knew the old password is out; this one stays.
 */
export async function changeMyPassword(me: Actor | Operator, input: TChangePassword, ip: string | null) {
  const passwordHash = await hashPassword(input.password);
  const outcome = await db().$transaction(async (tx) => {
    const check = await checkPassword(tx, {
      email: me.email,
      password: input.current,
      ip,
      load: (email) => tx.user.findUnique({ where: { email } }),
    });
    if (!check.ok) return check;
    await tx.user.update({ where: { id: me.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: me.userId, id: { not: me.sessionId } } });
    await tx.invitation.updateMany({
      where: { kind: "PASSWORD", userId: me.userId, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, me, {
      entity: "User",
      entityId: me.userId,
      action: "UPDATE",
      // An operator works in no unit: the change is the installation's.
      ...("unit" in me ? {} : { unitId: null }),
      after: { email: me.email, password: "đã đổi" },
    });
    return { ok: true } as const;
  });
  if (!outcome.ok && outcome.reason === "throttled") throw invalid(throttledMessage(outcome.retryAfterSeconds));
  if (!outcome.ok) throw invalid("Mật khẩu đang dùng không đúng.", { current: "Mật khẩu đang dùng không đúng." });
}
