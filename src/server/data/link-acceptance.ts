import "server-only";
import { db, type Tx } from "@/server/db/client";
import { invalid } from "@/domain/errors";
import type { RoleCode } from "@/domain/auth/permissions";
import { LINK_STATE_MESSAGES, linkState, type LinkState } from "@/domain/auth/invitations";
import { throttledMessage } from "@/domain/auth/sign-in-throttle";
import type { TLinkPassword } from "@/schemas/account";
import { hashLinkToken } from "@/server/auth/link-tokens";
import { hashPassword } from "@/server/auth/password";
import { checkPassword } from "./password-check";
import { recordAudit } from "./audit";

/**
 * The other end of a one-time link (page /moi/[token]). There is no caller yet: the token is the
 * credential, so every function here starts from its hash and touches only what the link names.
 *
 * An invitation (ROLES) is accepted through one form whatever the email: a new account sets the
 * password typed; an existing account must type its own (through the sign-in throttle) — roles
 * are never added to an account without its owner. A password link sets the password of the
 * account it was made for and ends that account's sessions.
 */

const UNKNOWN = "Liên kết không đúng hoặc không còn dùng được. Hãy kiểm tra lại liên kết được gửi cho bạn.";

export type LinkView = {
  kind: "ROLES" | "PASSWORD";
  state: LinkState;
  email: string;
  name: string;
  unitName: string | null;
  roles: RoleCode[];
  expiresAt: Date;
};

export async function findLink(token: string): Promise<LinkView | null> {
  const row = await db().invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: { unit: { select: { name: true } } },
  });
  if (!row || (row.kind === "ROLES" && !row.unit)) return null;
  return {
    kind: row.kind,
    state: linkState(row, new Date()),
    email: row.email,
    name: row.name,
    unitName: row.unit?.name ?? null,
    roles: row.roles as RoleCode[],
    expiresAt: row.expiresAt,
  };
}

type Outcome = { ok: true; email: string } | { ok: false; message: string; field?: string };

/** Uses the link once: returns the email to sign in with, or throws the reason in Vietnamese. */
export async function acceptLink(token: string, input: TLinkPassword, ip: string | null): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const outcome = await db().$transaction(
    async (tx): Promise<Outcome> => {
      const tokenHash = hashLinkToken(token);
      // One acceptance at a time per link: a second, concurrent one finds it used.
      await tx.$queryRaw`select id from "Invitation" where "tokenHash" = ${tokenHash} for update`;
      const link = await tx.invitation.findUnique({ where: { tokenHash } });
      if (!link) return { ok: false, message: UNKNOWN };
      const state = linkState(link, new Date());
      if (state !== "usable") return { ok: false, message: LINK_STATE_MESSAGES[state] };
      if (link.kind === "PASSWORD") return setPasswordByLink(tx, link.id, link.userId, passwordHash);
      if (!link.unitId) return { ok: false, message: UNKNOWN };
      return takeRoles(tx, { ...link, unitId: link.unitId, roles: link.roles as RoleCode[] }, input, passwordHash, ip);
    },
    { timeout: 15_000 },
  );
  if (!outcome.ok) throw invalid(outcome.message, outcome.field ? { [outcome.field]: outcome.message } : {});
  return { email: outcome.email };
}

async function setPasswordByLink(tx: Tx, linkId: string, userId: string | null, passwordHash: string) {
  const user = userId ? await tx.user.findUnique({ where: { id: userId } }) : null;
  if (!user?.active) return { ok: false, message: "Tài khoản đang bị khoá. Hãy liên hệ người quản trị." } as const;
  await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
  await markUsed(tx, linkId);
  // Whoever was signed in with the old password is out.
  await tx.session.deleteMany({ where: { userId: user.id } });
  await recordAudit(
    tx,
    { userId: user.id },
    {
      entity: "User",
      entityId: user.id,
      action: "UPDATE",
      unitId: null,
      after: { email: user.email, password: "đặt qua liên kết", linkId },
    },
  );
  return { ok: true, email: user.email } as const;
}

async function takeRoles(
  tx: Tx,
  link: { id: string; email: string; name: string; unitId: string; roles: RoleCode[] },
  input: TLinkPassword,
  passwordHash: string,
  ip: string | null,
): Promise<Outcome> {
  // The same lock as sign-in: an account made here and a guess elsewhere do not cross.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${"signin:" + link.email}))`;
  let user = await tx.user.findUnique({ where: { email: link.email } });
  if (user) {
    const check = await checkPassword(tx, {
      email: link.email,
      password: input.password,
      ip,
      load: (email) => tx.user.findUnique({ where: { email } }),
    });
    if (!check.ok) {
      // Returned, not thrown: the failed attempt commits (the throttle counts it), the link stays usable.
      const message =
        check.reason === "throttled"
          ? throttledMessage(check.retryAfterSeconds)
          : "Thư điện tử này đã có tài khoản: nhập đúng mật khẩu đang dùng của tài khoản đó để nhận lời mời.";
      return { ok: false, message, field: "password" };
    }
  } else {
    user = await tx.user.create({ data: { email: link.email, name: link.name, passwordHash } });
    await recordAudit(
      tx,
      { userId: user.id },
      {
        entity: "User",
        entityId: user.id,
        action: "CREATE",
        unitId: link.unitId,
        after: { email: user.email, name: user.name },
      },
    );
  }
  await markUsed(tx, link.id);
  await tx.membership.createMany({
    data: link.roles.map((role) => ({ userId: user.id, unitId: link.unitId, role })),
    skipDuplicates: true,
  });
  await recordAudit(
    tx,
    { userId: user.id },
    {
      entity: "Membership",
      entityId: user.id,
      action: "CREATE",
      unitId: link.unitId,
      after: { email: user.email, roles: link.roles, invitationId: link.id },
    },
  );
  return { ok: true, email: user.email };
}

function markUsed(tx: Tx, linkId: string) {
  return tx.invitation.update({ where: { id: linkId }, data: { usedAt: new Date() } });
}
