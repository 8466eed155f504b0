import { BarChart } from "@/components/charts/bar-chart";
import { percentOf, sum } from "@/domain/statistics/series";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { formatCount } from "@/domain/text/format";
import type { QuotaLine, RegistrationLine } from "@/server/data/statistics-plans";
import { Empty, StatSection, StatTable } from "./stat-table";

/** Quotas against proposals and awards; registrations against titles achieved. Each chart with its table. */

const n = formatCount;

export function Quotas({ lines }: { lines: readonly QuotaLine[] }) {
  const label = (q: QuotaLine) =>
    `${q.label} (${RECIPIENT_KIND_LABELS[q.kind].toLocaleLowerCase("vi-VN")}) · ${q.year}`;
  return (
    <StatSection
      id="chi-tieu"
      title="Chỉ tiêu, đề nghị và khen thưởng"
      note="Chỉ tiêu các kế hoạch phân bổ cho đơn vị (và đơn vị trực thuộc), số người, tập thể đã đề nghị (tờ trình đã gửi hoặc đã tiếp nhận) và số được khen thưởng, theo năm của kế hoạch."
    >
      {lines.length === 0 ? (
        <Empty>Chưa có chỉ tiêu hay tờ trình đề nghị nào trong những năm này.</Empty>
      ) : (
        <>
          <BarChart
            description="Biểu đồ cột ngang: với mỗi danh hiệu, ba cột chỉ tiêu được phân bổ, đã đề nghị và được khen thưởng; số liệu ở bảng ngay sau."
            series={[{ name: "Chỉ tiêu được phân bổ" }, { name: "Đã đề nghị" }, { name: "Được khen thưởng" }]}
            lines={lines.map((q) => ({ label: label(q), values: [q.allocated, q.proposed, q.awarded] }))}
          />
          <StatTable
            caption="Chỉ tiêu, đề nghị và khen thưởng theo danh hiệu và năm"
            headers={["Danh hiệu, hình thức · năm", "Chỉ tiêu được phân bổ", "Đã đề nghị", "Được khen thưởng"]}
            rows={lines.map((q) => ({
              key: `${q.year}-${q.label}-${q.kind}`,
              head: label(q),
              cells: [n(q.allocated), n(q.proposed), n(q.awarded)],
            }))}
            totals={[
              n(sum(lines.map((q) => q.allocated))),
              n(sum(lines.map((q) => q.proposed))),
              n(sum(lines.map((q) => q.awarded))),
            ]}
          />
        </>
      )}
    </StatSection>
  );
}

export function Registrations({ lines }: { lines: readonly RegistrationLine[] }) {
  const label = (r: RegistrationLine) => `${r.label} · ${r.year}`;
  return (
    <StatSection
      id="dang-ky"
      title="Đăng ký thi đua và kết quả"
      note="Số dòng đăng ký (bản đăng ký đã gửi) theo danh hiệu, và số cá nhân, tập thể đã đăng ký đạt được danh hiệu đó trong năm. Dòng đăng ký của chính đơn vị (không gắn tổ chức) chỉ tính vào số đăng ký; hình thức riêng của đơn vị không thống kê ở đây."
    >
      {lines.length === 0 ? (
        <Empty>Chưa có bản đăng ký thi đua nào đã gửi trong những năm này.</Empty>
      ) : (
        <>
          <BarChart
            description="Biểu đồ cột ngang: với mỗi danh hiệu, hai cột số đăng ký và số đạt; số liệu và tỷ lệ ở bảng ngay sau."
            series={[{ name: "Đăng ký" }, { name: "Đạt" }]}
            lines={lines.map((r) => ({ label: label(r), values: [r.registered, r.achieved] }))}
          />
          <StatTable
            caption="Đăng ký thi đua và số đạt theo danh hiệu và năm"
            headers={["Danh hiệu · năm", "Đăng ký", "Đạt", "Tỷ lệ đạt"]}
            rows={lines.map((r) => ({
              key: `${r.year}-${r.code}`,
              head: label(r),
              cells: [n(r.registered), n(r.achieved), percentOf(r.achieved, r.registered)],
            }))}
          />
        </>
      )}
    </StatSection>
  );
}
