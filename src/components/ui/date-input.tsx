"use client";

import { useEffect, useRef, useState, type ChangeEvent, type InputHTMLAttributes, type Ref } from "react";
import { formatViDate, readDay, slashDayAsTyped } from "@/lib/dates";

/**
 * A date field that never follows the browser's language: the day is typed and shown dd/mm/yyyy
 * (an English Chrome's <input type="date"> shows mm/dd/yyyy, and 01/12 against 12/01 is a real
 * risk). A phone opens its number pad, which has no "/": the slashes are put in as the digits are
 * typed (`slashDayAsTyped`), and eight digits pasted alone are read too; on leaving the field a
 * readable day is written back as dd/mm/yyyy. Where the browser can open its own date picker
 * (`showPicker`), a calendar button fills the field from it; without it, typing is the way.
 *
 * It takes what `Field` hands a control — react-hook-form's `register` (ref, onChange, onBlur) or a
 * plain `name` and `defaultValue` for a form posted as FormData — and values arriving as
 * yyyy-mm-dd (a row loaded into the form) are shown dd/mm/yyyy. What is submitted is what is shown;
 * the forms' schemas read it with ZDay (src/schemas/dates.ts). `min`/`max` (yyyy-mm-dd) bound the picker.
 */
type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "min" | "max"> & {
  ref?: Ref<HTMLInputElement>;
  defaultValue?: string;
  /** yyyy-mm-dd (react-hook-form's register may hand a number: ignored). */
  min?: string | number;
  max?: string | number;
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const shown = (value: string) => (ISO.test(value) ? formatViDate(value) : value);

export function DateInput({ ref, defaultValue, min, max, onChange, onBlur, className = "", ...props }: Props) {
  const input = useRef<HTMLInputElement | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [canPick, setCanPick] = useState(false);

  useEffect(() => setCanPick(typeof picker.current?.showPicker === "function"), []);
  // react-hook-form writes a loaded or reset value into the element as yyyy-mm-dd, after render.
  useEffect(() => {
    if (input.current && ISO.test(input.current.value)) input.current.value = shown(input.current.value);
  });

  const attach = (el: HTMLInputElement | null) => {
    input.current = el;
    if (typeof ref === "function") ref(el);
    else if (ref) ref.current = el;
    if (el && ISO.test(el.value)) el.value = shown(el.value);
  };

  /** Writes `text` into the field as if typed, so react-hook-form (or the posted form) has it. */
  const write = (text: string) => {
    const el = input.current;
    if (!el || el.value === text) return;
    el.value = text;
    onChange?.({ target: el, currentTarget: el, type: "change" } as unknown as ChangeEvent<HTMLInputElement>);
  };

  const openCalendar = () => {
    const day = readDay(input.current?.value ?? "");
    if (!picker.current) return;
    picker.current.value = "iso" in day ? day.iso : "";
    picker.current.showPicker();
  };

  return (
    <div className="flex items-stretch gap-1">
      <input
        {...props}
        ref={attach}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        defaultValue={defaultValue === undefined ? undefined : shown(defaultValue)}
        className={`${className} min-w-0 flex-1`}
        onChange={(e) => {
          // Only while typing at the end: deleting "01/" must not put the "/" straight back.
          const el = e.target;
          const typing = (e.nativeEvent as InputEvent).inputType?.startsWith("insert");
          const slashed = typing && el.selectionStart === el.value.length ? slashDayAsTyped(el.value) : el.value;
          if (slashed !== el.value) el.value = slashed;
          onChange?.(e);
        }}
        onBlur={(e) => {
          const day = readDay(e.target.value);
          if ("iso" in day) write(formatViDate(day.iso));
          onBlur?.(e);
        }}
      />
      {canPick ? (
        <button
          type="button"
          onClick={openCalendar}
          disabled={props.disabled}
          aria-label="Mở lịch để chọn"
          title="Mở lịch để chọn"
          className="inline-flex w-10 shrink-0 items-center justify-center rounded-md border border-slate-400 bg-white text-slate-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor">
            <rect x="3" y="4.5" width="14" height="12.5" rx="1.5" strokeWidth="1.5" />
            <path d="M3 8.5h14M7 2.5v4M13 2.5v4" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
        </button>
      ) : null}
      {/* The browser's own calendar, opened by the button; never focused, never read out. */}
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
        min={typeof min === "string" ? min : undefined}
        max={typeof max === "string" ? max : undefined}
        onChange={(e) => {
          if (e.target.value) write(formatViDate(e.target.value));
          input.current?.focus();
        }}
      />
    </div>
  );
}
