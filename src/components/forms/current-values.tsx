"use client";

/**
 * After a stale save (someone else saved the row first), the row's current values beside the
 * form, for the fields where they differ from what the user typed: the user keeps their text,
 * sees what changed, and saves again (src/components/forms/use-action-form.ts).
 */

type Shown = string | { label: string; show: (value: unknown) => string };

export type CurrentLabels<V> = Partial<Record<Extract<keyof V, string>, Shown>>;

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(để trống)";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (Array.isArray(value)) return value.length ? value.map(item).join("\n") : "(không có mục nào)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One line per item of a list: a text as it is, a row (a basis, an award form) by its name or text. */
function item(value: unknown): string {
  if (typeof value !== "object" || value === null) return plain(value);
  const row = value as Record<string, unknown>;
  const named = ["name", "text", "assignee", "category"].map((k) => row[k]).find((v) => typeof v === "string");
  return typeof named === "string" ? `– ${named}` : JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");

export function CurrentValues<V extends object>({
  current,
  typed,
  labels,
}: {
  current: V | null;
  typed: V;
  labels: CurrentLabels<V>;
}) {
  if (!current) return null;
  const rows = (Object.entries(labels) as [Extract<keyof V, string>, Shown][])
    .filter(([key]) => !same(current[key], typed[key]))
    .map(([key, shown]) => {
      const label = typeof shown === "string" ? shown : shown.label;
      const value = typeof shown === "string" ? plain(current[key]) : shown.show(current[key]);
      return { key, label, value };
    });
  return (
    <section
      aria-label="Giá trị hiện tại của bản ghi"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-medium">Giá trị hiện tại (người khác vừa lưu):</p>
      {rows.length ? (
        <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
          {rows.map((r) => (
            <div key={r.key} className="contents">
              <dt className="font-medium">{r.label}</dt>
              <dd className="whitespace-pre-wrap">{r.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-1">Giống nội dung bạn đang nhập.</p>
      )}
      <p className="mt-1">Nội dung bạn nhập vẫn còn trong biểu mẫu; lưu lại để ghi đè.</p>
    </section>
  );
}
