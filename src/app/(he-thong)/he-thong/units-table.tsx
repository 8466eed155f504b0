"use client";

import Link from "next/link";
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import type { TableParams } from "@/lib/table-params";

export type OperatorUnitRow = {
  id: string;
  name: string;
  code: string;
  kind: string;
  parentName: string;
  validity: string;
  accounts: number;
};

const col = createDataTableColumnHelper<OperatorUnitRow>();

const columns: DataTableColumn<OperatorUnitRow>[] = [
  col.accessor("name", {
    header: "Tên đơn vị",
    meta: { rowHeader: true },
    cell: (info) => (
      <Link href={`/he-thong/don-vi/${info.row.original.id}`} className="font-medium text-blue-800 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  col.accessor("code", { header: "Mã" }),
  col.accessor("kind", { header: "Loại", enableSorting: false }),
  col.accessor("parentName", { header: "Trực thuộc", enableSorting: false }),
  col.accessor("validity", { header: "Hiệu lực", enableSorting: false }),
  col.accessor("accounts", { header: "Vai trò đã cấp", enableSorting: false, meta: { align: "end" } }),
];

export function UnitsTable(props: {
  data: OperatorUnitRow[];
  total: number;
  params: TableParams<string>;
  sortKeys: readonly string[];
}) {
  return (
    <DataTable
      columns={columns}
      caption="Đơn vị hành chính"
      searchPlaceholder="Tên hoặc mã đơn vị…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
