import type { ReactNode } from "react";
import type { ImportPreview } from "@/server/units/unit-import";

/** What the import changes, section by section; long sections show their first rows and a count. */

const SHOWN = 200;
const vi = (iso: string) => iso.split("-").reverse().join("/");
const names = (units: { name: string }[]) => units.map((u) => u.name).join(", ");
const via = (x: { effectiveOn: string; resolution: string }) => `từ ${vi(x.effectiveOn)}, NQ ${x.resolution}`;

function Section({ id, title, rows }: { id: string; title: string; rows: ReactNode[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid={id}>
      <h3 id={id} className="font-semibold">
        {title}: {rows.length}
      </h3>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
        {rows.slice(0, SHOWN).map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
      {rows.length > SHOWN ? (
        <p className="mt-1 text-sm text-slate-700">… và {rows.length - SHOWN} dòng khác.</p>
      ) : null}
    </section>
  );
}

export function PreviewView({ preview }: { preview: ImportPreview }) {
  const { list, succession: s } = preview;
  return (
    <div className="space-y-4">
      {list ? (
        <>
          <h2 className="text-lg font-semibold">
            Danh mục {preview.listFormat === "BA_CAP" ? "ba cấp" : "hai cấp"}: {list.unchanged} đơn vị không đổi
          </h2>
          <Section id="them" title="Thêm" rows={list.added.map((u) => `${u.code} ${u.name}`)} />
          <Section id="doi-ten" title="Đổi tên" rows={list.renamed.map((u) => `${u.code} ${u.from} → ${u.to}`)} />
          <Section
            id="doi-cap-tren"
            title="Đổi đơn vị cấp trên"
            rows={list.moved.map((u) => `${u.code} ${u.name}: mã ${u.fromParent ?? "—"} → mã ${u.toParent ?? "—"}`)}
          />
          <Section
            id="ket-thuc-danh-muc"
            title="Kết thúc hoạt động"
            rows={list.ended.map((u) => `${u.code} ${u.name} (đến hết ${vi(u.validTo)})`)}
          />
        </>
      ) : null}
      {s ? (
        <>
          <h2 className="text-lg font-semibold">Danh sách kế thừa: {s.unchanged} liên kết đã có</h2>
          <Section
            id="sap-nhap"
            title="Sáp nhập vào"
            rows={s.merged.map((m) => `${names(m.predecessors)} → ${m.successor.name} (${via(m)})`)}
          />
          <Section
            id="chia-tach"
            title="Chia tách"
            rows={s.split.map((m) => `${m.predecessor.name} → ${names(m.successors)} (${via(m)})`)}
          />
          <Section
            id="ke-thua"
            title="Kế thừa một – một (đổi tên, đổi mã)"
            rows={s.succeeded.map((m) => `${m.predecessor.name} → ${m.successor.name} (${via(m)})`)}
          />
          <Section
            id="ket-thuc-ke-thua"
            title="Kết thúc hoạt động"
            rows={s.ended.map((u) => `${u.code} ${u.name} (đến hết ${vi(u.validTo)})`)}
          />
        </>
      ) : null}
    </div>
  );
}
