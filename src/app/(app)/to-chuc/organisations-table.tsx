"use client";

import Link from "next/link";
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import { ORGANISATION_KIND_LABELS } from "@/schemas/organisation-labels";
import type { TableParams } from "@/lib/table-params";

export type OrganisationRow = {
  id: string;
  name: string;
  kind: keyof typeof ORGANISATION_KIND_LABELS;
  active: boolean;
  unitName: string;
  people: number;
};

const col = createDataTableColumnHelper<OrganisationRow>();

const columns: DataTableColumn<OrganisationRow>[] = [
  col.accessor("name", {
    header: "Tên tổ chức",
    meta: { rowHeader: true },
    // Every collective opens on its record; editing is offered there to its own unit.
    cell: (info) => (
      <Link href={`/to-chuc/${info.row.original.id}`} className="font-medium text-blue-800 underline">
        {info.getValue()}
      </Link>
    ),
  }),
  col.accessor("kind", { header: "Loại", cell: (info) => ORGANISATION_KIND_LABELS[info.row.original.kind] }),
  col.accessor("unitName", { id: "unit", header: "Đơn vị" }),
  col.accessor("people", { header: "Số người", meta: { align: "end" } }),
  col.accessor("active", {
    header: "Trạng thái",
    cell: (info) => (info.getValue() ? "Đang hoạt động" : "Ngừng hoạt động"),
  }),
];

export function OrganisationsTable(props: {
  data: OrganisationRow[];
  total: number;
  params: TableParams<string>;
  sortKeys: readonly string[];
}) {
  return (
    <DataTable
      columns={columns}
      caption="Danh sách tổ chức, tập thể"
      searchPlaceholder="Tên tổ chức…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
