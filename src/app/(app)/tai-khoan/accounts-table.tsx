"use client";

import Link from "next/link";
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import { ROLE_LABELS, type RoleCode } from "@/domain/auth/permissions";
import type { TableParams } from "@/lib/table-params";

export type AccountRow = { id: string; name: string; email: string; active: boolean; roles: RoleCode[]; href: string };

const col = createDataTableColumnHelper<AccountRow>();

const columns: DataTableColumn<AccountRow>[] = [
  col.accessor("name", {
    header: "Họ và tên",
    meta: { rowHeader: true },
    cell: (info) => (
      <Link href={info.row.original.href} className="font-medium text-blue-800 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  col.accessor("email", { header: "Thư điện tử" }),
  col.accessor("roles", {
    header: "Vai trò tại đơn vị",
    cell: (info) => info.row.original.roles.map((r) => ROLE_LABELS[r]).join(", "),
  }),
  col.accessor("active", { header: "Trạng thái", cell: (info) => (info.getValue() ? "Đang dùng" : "Đã khoá") }),
];

export function AccountsTable(props: {
  data: AccountRow[];
  total: number;
  params: TableParams<string>;
  sortKeys: readonly string[];
}) {
  return (
    <DataTable
      columns={columns}
      caption="Tài khoản có vai trò trong đơn vị"
      searchPlaceholder="Tên hoặc thư điện tử…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
