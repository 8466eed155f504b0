"use client";

import Link from "next/link";
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import { PLAN_STATUS_LABELS } from "@/domain/labels";
import { PLAN_KIND_LABELS, type PlanStatus } from "@/schemas/plan-labels";
import { formatViDate } from "@/lib/dates";
import type { TableParams } from "@/lib/table-params";
import type { ReactNode } from "react";

export type PlanRow = {
  id: string;
  title: string;
  numberLine: string;
  issuedOn: string | null;
  year: number;
  kind: keyof typeof PLAN_KIND_LABELS;
  status: PlanStatus;
  unitName: string;
};

const col = createDataTableColumnHelper<PlanRow>();

const columns: DataTableColumn<PlanRow>[] = [
  col.accessor("title", {
    header: "Kế hoạch",
    meta: { rowHeader: true },
    cell: (info) => (
      <Link href={`/ke-hoach/${info.row.original.id}`} className="font-medium text-blue-800 underline">
        {info.row.original.title}
      </Link>
    ),
  }),
  col.accessor("numberLine", { header: "Số, ký hiệu", meta: { className: "whitespace-nowrap" } }),
  col.accessor("issuedOn", {
    header: "Ngày ban hành",
    cell: (info) => (info.row.original.issuedOn ? formatViDate(info.row.original.issuedOn) : "—"),
    meta: { className: "whitespace-nowrap" },
  }),
  col.accessor("year", { header: "Năm" }),
  col.accessor("kind", { header: "Loại", cell: (info) => PLAN_KIND_LABELS[info.row.original.kind] }),
  col.accessor("status", { header: "Trạng thái", cell: (info) => PLAN_STATUS_LABELS[info.row.original.status] }),
  col.accessor("unitName", { header: "Đơn vị ban hành" }),
];

export function PlansTable(props: {
  data: PlanRow[];
  total: number;
  params: TableParams<string>;
  sortKeys: readonly string[];
  toolbar?: ReactNode;
}) {
  return (
    <DataTable
      columns={columns}
      caption="Danh sách kế hoạch thi đua"
      searchPlaceholder="Tên kế hoạch…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
