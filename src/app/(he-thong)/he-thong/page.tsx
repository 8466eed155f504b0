import type { Metadata } from "next";
import { requireOperator } from "@/server/auth/actor";
import { listUnitsForOperator, OPERATOR_UNIT_SORT_KEYS } from "@/server/data/operators";
import { unitKindLabel } from "@/domain/units/hierarchy";
import { formatViDate } from "@/lib/dates";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { PageHeader } from "@/components/ui/page-header";
import { UnitsTable } from "./units-table";

export const metadata: Metadata = { title: "Quản trị hệ thống" };

/** Validity as the list shows it: "từ 01/07/2025", "đến 30/06/2025", or "" when open both ways. */
function validity(from: Date | null, to: Date | null): string {
  return [from ? `từ ${formatViDate(from)}` : "", to ? `đến ${formatViDate(to)}` : ""].filter(Boolean).join(" ");
}

export default async function OperatorHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const operator = await requireOperator();
  const params = parseTableParams(await searchParams, { sortKeys: OPERATOR_UNIT_SORT_KEYS, defaultSort: "name" });
  const { rows, total } = await listUnitsForOperator(operator, params);
  return (
    <>
      <PageHeader
        title="Đơn vị hành chính"
        description={
          params.q
            ? "Mọi đơn vị có tên hoặc mã khớp với từ tìm."
            : "Các tỉnh, thành phố. Tìm theo tên hoặc mã để đến một đơn vị bất kỳ; mở đơn vị để mời quản trị đầu tiên."
        }
      />
      <UnitsTable
        params={params}
        total={total}
        sortKeys={OPERATOR_UNIT_SORT_KEYS}
        data={rows.map((u) => ({
          id: u.id,
          name: u.name,
          code: u.code,
          kind: unitKindLabel(u.kind),
          parentName: u.parentName,
          validity: validity(u.validFrom, u.validTo),
          accounts: u.accounts,
        }))}
      />
    </>
  );
}
