import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { ACCOUNT_SORT_KEYS, listUnitAccounts } from "@/server/data/accounts";
import { listManagedUnits } from "@/server/data/account-units";
import { listUnitInvitations } from "@/server/data/invitations";
import { orNotFound } from "@/server/actions/page-guard";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { AccountsTable } from "./accounts-table";
import { InvitationsList } from "./invitations-list";
import { UnitPicker } from "./unit-picker";
import { unitChoices } from "./unit-choices";
import { reissueInvitationAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Tài khoản và vai trò" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("account.manage");
  const search = await searchParams;
  const donVi = typeof search.donVi === "string" ? search.donVi : "";
  const params = parseTableParams(search, { sortKeys: ACCOUNT_SORT_KEYS, defaultSort: "name" });
  const [{ rows, total, unit }, invitations, units] = await Promise.all([
    orNotFound(listUnitAccounts(actor, params, donVi)),
    orNotFound(listUnitInvitations(actor, donVi)),
    listManagedUnits(actor),
  ]);
  const query = unit.place === "own" ? "" : `?donVi=${unit.id}`;
  return (
    <>
      <PageHeader
        title="Tài khoản và vai trò"
        description={`Những tài khoản làm việc tại ${unit.name} và vai trò của họ.`}
        actions={
          <>
            <Link href={`/tai-khoan/moi${query}`} className={buttonClass()}>
              Mời tài khoản
            </Link>
            <Link href="/tai-khoan/nhap-excel" className={buttonClass("secondary")}>
              Nhập từ Excel
            </Link>
          </>
        }
      />
      {units.length > 1 ? <UnitPicker units={unitChoices(units)} unitId={unit.id} /> : null}
      <AccountsTable
        params={params}
        total={total}
        sortKeys={ACCOUNT_SORT_KEYS}
        data={rows.map((r) => ({ ...r, href: `/tai-khoan/${r.id}${query}` }))}
      />
      <InvitationsList
        invitations={invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))}
        reissue={reissueInvitationAction}
        revoke={revokeInvitationAction}
      />
    </>
  );
}
