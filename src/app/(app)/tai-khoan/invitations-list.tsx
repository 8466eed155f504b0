"use client";

import { ROLE_LABELS, type RoleCode } from "@/domain/auth/permissions";
import type { ActionResult } from "@/schemas/action-result";
import type { IssuedLinkView } from "@/schemas/account";
import { formatViDateTime } from "@/lib/dates";
import { ActionButton } from "@/components/forms/action-button";
import { IssueLinkButton } from "@/components/forms/issued-link";

export type PendingInvitation = {
  id: string;
  email: string;
  name: string;
  roles: RoleCode[];
  expiresAt: string;
  expired: boolean;
};

/**
 * Invitations not yet accepted. They show what the administrator typed, nothing about whether
 * the email has an account; a new link replaces the old one (the old stops working).
 */
export function InvitationsList({
  invitations,
  reissue,
  revoke,
}: {
  invitations: PendingInvitation[];
  reissue: (id: string) => Promise<ActionResult<IssuedLinkView>>;
  revoke?: (id: string) => Promise<ActionResult>;
}) {
  return (
    <section aria-labelledby="loi-moi" className="mt-8">
      <h2 id="loi-moi" className="text-lg font-semibold">
        Lời mời chưa nhận ({invitations.length})
      </h2>
      {invitations.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">Không có lời mời nào đang chờ.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {invitations.map((i) => (
            <li key={i.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="pending-invitation">
              <p className="font-medium">
                {i.name} · {i.email}
              </p>
              <p className="text-sm text-slate-700">
                {i.roles.map((r) => ROLE_LABELS[r]).join(", ")} ·{" "}
                {i.expired ? "đã hết hạn" : `hết hạn ${formatViDateTime(i.expiresAt)}`}
              </p>
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <IssueLinkButton
                  action={() => reissue(i.id)}
                  label="Tạo liên kết mới"
                  what="Đã tạo liên kết mới (liên kết cũ không dùng được nữa)"
                />
                {revoke ? (
                  <ActionButton
                    action={() => revoke(i.id)}
                    label="Huỷ lời mời"
                    pendingLabel="Đang huỷ…"
                    confirmText={`Huỷ lời mời ${i.email}?`}
                    variant="secondary"
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
