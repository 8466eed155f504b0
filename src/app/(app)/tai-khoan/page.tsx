import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { ACCOUNT_SORT_KEYS, listUnitAccounts } from "@/server/data/accounts";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { AccountsTable } from "./accounts-table";

export const metadata: Metadata = { title: "Tài khoản và vai trò" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("account.manage");
  const params = parseTableParams(await searchParams, { sortKeys: ACCOUNT_SORT_KEYS, defaultSort: "name" });
  const { rows, total } = await listUnitAccounts(actor, params);
  return (
    <>
      <PageHeader
        title="Tài khoản và vai trò"
        description={`Những tài khoản làm việc tại ${actor.unit.name} và vai trò của họ.`}
        actions={
          <Link href="/tai-khoan/moi" className={buttonClass()}>
            Thêm tài khoản
          </Link>
        }
      />
      <AccountsTable params={params} total={total} sortKeys={ACCOUNT_SORT_KEYS} data={rows} />
    </>
  );
}
