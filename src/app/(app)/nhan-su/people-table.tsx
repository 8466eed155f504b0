"use client";

import Link from "next/link";
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import { STAFF_KIND_LABELS } from "@/schemas/person-labels";
import { formatViDate } from "@/lib/dates";
import type { TableParams } from "@/lib/table-params";

export type PersonRow = {
  id: string;
  fullName: string;
  dateOfBirth: string;
  position: string;
  staffKind: keyof typeof STAFF_KIND_LABELS;
  organisation: string | null;
  unitName: string;
  partyMember: boolean;
  disciplines: number;
};

const col = createDataTableColumnHelper<PersonRow>();

const columns: DataTableColumn<PersonRow>[] = [
  // Sorting by this column orders by tên (given name), as Vietnamese lists do.
  col.accessor("fullName", {
    id: "sortName",
    header: "Họ và tên",
    meta: { rowHeader: true },
    cell: (info) => (
      <Link href={`/nhan-su/${info.row.original.id}`} className="font-medium text-blue-800 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  col.accessor("dateOfBirth", {
    header: "Ngày sinh",
    cell: (info) => formatViDate(info.getValue()),
    meta: { className: "whitespace-nowrap" },
  }),
  col.accessor("position", { header: "Chức vụ" }),
  col.accessor("staffKind", { header: "Loại", cell: (info) => STAFF_KIND_LABELS[info.row.original.staffKind] }),
  col.accessor("organisation", { header: "Tổ chức", cell: (info) => info.getValue() ?? "—" }),
  col.accessor("unitName", { id: "unit", header: "Đơn vị" }),
  col.accessor("partyMember", { header: "Đảng viên", cell: (info) => (info.getValue() ? "Có" : "Không") }),
  col.accessor("disciplines", {
    header: "Kỷ luật",
    meta: { align: "end" },
    cell: (info) => (info.getValue() ? info.getValue() : "—"),
  }),
];

export function PeopleTable(props: {
  data: PersonRow[];
  total: number;
  totalCapped: boolean;
  cursors: { after?: string; before?: string };
  params: TableParams<string>;
  sortKeys: readonly string[];
}) {
  return (
    <DataTable
      columns={columns}
      caption="Danh sách cán bộ, người lao động"
      searchPlaceholder="Họ tên, có hoặc không dấu…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
