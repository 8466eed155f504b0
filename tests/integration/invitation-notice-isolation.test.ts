import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { addUnitAccount } from "@/server/data/accounts";
import { countMyUnread, listMyNotifications, markNotificationRead } from "@/server/data/notifications/centre";
import { findLink } from "@/server/data/link-acceptance";
import { createActor, createTree, uid } from "../support/factories";

/**
 * An invitation to an address that already has an account (issue 16, "account invitation"): the
 * account finds it in its notification centre, in whatever unit it works, with the link to accept;
 * nobody else does — not the inviting unit's people, not the account's colleagues. The e-mail goes
 * once, as for any address, so neither the outbox nor the screen tells whether the account exists.
 */

const invitation = { kind: "ACCOUNT_INVITATION" as const };

describe("an invitation to an existing account", () => {
  it("reaches the account in person, in the unit it works in, with a usable link, and nobody else", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.d1, ["ADMIN"]);
    const colleagueOfAdmin = await createActor(tree.d1, ["ADMIN", "OFFICER", "CHAIR", "REVIEWER", "COUNCIL_MEMBER"]);
    // The invitee works in a commune of another district today.
    const invitee = await createActor(tree.c3, ["OFFICER"]);
    const inviteeColleague = await createActor(tree.c3, ["OFFICER", "ADMIN", "CHAIR"]);

    const issued = await addUnitAccount(admin, {
      unitId: "",
      email: invitee.email,
      name: "Người Được Mời",
      roles: ["REVIEWER"],
    });
    const mine = (await listMyNotifications(invitee)).filter((n) => n.kind === "ACCOUNT_INVITATION");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toBe(
      `Lời mời tham gia ${tree.d1.name} với vai trò Phòng/Sở Nội vụ (thẩm định): mở để chấp nhận.`,
    );
    expect(mine[0]!.link).toBe(`/moi/${issued.token}`);
    expect(await findLink(issued.token)).toMatchObject({
      state: "usable",
      unitName: tree.d1.name,
      roles: ["REVIEWER"],
    });
    expect(await countMyUnread(invitee)).toBeGreaterThanOrEqual(1);
    expect(await markNotificationRead(invitee, mine[0]!.id)).toBe(`/moi/${issued.token}`);

    // Nobody else reads it: the inviting unit's people, the invitee's colleagues.
    for (const other of [admin, colleagueOfAdmin, inviteeColleague]) {
      expect((await listMyNotifications(other)).filter((n) => n.id === mine[0]!.id)).toEqual([]);
      await expect(markNotificationRead(other, mine[0]!.id)).rejects.toMatchObject({ kind: "not_found" });
    }
    // One e-mail, the invitation's own: no second one from the notification (the kind is mailed by address).
    expect(await db().outboxMail.count({ where: { ...invitation, toEmail: invitee.email } })).toBe(1);
  });

  it("an address without an account gets the e-mail only; issuing again leaves the newest link", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.d1, ["ADMIN"]);
    const email = `moi${uid()}@test.vn`;
    await addUnitAccount(admin, { unitId: "", email, name: "Người Mới", roles: ["OFFICER"] });
    expect(await db().notification.count({ where: { ...invitation, user: { email } } })).toBe(0);
    expect(await db().outboxMail.count({ where: { ...invitation, toEmail: email } })).toBe(1);

    const invitee = await createActor(tree.c1, ["OFFICER"]);
    const first = await addUnitAccount(admin, { unitId: "", email: invitee.email, name: "A", roles: ["OFFICER"] });
    const second = await addUnitAccount(admin, { unitId: "", email: invitee.email, name: "A", roles: ["OFFICER"] });
    const links = (await listMyNotifications(invitee))
      .filter((n) => n.kind === "ACCOUNT_INVITATION")
      .map((n) => n.link);
    expect(links).toEqual([`/moi/${second.token}`, `/moi/${first.token}`]);
    // The older link no longer works: only the last one handed out does.
    expect((await findLink(first.token))?.state).not.toBe("usable");
    expect((await findLink(second.token))?.state).toBe("usable");
  });
});
