import type { Metadata } from "next";
import Link from "next/link";
import { requireOperator } from "@/server/auth/actor";
import { findUnitForOperator } from "@/server/data/operators";
import { orNotFound } from "@/server/actions/page-guard";
import { ROLE_LABELS } from "@/domain/auth/permissions";
import { linkState } from "@/domain/auth/invitations";
import { unitKindLabel } from "@/domain/units/hierarchy";
import { PageHeader } from "@/components/ui/page-header";
import { AccountForm } from "@/app/(app)/tai-khoan/moi/account-form";
import { InvitationsList } from "@/app/(app)/tai-khoan/invitations-list";
import { inviteAsOperatorAction, reissueAsOperatorAction } from "../../actions";

export const metadata: Metadata = { title: "Đơn vị — quản trị hệ thống" };

export default async function OperatorUnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const operator = await requireOperator();
  const unit = await orNotFound(findUnitForOperator(operator, unitId));
  const now = new Date();
  return (
    <>
      <PageHeader
        title={unit.name}
        description={
          <>
            {unitKindLabel(unit.kind)} · mã {unit.code}
            {unit.parent ? (
              <>
                {" "}
                · trực thuộc{" "}
                <Link href={`/he-thong/don-vi/${unit.parent.id}`} className="text-blue-800 underline">
                  {unit.parent.name}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <section aria-labelledby="tai-khoan" className="mb-8">
        <h2 id="tai-khoan" className="text-lg font-semibold">
          Tài khoản của đơn vị ({unit.accounts.length})
        </h2>
        {unit.accounts.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Đơn vị chưa có tài khoản nào: mời quản trị đầu tiên bên dưới.</p>
        ) : (
          <table className="mt-2 w-full max-w-4xl text-left text-sm">
            <caption className="sr-only">Tài khoản và vai trò tại {unit.name}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  Họ và tên
                </th>
                <th scope="col">Thư điện tử</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {unit.accounts.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <th scope="row" className="py-1 font-normal">
                    {a.name}
                  </th>
                  <td>{a.email}</td>
                  <td>{a.roles.map((r) => ROLE_LABELS[r]).join(", ")}</td>
                  <td>{a.active ? "Đang dùng" : "Đã khoá"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="moi-quan-tri" className="mb-8">
        <h2 id="moi-quan-tri" className="mb-2 text-lg font-semibold">
          Mời quản trị hoặc chủ tịch của đơn vị
        </h2>
        <AccountForm
          units={[{ id: unit.id, label: `${unit.name} (mã ${unit.code})` }]}
          unitId={unit.id}
          defaultRoles={["ADMIN"]}
          action={inviteAsOperatorAction}
        />
      </section>
      <InvitationsList
        invitations={unit.invitations.map((i) => ({
          ...i,
          expiresAt: i.expiresAt.toISOString(),
          expired: linkState({ usedAt: null, revokedAt: null, expiresAt: i.expiresAt }, now) === "expired",
        }))}
        reissue={reissueAsOperatorAction}
      />
      {unit.children.length ? (
        <section aria-labelledby="truc-thuoc" className="mt-8">
          <h2 id="truc-thuoc" className="text-lg font-semibold">
            Đơn vị trực thuộc ({unit.children.length})
          </h2>
          <ul className="mt-2 columns-1 text-sm sm:columns-2 lg:columns-3">
            {unit.children.map((c) => (
              <li key={c.id}>
                <Link href={`/he-thong/don-vi/${c.id}`} className="text-blue-800 underline">
                  {c.name}
                </Link>{" "}
                ({c.code})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
