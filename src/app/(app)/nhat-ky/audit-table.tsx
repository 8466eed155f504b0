"use client";

import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import { formatViDateTime } from "@/lib/dates";
import type { TableParams } from "@/lib/table-params";
import type { ReactNode } from "react";

export type AuditRow = {
  id: string;
  at: string;
  actorName: string;
  entity: string;
  entityId: string;
  action: "CREATE" | "UPDATE" | "DELETE";
  changes: string;
};

export const ACTION_LABELS = { CREATE: "Thêm", UPDATE: "Sửa", DELETE: "Xoá" } as const;

const col = createDataTableColumnHelper<AuditRow>();

const columns: DataTableColumn<AuditRow>[] = [
  col.accessor("at", {
    header: "Thời điểm",
    cell: (info) => formatViDateTime(info.getValue()),
    meta: { className: "whitespace-nowrap" },
  }),
  col.accessor("actorName", { header: "Người thực hiện" }),
  col.accessor("action", { header: "Thao tác", cell: (info) => ACTION_LABELS[info.row.original.action] }),
  col.accessor("entity", { header: "Đối tượng", cell: (info) => `${info.getValue()} · ${info.row.original.entityId}` }),
  col.accessor("changes", {
    header: "Thay đổi (trước → sau)",
    cell: (info) => <span className="block max-w-xl break-words font-mono text-xs">{info.getValue()}</span>,
  }),
];

export function AuditTable(props: {
  data: AuditRow[];
  total: number;
  totalCapped: boolean;
  cursors: { after?: string; before?: string };
  params: TableParams<string>;
  sortKeys: readonly string[];
  toolbar?: ReactNode;
}) {
  return (
    <DataTable
      columns={columns}
      caption="Nhật ký thao tác của đơn vị"
      searchPlaceholder="Mã đối tượng…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
