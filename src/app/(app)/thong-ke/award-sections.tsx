import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { columnTotals, sum, type YearRow } from "@/domain/statistics/series";
import { UNIT_PLACE_LABELS, type UnitLine } from "@/domain/statistics/units";
import { formatCount } from "@/domain/text/format";
import type { AwardSummary } from "@/domain/statistics/awards";
import type { StatisticsFilter } from "@/server/data/statistics";
import { statisticsQuery } from "./filters";
import { Empty, StatSection, StatTable } from "./stat-table";

/** The award sections: by year (a line), by unit, by title and by round (bars), each with its table. */

const n = formatCount;

export function ByYear({ summary, years }: { summary: AwardSummary; years: readonly number[] }) {
  const revoked = summary.byYear.map((y) => y.revoked);
  return (
    <StatSection
      id="theo-nam"
      title="Khen thưởng theo năm"
      note="Theo năm đạt thành tích. Khen thưởng đã thu hồi không tính vào số khen thưởng, ghi riêng bên cạnh."
    >
      <LineChart
        description={`Biểu đồ đường: số khen thưởng từng năm từ ${years[0]} đến ${years.at(-1)}; số liệu ở bảng ngay sau.`}
        series={[{ name: "Khen thưởng" }, ...(sum(revoked) ? [{ name: "Đã thu hồi" }] : [])]}
        years={years}
        values={[summary.byYear.map((y) => y.awarded), ...(sum(revoked) ? [revoked] : [])]}
      />
      <StatTable
        caption="Số khen thưởng theo năm"
        headers={["Năm", "Khen thưởng", "Đã thu hồi"]}
        rows={summary.byYear.map((y) => ({ key: String(y.year), head: y.year, cells: [n(y.awarded), n(y.revoked)] }))}
        totals={[n(summary.total), n(sum(revoked))]}
      />
    </StatSection>
  );
}

export function ByUnit({ lines, filter }: { lines: readonly UnitLine[]; filter: StatisticsFilter }) {
  const label = (l: UnitLine) => (l.place === "self" ? `${l.name} (trực tiếp)` : l.name);
  return (
    <StatSection
      id="theo-don-vi"
      title="Khen thưởng theo đơn vị"
      note="Mỗi đơn vị trực thuộc tính cả các đơn vị cấp dưới của nó; đơn vị tiền thân là lịch sử khen thưởng được kế thừa khi sáp nhập, chia tách."
    >
      <BarChart
        description="Biểu đồ cột ngang: số khen thưởng của từng đơn vị; số liệu ở bảng ngay sau."
        series={[{ name: "Khen thưởng" }]}
        lines={lines.map((l) => ({ label: label(l), values: [l.count] }))}
      />
      <StatTable
        caption="Số khen thưởng theo đơn vị"
        headers={["Đơn vị", "Quan hệ", "Khen thưởng"]}
        rows={lines.map((l) => ({
          key: l.id,
          head:
            l.place === "below" ? (
              <Link href={`/thong-ke?${statisticsQuery(filter, { unitId: l.id })}`} className="text-blue-800 underline">
                {l.name}
              </Link>
            ) : (
              label(l)
            ),
          cells: [UNIT_PLACE_LABELS[l.place], n(l.count)],
        }))}
        totals={["", n(sum(lines.map((l) => l.count)))]}
      />
    </StatSection>
  );
}

/** A table by year (titles, rounds) under its bar chart of totals. */
function YearPivot({
  id,
  title,
  note,
  rows,
  years,
  first,
  emptyText,
}: {
  id: string;
  title: string;
  note?: string;
  rows: readonly YearRow[];
  years: readonly number[];
  first: string;
  emptyText: string;
}) {
  const totals = columnTotals(rows, years);
  return (
    <StatSection id={id} title={title} note={note}>
      {sum(totals) === 0 ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <>
          <BarChart
            description={`Biểu đồ cột ngang: ${title.toLocaleLowerCase("vi-VN")}, cộng các năm; số liệu từng năm ở bảng ngay sau.`}
            series={[{ name: "Khen thưởng" }]}
            lines={rows.map((r) => ({ label: r.label, values: [r.total] }))}
          />
          <StatTable
            caption={title}
            headers={[first, ...years.map(String), "Tổng"]}
            rows={rows.map((r) => ({ key: r.key, head: r.label, cells: [...r.counts.map(n), n(r.total)] }))}
            totals={[...totals.map(n), n(sum(totals))]}
          />
        </>
      )}
    </StatSection>
  );
}

export function ByTitle({ summary, years }: { summary: AwardSummary; years: readonly number[] }) {
  return (
    <YearPivot
      id="theo-danh-hieu"
      title="Khen thưởng theo danh hiệu, hình thức"
      rows={summary.byTitle}
      years={years}
      first="Danh hiệu, hình thức"
      emptyText="Chưa có khen thưởng nào trong những năm này."
    />
  );
}

export function ByRound({ summary, years }: { summary: AwardSummary; years: readonly number[] }) {
  return (
    <YearPivot
      id="theo-dot"
      title="Khen thưởng theo đợt"
      note="Theo kế hoạch đã dẫn tới quyết định khen thưởng: tổng kết năm, theo đợt hoặc chuyên đề, sơ kết hoặc tổng kết giai đoạn; khen thưởng nhập từ quyết định giấy không rõ đợt."
      rows={summary.byRound}
      years={years}
      first="Đợt khen thưởng"
      emptyText="Chưa có khen thưởng nào trong những năm này."
    />
  );
}
