"use client";

import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { StaleTableView, type StaleTable } from "./stale-table";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/schemas/action-result";

export type GridColumn = { code: string; name: string; group: "TITLE" | "FORM" };
export type GridRow = {
  key: string;
  kind: "COLLECTIVE" | "INDIVIDUAL";
  organisationId?: string;
  personId?: string;
  label: string;
  items: string[];
  commitment: string;
  warnings: string[];
};
type Choice = { id: string; label: string };

/**
 * The registration table of seed 001, on screen: collectives, then individuals; a column per
 * title or form the plan opens; a mark per cell; the commitment of each line. "Toàn thể" adds
 * every staff member at once, the way communes register "toàn thể cán bộ, công chức".
 * Over 300 lines on purpose: the grid's rows, cells and the adding of lines share one state
 * (the rows) that is saved and sent whole.
 */
export function RegistrationGrid({
  columns,
  initialRows,
  organisations,
  people,
  unitName,
  editable,
  rowVersion,
  save,
  send,
}: {
  columns: GridColumn[];
  initialRows: GridRow[];
  organisations: Choice[];
  people: Choice[];
  unitName: string;
  editable: boolean;
  /** The loaded table's version (null: none yet): a save made after someone else's is refused, not lost. */
  rowVersion: number | null;
  save: (
    input: unknown,
    rowVersion: number | null,
  ) => Promise<ActionResult<{ warnings: string[][]; rowVersion: number | null }>>;
  send: () => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [rows, setRows] = useState(initialRows);
  const [version, setVersion] = useState(rowVersion);
  // After a stale save: the table as someone else saved it, shown above the user's own lines.
  const [current, setCurrent] = useState<StaleTable | null>(null);
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [orgChoice, setOrgChoice] = useState("");
  const [personChoice, setPersonChoice] = useState("");
  const [bulkItem, setBulkItem] = useState(columns[0]?.code ?? "");
  const titles = columns.filter((c) => c.group === "TITLE");
  const forms = columns.filter((c) => c.group === "FORM");
  const ordered = [...titles, ...forms];
  const collectives = rows.filter((r) => r.kind === "COLLECTIVE");
  const individuals = rows.filter((r) => r.kind === "INDIVIDUAL");
  const used = useMemo(() => new Set(rows.map((r) => r.personId ?? r.organisationId ?? "self")), [rows]);

  const update = (key: string, change: Partial<GridRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change, warnings: [] } : r)));
  const toggle = (row: GridRow, code: string) =>
    update(row.key, { items: row.items.includes(code) ? row.items.filter((c) => c !== code) : [...row.items, code] });
  const addCollective = () => {
    if (!orgChoice) return;
    const org = organisations.find((o) => o.id === orgChoice);
    setRows((rs) => [
      ...rs,
      {
        key: `o-${orgChoice}`,
        kind: "COLLECTIVE",
        organisationId: orgChoice === "self" ? undefined : orgChoice,
        label: org?.label ?? unitName,
        items: [],
        commitment: "",
        warnings: [],
      },
    ]);
    setOrgChoice("");
  };
  const addPeople = (ids: string[], items: string[] = []) =>
    setRows((rs) => [
      ...rs,
      ...ids.map((id) => ({
        key: `p-${id}`,
        kind: "INDIVIDUAL" as const,
        personId: id,
        label: people.find((p) => p.id === id)!.label,
        items,
        commitment: "",
        warnings: [],
      })),
    ]);

  const payload = () => ({
    rows: [...collectives, ...individuals].map(({ kind, organisationId, personId, items, commitment }) => ({
      kind,
      organisationId,
      personId,
      items,
      commitment,
    })),
  });
  /** Saves the table; a stale save keeps the user's lines and takes the version of the table shown. */
  const saveTable = async () => {
    const result = await save(payload(), version);
    if (result.ok) {
      setVersion(result.data.rowVersion);
      setCurrent(null);
    } else if (result.current) {
      setVersion(result.current.rowVersion);
      setCurrent(result.current.values as StaleTable);
    }
    return result;
  };
  const onSave = () =>
    start(async () => {
      setMessage(null);
      const result = await saveTable();
      if (!result.ok) {
        setErrors(result.fieldErrors);
        return setMessage({ tone: "error", text: result.error });
      }
      setErrors({});
      const all = [...collectives, ...individuals];
      setRows(all.map((r, i) => ({ ...r, warnings: result.data.warnings[i] ?? [] })));
      setMessage({ tone: "success", text: "Đã lưu bảng đăng ký." });
      router.refresh();
    });
  const onSend = () =>
    start(async () => {
      const saved = await saveTable();
      if (!saved.ok) return setMessage({ tone: "error", text: saved.error });
      const result = await send();
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      setMessage({ tone: "success", text: "Đã gửi đăng ký tới đơn vị ban hành kế hoạch." });
      router.refresh();
    });

  const section = (title: string, list: GridRow[], offset: number) => (
    <>
      <tr className="bg-slate-100">
        <th
          scope="rowgroup"
          colSpan={ordered.length + 3 + (editable ? 1 : 0)}
          className="px-2 py-1 text-left font-semibold"
        >
          {title}
        </th>
      </tr>
      {list.map((row, i) => {
        const index = offset + i;
        return (
          <tr key={row.key} className="border-b border-slate-200 align-top">
            <td className="px-2 py-1 text-right">{i + 1}</td>
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {row.label}
              {row.warnings.map((w) => (
                <span key={w} className="mt-1 block text-xs text-amber-800" data-testid="registration-warning">
                  ⚠ {w}
                </span>
              ))}
              {errors[`rows.${index}.items`] || errors[`rows.${index}.kind`] ? (
                <span className="block text-xs text-red-700">
                  {errors[`rows.${index}.items`] ?? errors[`rows.${index}.kind`]}
                </span>
              ) : null}
            </th>
            {ordered.map((c) => (
              <td key={c.code} className="px-2 py-1 text-center">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  disabled={!editable}
                  checked={row.items.includes(c.code)}
                  onChange={() => toggle(row, c.code)}
                  aria-label={`${row.label}: ${c.name}`}
                />
              </td>
            ))}
            <td className="px-2 py-1">
              <input
                className={`${inputClass} min-w-48`}
                disabled={!editable}
                value={row.commitment}
                onChange={(e) => update(row.key, { commitment: e.target.value })}
                aria-label={`Nội dung đăng ký của ${row.label}`}
                aria-invalid={Boolean(errors[`rows.${index}.commitment`])}
              />
              {errors[`rows.${index}.commitment`] ? (
                <span className="block text-xs text-red-700">{errors[`rows.${index}.commitment`]}</span>
              ) : null}
            </td>
            {editable ? (
              <td className="px-2 py-1">
                <Button
                  variant="secondary"
                  onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                  aria-label={`Bỏ dòng ${row.label}`}
                >
                  Bỏ
                </Button>
              </td>
            ) : null}
          </tr>
        );
      })}
    </>
  );

  return (
    <div className="space-y-4">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {current ? <StaleTableView table={current} columns={ordered} /> : null}
      {errors.rows ? <Notice tone="error">{errors.rows}</Notice> : null}
      {editable ? (
        <div className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 bg-white p-4">
          <div>
            <label htmlFor="them-tap-the" className="block text-sm font-medium">
              Thêm tập thể
            </label>
            <div className="flex gap-2">
              <select
                id="them-tap-the"
                className={inputClass}
                value={orgChoice}
                onChange={(e) => setOrgChoice(e.target.value)}
              >
                <option value="">— Chọn —</option>
                {!used.has("self") ? <option value="self">{unitName}</option> : null}
                {organisations
                  .filter((o) => !used.has(o.id))
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
              </select>
              <Button variant="secondary" onClick={addCollective}>
                Thêm
              </Button>
            </div>
          </div>
          <div>
            <label htmlFor="them-ca-nhan" className="block text-sm font-medium">
              Thêm cá nhân
            </label>
            <div className="flex gap-2">
              <select
                id="them-ca-nhan"
                className={inputClass}
                value={personChoice}
                onChange={(e) => setPersonChoice(e.target.value)}
              >
                <option value="">— Chọn —</option>
                {people
                  .filter((p) => !used.has(p.id))
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
              </select>
              <Button
                variant="secondary"
                onClick={() => {
                  if (personChoice) addPeople([personChoice]);
                  setPersonChoice("");
                }}
              >
                Thêm
              </Button>
            </div>
          </div>
          <div>
            <label htmlFor="toan-the" className="block text-sm font-medium">
              Đăng ký cho toàn thể cán bộ
            </label>
            <div className="flex gap-2">
              <select
                id="toan-the"
                className={inputClass}
                value={bulkItem}
                onChange={(e) => setBulkItem(e.target.value)}
              >
                {ordered.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              <Button
                variant="secondary"
                onClick={() =>
                  addPeople(
                    people.filter((p) => !used.has(p.id)).map((p) => p.id),
                    [bulkItem],
                  )
                }
              >
                Thêm toàn thể
              </Button>
            </div>
          </div>
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Bảng đăng ký danh hiệu thi đua, hình thức khen thưởng</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" rowSpan={2} className="px-2 py-1">
                STT
              </th>
              <th scope="col" rowSpan={2} className="px-2 py-1 text-left">
                Tập thể, cá nhân
              </th>
              {titles.length ? (
                <th scope="colgroup" colSpan={titles.length} className="px-2 py-1">
                  Danh hiệu thi đua
                </th>
              ) : null}
              {forms.length ? (
                <th scope="colgroup" colSpan={forms.length} className="px-2 py-1">
                  Hình thức khen thưởng
                </th>
              ) : null}
              <th scope="col" rowSpan={2} className="px-2 py-1 text-left">
                Nội dung đăng ký
              </th>
              {editable ? (
                <th scope="col" rowSpan={2} className="px-2 py-1">
                  <span className="sr-only">Thao tác</span>
                </th>
              ) : null}
            </tr>
            <tr className="border-b border-slate-300">
              {ordered.map((c) => (
                <th key={c.code} scope="col" className="px-2 py-1 text-xs font-medium">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section("I. Tập thể", collectives, 0)}
            {section("II. Cá nhân", individuals, collectives.length)}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="flex gap-2">
          <Button onClick={onSave} disabled={pending}>
            {pending ? "Đang lưu…" : "Lưu bảng đăng ký"}
          </Button>
          <Button variant="secondary" onClick={onSend} disabled={pending || rows.length === 0}>
            Gửi đăng ký
          </Button>
        </div>
      ) : null}
    </div>
  );
}
