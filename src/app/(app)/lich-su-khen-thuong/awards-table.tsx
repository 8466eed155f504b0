"use client";

import { useMemo, type ReactNode } from "react";
import { DataTable, createDataTableColumnHelper, type DataTableColumn } from "@/components/data-table/data-table";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { formatViDate } from "@/lib/dates";
import { formatMoney } from "@/domain/text/format";
import type { TableParams } from "@/lib/table-params";
import { RevokeDisclosure } from "./revoke-disclosure";

export type AwardRow = {
  id: string;
  label: string;
  kind: keyof typeof RECIPIENT_KIND_LABELS;
  unitName: string;
  name: string;
  /** The award round (đợt) its decision was made in; null for an award entered from paper. */
  round: string | null;
  year: number;
  decisionNumber: string;
  /** Set for awards decided in the app: their decision can be downloaded. */
  decisionId: string | null;
  decidedOn: string;
  /** What went with the award, worded by its kind: "760.000 đồng", "Một phần quà trị giá 300.000 đồng". */
  reward: string;
  revoked: { on: string; decisionNumber: string; reason: string } | null;
  /** Whether the actor's unit may revoke it now (the server decides; see revocableAwardIds). */
  revocable: boolean;
};

const col = createDataTableColumnHelper<AwardRow>();

/** `today` (in Vietnam, from the server) is the revocation date each form offers. */
const columnsFor = (today: string): DataTableColumn<AwardRow>[] => [
  col.accessor("label", {
    header: "Cá nhân, tập thể",
    meta: { rowHeader: true },
    cell: (info) => (
      <>
        {info.getValue()}
        <span className="block text-xs font-normal text-slate-700">
          {RECIPIENT_KIND_LABELS[info.row.original.kind]}
        </span>
      </>
    ),
  }),
  col.accessor("unitName", { header: "Đơn vị" }),
  col.accessor("name", { header: "Danh hiệu, hình thức" }),
  col.accessor("round", { header: "Đợt", cell: (c) => c.getValue() ?? "" }),
  col.accessor("year", { header: "Năm", meta: { align: "end" } }),
  col.accessor("decisionNumber", {
    header: "Số quyết định",
    meta: { className: "whitespace-nowrap" },
    cell: (info) => {
      const { decisionId, decisionNumber } = info.row.original;
      return decisionId ? (
        <a href={`/quyet-dinh/${decisionId}`} className="text-blue-800 underline">
          {decisionNumber}
          <span className="sr-only"> (xem quyết định, văn bản đã ký)</span>
        </a>
      ) : (
        decisionNumber
      );
    },
  }),
  col.accessor("decidedOn", {
    header: "Ngày quyết định",
    cell: (info) => formatViDate(info.getValue()),
    meta: { className: "whitespace-nowrap" },
  }),
  col.accessor("reward", {
    header: "Tiền thưởng, quà",
    meta: { align: "end" },
    cell: (info) => info.getValue() || "—",
  }),
  col.display({
    id: "status",
    header: "Tình trạng",
    cell: (info): ReactNode => {
      const r = info.row.original;
      if (r.revoked)
        return (
          <span className="text-red-800">
            Đã thu hồi theo Quyết định số {r.revoked.decisionNumber} ngày {formatViDate(r.revoked.on)}. Lý do:{" "}
            {r.revoked.reason}
          </span>
        );
      return (
        <>
          Còn hiệu lực
          {r.revocable ? <RevokeDisclosure awardId={r.id} label={r.label} today={today} /> : null}
        </>
      );
    },
  }),
];

export function AwardsTable({
  today,
  ...props
}: {
  today: string;
  data: AwardRow[];
  total: number;
  totalCapped: boolean;
  cursors: { after?: string; before?: string };
  params: TableParams<string>;
  sortKeys: readonly string[];
}) {
  const columns = useMemo(() => columnsFor(today), [today]);
  return (
    <DataTable
      columns={columns}
      caption="Lịch sử khen thưởng"
      searchPlaceholder="Họ tên, tên tập thể, có hoặc không dấu…"
      getRowId={(r) => r.id}
      {...props}
    />
  );
}
