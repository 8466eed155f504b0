"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TNominees, TNomineesInput } from "@/schemas/nomination";
import { toSearchText } from "@/domain/text/vietnamese";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { addNomineesAction } from "../actions";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const nomineesResolver = lazyZodResolver<TNomineesInput, TNominees>(() =>
  import("@/schemas/nomination").then((m) => m.ZNomineesInput),
);

type Choice = { id: string; label: string };

/** How many matches the list shows at once: a commune has hundreds of people; typing narrows it. */
const SHOWN = 50;

/**
 * Several nominees at once: tick people (or organisations) in a list searched as you type, without
 * accents mattering ("nguyen van" finds "Nguyễn Văn"), then give what they share — period, group,
 * summary — once. The page offers only those not yet on the batch; the server refuses the whole
 * lot, naming who, if one is already there or not eligible.
 */
export function AddNomineesForm({
  batchId,
  kind,
  choices,
  categories,
  period,
}: {
  batchId: string;
  kind: "INDIVIDUAL" | "COLLECTIVE";
  choices: Choice[];
  categories: string[];
  period: { from: string; to: string };
}) {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [added, setAdded] = useState<number | null>(null);
  const form = useForm<TNomineesInput, unknown, TNominees>({
    resolver: nomineesResolver,
    defaultValues: {
      kind,
      ids: [],
      category: categories[0] ?? "",
      summary: "",
      periodFrom: period.from,
      periodTo: period.to,
    },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => addNomineesAction(batchId, v),
    (count) => {
      setAdded(count);
      setQuery("");
      form.reset({ ...form.getValues(), ids: [], summary: "" });
      router.refresh();
    },
    null,
    { saved: false },
  );
  const field = fieldProps(form, "nhieu");
  const chosen = form.watch("ids");
  const needle = toSearchText(query);
  const matches = choices.filter((c) => !needle || toSearchText(c.label).includes(needle));
  const toggle = (id: string, on: boolean) =>
    form.setValue("ids", on ? [...chosen, id] : chosen.filter((x) => x !== id), { shouldValidate: false });
  const idsError = form.formState.errors.ids?.message;
  const noun = kind === "INDIVIDUAL" ? "cá nhân" : "tập thể";
  // Labels never contain the single-nominee form's ("Tóm tắt thành tích"…): both forms are on the page.
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-2" noValidate aria-label="Thêm nhiều người cùng lúc">
      {formError ? (
        <div className="sm:col-span-2">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      {added !== null && !formError ? (
        <div className="sm:col-span-2" aria-live="polite">
          <Notice tone="success">Đã thêm {added} người, tập thể vào tờ trình.</Notice>
        </div>
      ) : null}
      <div className="space-y-2 sm:col-span-2">
        <Field id={`${listId}-tim`} label={`Tìm ${noun} để thêm`}>
          {(props) => (
            <input
              {...props}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-controls={`${listId}-ds`}
            />
          )}
        </Field>
        <fieldset
          id={`${listId}-ds`}
          className="max-h-64 overflow-y-auto rounded-md border border-slate-300 p-2"
          aria-describedby={`${listId}-dem`}
        >
          <legend className="px-1 text-sm font-medium">
            Chọn {noun} ({chosen.length} đã chọn)
          </legend>
          {choices.length === 0 ? (
            <p className="text-sm text-slate-700">Mọi {noun} của đơn vị đã có trong tờ trình.</p>
          ) : matches.length === 0 ? (
            <p className="text-sm text-slate-700">Không tìm thấy “{query}”.</p>
          ) : null}
          <ul className="space-y-1">
            {matches.slice(0, SHOWN).map((c) => (
              <li key={c.id || "unit"}>
                <label className="flex min-h-6 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={chosen.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  {c.label}
                </label>
              </li>
            ))}
          </ul>
          <p id={`${listId}-dem`} className="mt-1 text-xs text-slate-700">
            {matches.length > SHOWN
              ? `Hiện ${SHOWN}/${matches.length} kết quả: gõ thêm để thu hẹp.`
              : `${matches.length} kết quả.`}
          </p>
        </fieldset>
        {idsError ? (
          <p className="text-sm text-red-800" role="alert">
            {idsError}
          </p>
        ) : null}
      </div>
      {categories.length ? (
        <Field {...field("category")} label="Nhóm chung">
          {(props) => (
            <select {...props}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field {...field("periodFrom")} label="Thành tích chung: từ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("periodTo")} label="Thành tích chung: đến ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <div className="sm:col-span-2">
        <Field
          {...field("summary")}
          label="Tóm tắt chung cho những người đã chọn"
          hint="Ghi cho mọi người đã chọn; thành tích riêng ghi trong báo cáo thành tích của từng người."
          required
        >
          {(props) => <textarea {...props} rows={2} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang thêm…" : `Thêm ${chosen.length} ${noun} đã chọn`}
        </Button>
      </div>
    </form>
  );
}
