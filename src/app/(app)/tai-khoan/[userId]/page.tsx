import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { findUnitAccount } from "@/server/data/accounts";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { ActionButton } from "@/components/forms/action-button";
import { IssueLinkButton } from "@/components/forms/issued-link";
import { RolesForm } from "./roles-form";
import { signInDelayOf } from "@/server/data/account-status";
import { ACCOUNT_FREE_FAILURES, waitText } from "@/domain/auth/sign-in-throttle";
import {
  releaseSignInDelayAction,
  removeAccountAction,
  sendPasswordResetAction,
  setAccountActiveAction,
} from "../actions";

export const metadata: Metadata = { title: "Vai trò tài khoản" };

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ donVi?: string }>;
}) {
  const { userId } = await params;
  const { donVi = "" } = await searchParams;
  const actor = await requirePermission("account.manage");
  const account = await orNotFound(findUnitAccount(actor, userId, donVi));
  const { unit } = account; // the unit whose roles the page edits: the administrator's or one below it
  const unitId = unit.place === "own" ? "" : unit.id;
  const back = unitId ? `/tai-khoan?donVi=${unitId}` : "/tai-khoan";
  const mine = account.id === actor.userId;
  const delay = mine ? null : await signInDelayOf(actor, account.id);
  return (
    <>
      <PageHeader
        title={account.name}
        description={`${account.email} · vai trò tại ${unit.name}${account.active ? "" : " · đang bị khoá"}`}
        actions={
          mine && !unitId ? null : (
            <DeleteButton
              label="Gỡ khỏi đơn vị"
              action={removeAccountAction.bind(null, account.id, unitId)}
              redirectTo={back}
              confirmText={`Gỡ mọi vai trò của ${account.name} tại ${unit.name}?`}
            />
          )
        }
      />
      <RolesForm userId={account.id} unitId={unitId} roles={account.roles} back={back} />
      {mine ? null : (
        <section
          aria-labelledby="bao-mat"
          className="mt-6 max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
        >
          <h2 id="bao-mat" className="font-semibold">
            Đăng nhập của tài khoản
          </h2>
          <p className="text-sm text-slate-700">
            Chỉ làm được với tài khoản mà bạn cấp được mọi vai trò của nó (không phải Chủ tịch, Thành viên Hội đồng của
            chính đơn vị bạn, không phải tài khoản còn làm việc ở đơn vị ngoài phạm vi bạn quản trị).
          </p>
          {delay && delay.failures >= ACCOUNT_FREE_FAILURES ? (
            <div className="space-y-2 text-sm">
              <p>
                Đăng nhập sai {delay.failures} lần gần đây
                {delay.waitSeconds > 0
                  ? `: lần đăng nhập tới phải đợi ${waitText(delay.waitSeconds)}.`
                  : "; mỗi lần sai tiếp theo phải đợi lâu hơn."}{" "}
                Nếu chính chủ bị chặn vì người khác cố đoán mật khẩu, gỡ hạn chế để họ đăng nhập ngay.
              </p>
              <ActionButton
                action={releaseSignInDelayAction.bind(null, account.id)}
                label="Gỡ hạn chế đăng nhập"
                pendingLabel="Đang lưu…"
                variant="secondary"
              />
            </div>
          ) : null}
          {account.active ? (
            <IssueLinkButton
              action={sendPasswordResetAction.bind(null, account.id)}
              label="Tạo liên kết đặt lại mật khẩu"
              what="Đã tạo liên kết đặt lại mật khẩu"
            />
          ) : null}
          <ActionButton
            action={setAccountActiveAction.bind(null, account.id, !account.active)}
            label={account.active ? "Khoá tài khoản" : "Mở khoá tài khoản"}
            pendingLabel="Đang lưu…"
            confirmText={
              account.active
                ? `Khoá tài khoản ${account.email}? Mọi phiên đăng nhập của tài khoản kết thúc ngay.`
                : undefined
            }
            variant={account.active ? "danger" : "primary"}
          />
        </section>
      )}
    </>
  );
}
